package app.stride.ui.log;

import static app.stride.ui.log.LogFixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import app.stride.app.StrideServices;
import app.stride.plan.Goal;
import app.stride.store.SqliteTrainingLog;
import app.stride.tracking.LoggedRun;
import app.stride.tracking.RunReport;
import app.stride.tracking.RunStatus;
import app.stride.ui.UiTestBench;
import app.stride.ui.shell.Screen;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 11: a runner far down a long log edits or deletes a run and stays where they were: the list does not jump,
 * and the selection stays on the run (or moves to the next one after a delete), so the keyboard carries on from there.
 */
@ExtendWith(ApplicationExtension.class)
class LogKeepsItsPlaceUiTest {

    private static final int RUNS = 400;

    @TempDir
    Path dir;

    private UiTestBench bench;

    @Start
    void start(final Stage stage) {
        bench = UiTestBench.on(dir, LogFixtures.clockOn(TODAY));
        final StrideServices services = bench.services();
        LogFixtures.savePlan(services, Goal.TIME);
        final SqliteTrainingLog log = new SqliteTrainingLog(services.database());
        services.unitOfWork().run(() -> {
            for (int i = 1; i <= RUNS; i++) {
                log.logExtra(TODAY.minusDays(i), LoggedRun.EXTRA_TYPE, RunStatus.DONE, new RunReport(Optional.of(5000.0),
                        Optional.of(Duration.ofMinutes(30)), Optional.empty(), Optional.empty(), "run " + i), Optional.empty(),
                        Instant.EPOCH);
            }
            return null;
        });
        bench.show(stage);
    }

    @SuppressWarnings("unchecked")
    private static ListView<LoggedRun> list(final FxRobot robot) {
        return robot.lookup("#log-list").queryAs(ListView.class);
    }

    private static int firstShown(final FxRobot robot) {
        final VirtualFlow<?> flow = (VirtualFlow<?>) list(robot).lookup(".virtual-flow");
        return flow.getFirstVisibleCell().getIndex();
    }

    @Test
    void editingARunFarDownKeepsTheListWhereItWasAndTheRunSelected(final FxRobot robot) {
        bench.go(robot, Screen.LOG);
        final ListView<LoggedRun> list = list(robot);
        robot.interact(() -> {
            list.scrollTo(200);
            list.requestFocus();
            list.getSelectionModel().select(203);
        });
        bench.settle(robot);
        final int top = firstShown(robot);
        assertThat(top).isGreaterThan(150);
        final long id = list.getSelectionModel().getSelectedItem().id();

        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        robot.clickOn("#run-note").write("; windy");
        robot.clickOn("#run-save");
        bench.settle(robot);

        assertThat(list.getItems().get(203).report().notes()).isEqualTo("run 204; windy");
        assertThat(list.getSelectionModel().getSelectedIndex()).isEqualTo(203);
        assertThat(list.getSelectionModel().getSelectedItem().id()).isEqualTo(id);
        assertThat(firstShown(robot)).as("the list did not move").isEqualTo(top);

        robot.interact(list::requestFocus);
        robot.press(KeyCode.DELETE).release(KeyCode.DELETE);
        bench.settle(robot);

        assertThat(list.getItems()).hasSize(RUNS - 1).noneMatch(r -> r.id() == id);
        assertThat(list.getSelectionModel().getSelectedItem().report().notes()).as("the next run on").isEqualTo("run 205");
        assertThat(firstShown(robot)).isEqualTo(top);

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        bench.settle(robot);

        assertThat(list.getItems()).hasSize(RUNS);
        assertThat(list.getSelectionModel().getSelectedItem().id()).as("the run put back").isEqualTo(id);
        assertThat(firstShown(robot)).isEqualTo(top);
    }
}
