package app.stride.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.settings.WindowPlacement;
import app.stride.ui.UiTestBench;
import app.stride.ui.shell.Screen;
import java.nio.file.Path;
import java.time.LocalDateTime;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The plan form in a 1120×720 window: Preview (and, on the preview, Start) end where the cards above them end, not
 * out at the screen's edge past them.
 */
@ExtendWith(ApplicationExtension.class)
class PlanFormLayoutUiTest {

    @TempDir
    Path dir;

    @Start
    void start(final Stage stage) {
        UiTestBench.at(dir, LocalDateTime.of(2026, 11, 25, 7, 0))
                .show(stage, new WindowPlacement(0, 0, 1120, 720, false), Screen.PLAN);
    }

    private static Bounds scene(final Node n) {
        return n.localToScene(n.getBoundsInLocal());
    }

    private static void fire(final FxRobot robot, final String id) {
        robot.interact(() -> robot.lookup(id).queryAs(ButtonBase.class).fire());
    }

    @Test
    void previewAndStartLineUpWithTheCardsRightEdge(final FxRobot robot) {
        fire(robot, "#plan-create");
        WaitForAsyncUtils.waitForFxEvents();
        final double cardsRight = scene(robot.lookup("#plan-form").query()).getMaxX();
        final double previewRight = scene(robot.lookup("#plan-preview").query()).getMaxX();
        assertThat(previewRight).isCloseTo(cardsRight, org.assertj.core.data.Offset.offset(1.0));

        robot.interact(() -> robot.lookup("#plan-minutes").queryAs(TextField.class).setText("0"));
        fire(robot, "#plan-preview");
        WaitForAsyncUtils.waitForFxEvents();
        final double sheetRight = scene(robot.lookup("#plan-preview-sheet").query()).getMaxX();
        final double startRight = scene(robot.lookup("#plan-start").query()).getMaxX();
        assertThat(startRight).isCloseTo(sheetRight, org.assertj.core.data.Offset.offset(1.0));
        // The main button does not jump between the two steps (it moved 48 px right: 1012 then 1060).
        assertThat(startRight).isCloseTo(previewRight, org.assertj.core.data.Offset.offset(1.0));
    }
}
