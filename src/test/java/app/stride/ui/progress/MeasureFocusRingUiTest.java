package app.stride.ui.progress;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.ui.UiTestBench;
import app.stride.ui.shell.Screen;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderStroke;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * New-user review: on Progress the Sessions/Time choice lost its focus ring once the arrow keys moved along it (the
 * pills move focus by code, which JavaFX does not count as focus-visible). The ring stays as Tab drew it.
 */
@ExtendWith(ApplicationExtension.class)
class MeasureFocusRingUiTest {

    @TempDir
    Path dir;

    @Start
    void start(final Stage stage) {
        final UiTestBench bench = UiTestBench.at(dir, LocalDateTime.of(2027, 1, 20, 9, 0))
                .withTenKRunUntil(LocalDate.of(2027, 1, 17));
        bench.show(stage, UiTestBench.SMALL, Screen.PROGRESS);
    }

    private static Node focused(final FxRobot robot) {
        return robot.listTargetWindows().stream().filter(w -> w.isFocused() && w.getScene() != null).findFirst()
                .orElseThrow().getScene().getFocusOwner();
    }

    private static java.util.List<javafx.scene.paint.Paint> ring(final Node n) {
        final Border b = ((ToggleButton) n).getBorder();
        return b == null ? java.util.List.of() : b.getStrokes().stream().map(BorderStroke::getTopStroke).toList();
    }

    @Test
    void theArrowKeysKeepTheFocusRingOnTheMeasureChoice(final FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        final Node first = robot.lookup("#progress-measure-distance").query();
        for (int i = 0; i < 60 && focused(robot) != first; i++) {
            robot.type(KeyCode.TAB);
        }
        assertThat(focused(robot)).as("Tab reaches the measure choice").isSameAs(first);
        final java.util.List<javafx.scene.paint.Paint> tabbed = ring(first);
        assertThat(tabbed).as("Tab draws a ring").isNotEmpty();

        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();

        final Node next = focused(robot);
        assertThat(next).isInstanceOf(ToggleButton.class).isNotSameAs(first);
        assertThat(ring(next)).as("the pill the arrow moved to has the same ring").isEqualTo(tabbed);
        assertThat(ring(first)).as("the pill left has none").isNotEqualTo(tabbed);
    }
}
