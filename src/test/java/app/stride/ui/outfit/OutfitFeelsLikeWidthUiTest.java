package app.stride.ui.outfit;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.outfit.Effort;
import app.stride.outfit.Tendency;
import app.stride.settings.WindowPlacement;
import app.stride.ui.common.SegmentedChoice;
import app.stride.ui.UiTestBench;
import app.stride.ui.shell.Screen;
import java.nio.file.Path;
import java.time.LocalDateTime;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** At 1120×720 a long "dress for" note (what was learned) took the feels-like figure's width: "Feel...", "temperat/ure". */
@ExtendWith(ApplicationExtension.class)
class OutfitFeelsLikeWidthUiTest {

    @TempDir
    Path dir;

    private UiTestBench bench;

    @Start
    void start(final Stage stage) {
        bench = UiTestBench.at(dir, LocalDateTime.of(2027, 1, 6, 7, 0));
        bench.show(stage, new WindowPlacement(0, 0, 1120, 720, false), Screen.OUTFIT);
    }

    @Test
    void theFeelsLikeFigureKeepsTheWidthOfItsText(final FxRobot robot) {
        robot.interact(() -> {
            robot.lookup("#outfit-temperature").queryAs(TextField.class).setText("10");
            // A hard effort by a runner who runs hot: two shifts, a long note under "Dress for".
            robot.lookup("#outfit-effort").queryAs(SegmentedChoice.class).valueProperty().setValue(Effort.RACE);
            robot.lookup("#outfit-tendency").queryAs(SegmentedChoice.class).valueProperty().setValue(Tendency.WARM);
        });
        bench.settle(robot);
        final Label value = robot.lookup("#outfit-feels-like").queryAs(Label.class);
        final Region figure = (Region) value.getParent();
        for (var n : figure.getChildrenUnmodifiable()) {
            final Label l = (Label) n;
            assertThat(l.getWidth()).as(l.getText()).isGreaterThanOrEqualTo(l.prefWidth(-1) - 0.5);
        }
    }
}
