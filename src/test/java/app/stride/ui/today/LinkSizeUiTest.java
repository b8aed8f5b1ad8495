package app.stride.ui.today;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.ui.UiTestBench;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * New-user review 4 (focus, n2, f2): "Add your why" and "Open again" were ~11 px links, small to read and to hit.
 * Failed before: their text was smaller than the body's.
 */
@ExtendWith(ApplicationExtension.class)
class LinkSizeUiTest {

    @TempDir
    Path dir;

    private UiTestBench bench;

    @Start
    void start(final Stage stage) {
        bench = UiTestBench.on(dir, TodayViewModelTest.clockOn(TodayViewModelTest.TODAY));
        TodayViewModelTest.savePlan(bench.services());
        bench.show(stage);
    }

    @Test
    void todaysLinksAreAtLeastTheBodySize(final FxRobot robot) {
        bench.settle(robot);
        final double body = robot.lookup("#today-session-description").queryAs(Label.class).getFont().getSize();
        final Button why = robot.lookup("#today-why-edit").queryButton();
        assertThat(why.getFont().getSize()).isGreaterThanOrEqualTo(body);
        assertThat(why.getHeight()).as("easy to hit").isGreaterThanOrEqualTo(28);

        robot.interact(() -> robot.lookup("#today-done").queryButton().fire());
        bench.settle(robot);
        final Button again = robot.lookup("#today-undo").queryButton();
        assertThat(again.getFont().getSize()).isGreaterThanOrEqualTo(body);
    }
}
