package app.stride.ui.today;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.ui.UiTestBench;
import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Review (today): the "Done!" notice shared the why's row, so its width followed the why (474 then 260 px), a long why
 * wrapped to 3 lines and pushed the cards down, and editing the why beside it squeezed the field to ~190 px. Now the
 * notice has a place of its own: showing it, or changing its text, moves nothing.
 */
@ExtendWith(ApplicationExtension.class)
class TodayNoticePlaceUiTest {

    @TempDir
    Path dir;

    private UiTestBench bench;

    @Start
    void start(final Stage stage) {
        bench = UiTestBench.on(dir, TodayViewModelTest.clockOn(TodayViewModelTest.TODAY));
        TodayViewModelTest.savePlan(bench.services());
        bench.services().why().set("Run the parkrun with my sister before she moves away to the other side of the country next spring");
        bench.show(stage);
    }

    private Bounds scene(final FxRobot robot, final String id) {
        final Node n = robot.lookup(id).query();
        return n.localToScene(n.getLayoutBounds());
    }

    @Test
    void theNoticeMovesNothingAndKeepsOneWidth(final FxRobot robot) {
        bench.settle(robot);
        final Bounds whyBefore = scene(robot, "#today-why");
        final double cardTop = scene(robot, "#today-session-type").getMinY();

        robot.interact(() -> robot.lookup("#today-done").queryButton().fire());
        bench.settle(robot);
        assertThat(robot.lookup("#today-message").queryAs(Label.class).getText()).startsWith("Done!");
        final Bounds whyDone = scene(robot, "#today-why");
        assertThat(whyDone.getWidth()).as("why's width with the notice").isEqualTo(whyBefore.getWidth());
        assertThat(whyDone.getHeight()).as("why's height with the notice").isEqualTo(whyBefore.getHeight());
        // Measured from the why: the shell's banner above the screen may go once the missed days are dealt with.
        assertThat(scene(robot, "#today-session-type").getMinY() - whyDone.getMinY()).as("the cards stay under the why")
                .isEqualTo(cardTop - whyBefore.getMinY());
        final double doneWidth = scene(robot, "#today-notice").getWidth();

        robot.interact(() -> robot.lookup("#today-undo").queryButton().fire());
        bench.settle(robot);
        assertThat(robot.lookup("#today-message-undo").queryAs(Button.class).isVisible()).isTrue();
        assertThat(scene(robot, "#today-notice").getWidth()).as("the Undo notice is as wide as the Done one").isEqualTo(doneWidth);
        assertThat(scene(robot, "#today-session-type").getMinY() - scene(robot, "#today-why").getMinY()).isEqualTo(cardTop - whyBefore.getMinY());
        assertThat(scene(robot, "#today-why").getHeight()).isEqualTo(whyBefore.getHeight());

        robot.interact(() -> robot.lookup("#today-why-edit").queryButton().fire());
        bench.settle(robot);
        // Beside the notice the field was squeezed to ~190 px and cut the text.
        assertThat(robot.lookup("#today-why-field").queryAs(TextField.class).getWidth()).isGreaterThanOrEqualTo(500);
    }
}
