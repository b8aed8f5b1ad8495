package app.stride.ui.log;

import static app.stride.ui.log.LogFixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import app.stride.app.StrideServices;
import app.stride.ui.UiTestBench;
import app.stride.plan.Goal;
import app.stride.tracking.Feel;
import app.stride.tracking.LoggedRun;
import app.stride.tracking.RunReport;
import app.stride.tracking.RunStatus;
import app.stride.ui.shell.Screen;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Log and Progress screens in the real window, headless: log an extra run, edit it, delete it and undo. */
@ExtendWith(ApplicationExtension.class)
class LogProgressUiTest {

    @TempDir
    Path dir;

    private UiTestBench bench;
    private StrideServices services;

    @Start
    void start(final Stage stage) {
        bench = UiTestBench.on(dir, LogFixtures.clockOn(TODAY));
        services = bench.services();
        LogFixtures.savePlan(services, Goal.TIME);
        bench.show(stage);
    }

    @SuppressWarnings("unchecked")
    private static ListView<LoggedRun> list(final FxRobot robot) {
        return robot.lookup("#log-list").queryAs(ListView.class);
    }

    private static String text(final FxRobot robot, final String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void anExtraRunLoggedOnTheLogShowsThereAndOnProgress(final FxRobot robot) {
        bench.go(robot, Screen.PROGRESS);
        assertThat(text(robot, "#progress-times-out")).isEqualTo("0");
        bench.go(robot, Screen.LOG);

        robot.clickOn("#log-add-first");
        // Today has a session, so the form starts with its planned numbers; dated yesterday, they go (not kept unseen).
        assertThat(robot.lookup("#run-distance").queryAs(TextField.class).getText()).isEqualTo("4.9");
        robot.interact(() -> robot.lookup("#run-date").queryAs(javafx.scene.control.DatePicker.class).setValue(TODAY.minusDays(1)));
        assertThat(robot.lookup("#run-distance").queryAs(TextField.class).getText()).isEmpty();
        assertThat(robot.lookup("#run-time").queryAs(TextField.class).getText()).isEmpty();
        robot.clickOn("#run-distance").write("6.4");
        robot.clickOn("#run-time").write("41:07");
        robot.clickOn("#run-note").write("with Sam");
        robot.clickOn("#run-save");

        assertThat(robot.lookup("#run-dialog").tryQuery()).as("the dialog closed once stored").isEmpty();
        assertThat(list(robot).getItems()).singleElement().satisfies(r -> {
            assertThat(r.extra()).isTrue();
            assertThat(r.report().duration()).contains(Duration.ofSeconds(41 * 60 + 7));
        });
        assertThat(text(robot, "#log-notice")).isEqualTo("Logged the extra run on Sun 19 Jul.");

        bench.go(robot, Screen.PROGRESS);
        assertThat(text(robot, "#progress-times-out")).isEqualTo("1");
        assertThat(text(robot, "#progress-longest")).isEqualTo("6.4 km");
    }

    @Test
    void aLongNoteWrapsAndItsRowGrowsInsteadOfCuttingIt(final FxRobot robot) {
        final String longNote = "Long one along the canal to the lock and back over the hill: windy on the way out, calm on the "
                + "return. Left calf tight after 8 km, so I walked the climb and stretched at the top; fine after. Gel at 45 min "
                + "worked better than last week.";
        services.runLog().add(TODAY.minusDays(1), RunStatus.DONE, new RunReport(Optional.of(12_300.0), Optional.empty(),
                Optional.empty(), Optional.empty(), longNote), Optional.empty());
        services.runLog().add(TODAY.minusDays(2), RunStatus.DONE, new RunReport(Optional.of(5000.0), Optional.empty(),
                Optional.empty(), Optional.empty(), "short"), Optional.empty());
        bench.go(robot, Screen.LOG);

        final Label note = robot.lookup(".run-note").<Label>queryAll().stream().filter(l -> longNote.equals(l.getText()))
                .findFirst().orElseThrow();
        final javafx.scene.text.Text shown = (javafx.scene.text.Text) note.lookup(".text");
        assertThat(shown.getText()).as("nothing cut to …").doesNotContain("…").doesNotEndWith("...");
        assertThat(note.getHeight()).as("wrapped over several lines").isGreaterThan(note.getFont().getSize() * 2.5);
        final var rows = robot.lookup(".run-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .filter(c -> c.getItem() != null).toList();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).getHeight()).as("the row grows with its note").isGreaterThan(rows.get(1).getHeight() + 20);
        final javafx.scene.control.ListCell<?> row = rows.stream().filter(c -> ((LoggedRun) c.getItem()).report().notes().equals(longNote))
                .findFirst().orElseThrow();
        final javafx.geometry.Bounds inRow = row.sceneToLocal(note.localToScene(note.getBoundsInLocal()));
        assertThat(inRow.getMaxY()).as("the note ends inside its row").isLessThanOrEqualTo(row.getHeight() - row.snappedBottomInset() + 0.5);
        final Label day = (Label) row.lookup(".run-day");
        assertThat(row.sceneToLocal(day.localToScene(day.getBoundsInLocal())).getMinY()).as("the day starts inside its row")
                .isGreaterThanOrEqualTo(row.snappedTopInset() - 0.5);
    }

    /** What a label shows once laid out (its text, or the text cut to "…"). */
    private static String shown(final FxRobot robot, final String id) {
        final Label l = robot.lookup(id).queryAs(Label.class);
        return ((javafx.scene.text.Text) l.lookup(".text")).getText();
    }

    @Test
    void aLongErrorAndTheIntroLineWrapInsteadOfBeingCut(final FxRobot robot) {
        bench.go(robot, Screen.LOG);
        robot.clickOn("#log-add-first");
        robot.clickOn("#run-distance").write("-3");
        robot.clickOn("#run-time").write("1:05:30");
        robot.clickOn("#run-save");
        robot.interact(() -> { });

        final String error = text(robot, "#run-form-problem");
        assertThat(error).startsWith("Distance:");
        assertThat(shown(robot, "#run-form-problem")).as("the error whole").isEqualTo(error);
        assertThat(shown(robot, "#run-form-hint")).as("the intro line whole").doesNotContain("…");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    @Test
    void theFieldLosesItsRedMarkOnceTheRunnerEditsIt(final FxRobot robot) {
        bench.go(robot, Screen.LOG);
        robot.clickOn("#log-add-first");
        robot.clickOn("#run-distance").write("-3");
        robot.clickOn("#run-save");
        final TextField distance = robot.lookup("#run-distance").queryAs(TextField.class);
        final javafx.css.PseudoClass danger = atlantafx.base.theme.Styles.STATE_DANGER;
        assertThat(distance.getPseudoClassStates()).contains(danger);

        robot.interact(() -> distance.setText("3"));

        assertThat(distance.getPseudoClassStates()).as("corrected, not yet resubmitted").doesNotContain(danger);
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    @Test
    void aMistakeKeepsTheDialogOpenWithWhatWasTyped(final FxRobot robot) {
        bench.go(robot, Screen.LOG);
        robot.clickOn("#log-add-first");
        // The form starts with today's planned distance (as Today's does); the runner selects it and types over it.
        final TextField distance = robot.lookup("#run-distance").queryAs(TextField.class);
        assertThat(distance.getText()).isEqualTo("4.9");
        robot.clickOn(distance);
        robot.interact(distance::selectAll);
        robot.write("six");
        robot.clickOn("#run-save");

        assertThat(robot.lookup("#run-dialog").tryQuery()).isPresent();
        assertThat(text(robot, "#run-form-problem")).startsWith("Distance:");
        assertThat(robot.lookup("#run-distance").queryAs(TextField.class).getText()).isEqualTo("six");
        assertThat(services.runLog().all()).isEmpty();
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    @Test
    void enterEditsARunAndDeleteRemovesItUntilUndo(final FxRobot robot) {
        services.runLog().add(TODAY.minusDays(1), RunStatus.DONE, new RunReport(Optional.of(5000.0), Optional.of(Duration.ofMinutes(30)),
                Optional.of(4), Optional.of(Feel.GOOD), "easy"), Optional.empty());
        bench.go(robot, Screen.LOG);
        final ListView<LoggedRun> list = list(robot);
        robot.interact(() -> {
            list.requestFocus();
            list.getSelectionModel().select(0);
        });

        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        final TextField time = robot.lookup("#run-time").queryAs(TextField.class);
        assertThat(time.getText()).isEqualTo("30:00");
        robot.doubleClickOn(time).eraseText(5).write("31:15");
        robot.clickOn("#run-save");

        assertThat(services.runLog().all().get(0).report().duration()).contains(Duration.ofSeconds(31 * 60 + 15));
        assertThat(text(robot, "#log-notice")).startsWith("Saved the changes");

        robot.interact(() -> {
            list.requestFocus();
            list.getSelectionModel().select(0);
        });
        robot.press(KeyCode.DELETE).release(KeyCode.DELETE);

        assertThat(services.runLog().all()).isEmpty();
        assertThat(text(robot, "#log-notice")).startsWith("Deleted ");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);

        assertThat(services.runLog().all()).singleElement()
                .satisfies(r -> assertThat(r.report().duration()).contains(Duration.ofSeconds(31 * 60 + 15)));
        assertThat(list(robot).getItems()).hasSize(1);
        assertThat(robot.lookup("#log-undo").query().isVisible()).as("undone once").isFalse();
    }

    @Test
    void theRunDialogStandsOutFromTheListBehindIt(final FxRobot robot) {
        bench.go(robot, Screen.LOG);
        final javafx.scene.Node page = bench.window().root().getScene().getRoot();
        robot.clickOn("#log-add-first");
        // It had no edge and nothing behind it dimmed: in dark it blended into the list.
        assertThat(page.getEffect()).as("the window behind is dimmed").isInstanceOf(javafx.scene.effect.ColorAdjust.class);
        final javafx.scene.layout.Region pane = robot.lookup("#run-dialog").queryAs(javafx.scene.layout.Region.class);
        assertThat(pane.getBorder()).as("the dialog has an edge").isNotNull();
        assertThat(pane.getBorder().getStrokes()).isNotEmpty()
                .allSatisfy(st -> assertThat(st.getWidths().getTop()).isGreaterThan(0));
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        assertThat(robot.lookup("#run-dialog").tryQuery()).as("closed").isEmpty();
        assertThat(page.getEffect()).as("the window is bright again").isNull();
    }
}
