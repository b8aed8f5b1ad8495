package app.stride.ui.outfit;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.settings.WindowPlacement;
import app.stride.ui.UiTestBench;
import app.stride.ui.shell.Screen;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The outfit's item cards on a large screen (1600×1000, the headless screen's most; seen at 1920×1080) read at the body size: they were drawn in ~9 px text. */
@ExtendWith(ApplicationExtension.class)
class OutfitTextSizeUiTest {

    @TempDir
    Path dir;

    private UiTestBench bench;

    @Start
    void start(final Stage stage) {
        bench = UiTestBench.at(dir, LocalDateTime.of(2027, 1, 6, 7, 0));
        bench.show(stage, new WindowPlacement(0, 0, 1600, 1000, false), Screen.OUTFIT);
    }

    @Test
    void theItemsAndTheirReasonsAreBodySize(final FxRobot robot) {
        robot.interact(() -> robot.lookup("#outfit-temperature").queryAs(TextField.class).setText("-5"));
        bench.settle(robot);
        // The body size: what a plain label on the same screen is drawn in.
        final double body = robot.lookup("#outfit-temperature").queryAs(TextField.class).getFont().getSize();
        final List<Label> names = robot.lookup(".zone-card .item-name").queryAllAs(Label.class).stream().toList();
        assertThat(names).hasSizeGreaterThanOrEqualTo(3);
        for (Label l : names) {
            assertThat(l.getFont().getSize()).as(l.getText()).isCloseTo(body, org.assertj.core.data.Offset.offset(0.5));
        }
        // Every text on the cards, the reason under each item too (it was small text, 11.2 px).
        for (Label l : robot.lookup(".zone-card .label").queryAllAs(Label.class)) {
            assertThat(l.getFont().getSize()).as(l.getText()).isCloseTo(body, org.assertj.core.data.Offset.offset(0.5));
        }
    }
}
