package app.stride.ui.today;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.ui.UiTestBench;
import app.stride.ui.shell.Screen;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * New-user review 4 (h2, h4): with one pair in use Today's form said "No shoe" while the Log's "Log a run" chose the
 * pair, and on a day with an open session "Log a run" did not bring the planned numbers Today did. Failed before: Today
 * held "No shoe" and the Log's distance and time were empty. Both forms now start alike.
 */
@ExtendWith(ApplicationExtension.class)
class RunFormDefaultsUiTest {

    @TempDir
    Path dir;

    private UiTestBench bench;

    @Start
    void start(final Stage stage) {
        bench = UiTestBench.on(dir, TodayViewModelTest.clockOn(TodayViewModelTest.TODAY));
        TodayViewModelTest.savePlan(bench.services());
        bench.show(stage);
    }

    private static String shoe(final FxRobot robot, final String id) {
        @SuppressWarnings("unchecked")
        final ComboBox<Optional<?>> c = robot.lookup(id).queryAs(ComboBox.class);
        return c.getConverter().toString(c.getValue());
    }

    @Test
    void todayAndLogARunStartWithTheSamePairAndThePlannedNumbers(final FxRobot robot) {
        bench.settle(robot);
        final String distance = robot.lookup("#today-distance").queryAs(TextField.class).getText();
        final String time = robot.lookup("#today-duration").queryAs(TextField.class).getText();
        assertThat(time).as("a session is open today").isNotEmpty();
        // The first pair is added with Today's form already filled (as a new user does: the Shoes screen, then back).
        bench.services().shoes().add("Pegasus 40", 0, 700_000);

        bench.go(robot, Screen.LOG);
        robot.clickOn(UiTestBench.shown(robot, "#log-add") ? "#log-add" : "#log-add-first");
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(shoe(robot, "#run-shoe")).as("Log a run, the same pair").isEqualTo("Pegasus 40");
        assertThat(robot.lookup("#run-distance").queryAs(TextField.class).getText()).isEqualTo(distance);
        assertThat(robot.lookup("#run-time").queryAs(TextField.class).getText()).isEqualTo(time);
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);

        bench.go(robot, Screen.TODAY);
        assertThat(shoe(robot, "#today-shoe")).as("Today, the only pair in use").isEqualTo("Pegasus 40");
        assertThat(robot.lookup("#today-duration").queryAs(TextField.class).getText()).isEqualTo(time);
    }
}
