package app.stride.ui.today;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.plan.Goal;
import app.stride.ui.UiTestBench;
import app.stride.ui.log.LogFixtures;
import app.stride.ui.shell.Screen;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * New-user review 11: Today's "How did it go?" and the Log's "Log a run" asked for a run differently (Notes against
 * Note, no "How it felt" on Today, "min or h:mm:ss" against "h:mm:ss or mm:ss", "1 · very easy" against "1 – very
 * easy"). Failed before: the two label lists differed. Now one component gives both the same fields, order, labels,
 * prompts, choices and error lines, and an error keeps what was typed.
 */
@ExtendWith(ApplicationExtension.class)
class RunFormsAgreeUiTest {

    @TempDir
    Path dir;

    private UiTestBench bench;

    @Start
    void start(final Stage stage) {
        bench = UiTestBench.on(dir, LogFixtures.clockOn(LogFixtures.TODAY));
        LogFixtures.savePlan(bench.services(), Goal.TIME);
        bench.services().shoes().add("Pegasus 40", 0, 700_000);
        bench.show(stage);
    }

    /** The visible field labels of the grid holding {@code fieldId}, row by row, left to right. */
    private static List<String> labels(final FxRobot robot, final String fieldId) {
        final GridPane grid = (GridPane) robot.lookup(fieldId).query().getParent().getParent();
        return grid.getChildren().stream().filter(n -> n instanceof Label l && l.getLabelFor() != null && visible(n))
                .sorted(Comparator.comparing((Node n) -> GridPane.getRowIndex(n) == null ? 0 : GridPane.getRowIndex(n))
                        .thenComparing(n -> GridPane.getColumnIndex(n) == null ? 0 : GridPane.getColumnIndex(n)))
                .map(n -> ((Label) n).getText()).toList();
    }

    private static boolean visible(final Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private static List<String> effortChoices(final FxRobot robot, final String id) {
        final ComboBox<Object> c = robot.lookup(id).queryAs(ComboBox.class);
        return c.getItems().stream().map(i -> c.getConverter().toString(i)).toList();
    }

    @Test
    void todayAndTheLogAskTheSameFieldsWithTheSameWordsAndErrors(final FxRobot robot) {
        bench.settle(robot);
        final List<String> today = labels(robot, "#today-distance");
        final String todayTimePrompt = robot.lookup("#today-duration").queryAs(TextField.class).getPromptText();
        final String todayDistancePrompt = robot.lookup("#today-distance").queryAs(TextField.class).getPromptText();
        final List<String> todayEfforts = effortChoices(robot, "#today-effort");
        robot.interact(() -> {
            robot.lookup("#today-distance").queryAs(TextField.class).setText("5,2km");
            robot.lookup("#today-duration").queryAs(TextField.class).setText("33:48");
        });
        robot.interact(() -> robot.lookup("#today-done").queryButton().fire());
        bench.settle(robot);
        final String todayError = robot.lookup("#today-error").queryAs(Label.class).getText();
        assertThat(robot.lookup("#today-distance").queryAs(TextField.class).getText()).as("kept on Today").isEqualTo("5,2km");
        assertThat(robot.lookup("#today-duration").queryAs(TextField.class).getText()).isEqualTo("33:48");

        bench.go(robot, Screen.LOG);
        robot.clickOn(UiTestBench.shown(robot, "#log-add") ? "#log-add" : "#log-add-first");
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        final List<String> log = labels(robot, "#run-distance").stream()
                .filter(l -> !l.equals("Date") && !l.equals("How it went")).toList();
        assertThat(log).as("the Log's own rows (date, status) aside").isEqualTo(today)
                .containsExactly("Distance", "Time", "Effort", "How it felt", "Shoe", "Note");
        assertThat(robot.lookup("#run-time").queryAs(TextField.class).getPromptText()).isEqualTo(todayTimePrompt);
        assertThat(robot.lookup("#run-distance").queryAs(TextField.class).getPromptText()).isEqualTo(todayDistancePrompt);
        assertThat(effortChoices(robot, "#run-rpe")).isEqualTo(todayEfforts);

        // The form starts with the planned numbers, as Today's does (new-user review 4): typed over.
        robot.interact(() -> {
            robot.lookup("#run-distance").queryAs(TextField.class).setText("5,2km");
            robot.lookup("#run-time").queryAs(TextField.class).setText("33:48");
        });
        robot.clickOn("#run-save");
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#run-form-problem").queryAs(Label.class).getText()).as("the same error line").isEqualTo(todayError);
        assertThat(robot.lookup("#run-distance").queryAs(TextField.class).getText()).as("kept in the Log").isEqualTo("5,2km");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }
}
