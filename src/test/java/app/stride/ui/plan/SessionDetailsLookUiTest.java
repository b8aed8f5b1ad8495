package app.stride.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.plan.PlanRepository.SavedSession;
import app.stride.settings.WindowPlacement;
import app.stride.ui.UiTestBench;
import app.stride.ui.shell.MainWindow;
import app.stride.ui.shell.Screen;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * New-user review 6, 8: a done session's dialog showed the plan's numbers under what was logged with no label, and
 * had no backdrop, so it read as part of the page. The planned numbers say "Planned:" and the page behind dims.
 */
@ExtendWith(ApplicationExtension.class)
class SessionDetailsLookUiTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 1, 24);

    @TempDir
    Path dir;

    private UiTestBench bench;
    private MainWindow window;

    @Start
    void start(final Stage stage) {
        bench = UiTestBench.at(dir, TODAY.atTime(9, 0)).withTenKRunUntil(LocalDate.of(2027, 1, 17));
        window = bench.show(stage, new WindowPlacement(0, 0, 1600, 1000, false), Screen.TODAY);
    }

    @Test
    void aDoneSessionsPlannedNumbersAreLabelledAndThePageDims(final FxRobot robot) {
        robot.interact(() -> window.viewModel().navigate(Screen.PLAN));
        final SavedSession done = bench.services().plans().current().orElseThrow().sessions().stream()
                .filter(s -> s.date().isBefore(LocalDate.of(2027, 1, 17))).reduce((a, b) -> b).orElseThrow();
        final javafx.scene.Node chip = robot.lookup("#plancal-chip-" + done.id()).query();
        robot.interact(chip::requestFocus);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#plancal-details-logged").tryQuery()).isPresent();
        assertThat(robot.lookup("#plancal-details-amount").queryAs(Label.class).getText()).startsWith("Planned: ");
        assertThat(chip.getScene().getRoot().getEffect()).as("the page behind the dialog").isNotNull();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chip.getScene().getRoot().getEffect()).as("the page once the dialog is closed").isNull();
    }
}
