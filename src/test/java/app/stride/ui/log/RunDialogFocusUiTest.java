package app.stride.ui.log;

import static app.stride.ui.log.LogFixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import app.stride.plan.Goal;
import app.stride.tracking.Feel;
import app.stride.tracking.RunReport;
import app.stride.tracking.RunStatus;
import app.stride.ui.UiTestBench;
import app.stride.ui.shell.Screen;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** New-user review 6, 10: the Edit run dialog opened with the focus on Save, so Enter saved before anything was touched. */
@ExtendWith(ApplicationExtension.class)
class RunDialogFocusUiTest {

    @TempDir
    Path dir;

    private UiTestBench bench;

    @Start
    void start(final Stage stage) {
        bench = UiTestBench.on(dir, LogFixtures.clockOn(TODAY));
        LogFixtures.savePlan(bench.services(), Goal.TIME);
        bench.show(stage);
    }

    @Test
    void theEditDialogOpensWithTheFocusInItsFirstField(final FxRobot robot) {
        bench.services().runLog().add(TODAY.minusDays(1), RunStatus.DONE, new RunReport(Optional.of(5000.0),
                Optional.of(Duration.ofMinutes(30)), Optional.of(4), Optional.of(Feel.GOOD), "easy"), Optional.empty());
        bench.go(robot, Screen.LOG);
        @SuppressWarnings("unchecked")
        final ListView<?> list = robot.lookup("#log-list").queryAs(ListView.class);
        robot.interact(() -> {
            list.requestFocus();
            list.getSelectionModel().select(0);
        });

        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        final Node save = robot.lookup("#run-save").query();
        final Node owner = save.getScene().getFocusOwner();
        assertThat(owner).isNotNull();
        assertThat(owner.getId()).as("the focus owner").isIn("run-date", "run-distance");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }
}
