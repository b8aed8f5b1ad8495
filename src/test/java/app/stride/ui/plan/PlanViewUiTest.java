package app.stride.ui.plan;

import static app.stride.ui.UiTestBench.shown;
import static org.assertj.core.api.Assertions.assertThat;

import app.stride.app.StrideServices;
import app.stride.ui.UiTestBench;
import app.stride.ui.shell.MainWindow;
import app.stride.ui.shell.Screen;
import java.nio.file.Path;
import java.time.LocalDateTime;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Plan screen in the real window, headless: from no plan, through the form and the preview, to the plan. */
@ExtendWith(ApplicationExtension.class)
class PlanViewUiTest {

    @TempDir
    Path dir;

    private UiTestBench bench;
    private StrideServices services;
    private MainWindow window;

    @Start
    void start(final Stage stage) {
        // Wednesday 25 November 2026; the form's default start is Monday 30 November.
        bench = UiTestBench.at(dir, LocalDateTime.of(2026, 11, 25, 7, 0));
        services = bench.services();
        window = bench.show(stage, services.settings().loadWindowPlacement(), Screen.PLAN);
    }

    private static void click(final FxRobot robot, final String id) {
        final Node n = robot.lookup(id).query();
        robot.interact(() -> ((javafx.scene.control.ButtonBase) n).fire());
    }

    @Test
    void thePlansWarningShowsInTheWeeksLayoutAsInTheList(final FxRobot robot) {
        // Review G: a plan's warning (here: the target is out of reach) showed in the List layout only.
        assertThat(app.stride.cli.CliRun.of("plan", "--distance", "10k", "--start-date", "2026-11-30", "--race-date", "2027-01-31",
                "--days", "mon,wed,sat", "--recent-race", "5k=35:00", "--target-time", "55:00", "--save",
                "--data-dir", dir.toString()).exitCode()).isZero();
        robot.interact(() -> window.viewModel().navigate(Screen.TODAY));
        robot.interact(() -> window.viewModel().navigate(Screen.PLAN));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        click(robot, "#plancal-layout-weeks");

        assertThat(shown(robot, "#plancal-grid")).isTrue();
        assertThat(shown(robot, "#plancal-warnings")).isTrue();
        assertThat(robot.lookup("#plancal-warnings .plan-warning").queryAs(Label.class).getText()).contains("55:00");
    }

    @Test
    void withoutAPlanTheEmptyStateLeadsToTheForm(final FxRobot robot) {
        assertThat(shown(robot, "#screen-plan-empty")).isTrue();
        assertThat(shown(robot, "#plan-form")).isFalse();

        click(robot, "#plan-create");

        assertThat(shown(robot, "#plan-form")).isTrue();
        assertThat(shown(robot, "#screen-plan-empty")).isFalse();
        // Nothing to go back to yet.
        assertThat(shown(robot, "#plan-cancel")).isFalse();
    }

    @Test
    void aCouchToFiveKBeginnerPreviewsStartsAndSeesTheWeeks(final FxRobot robot) {
        click(robot, "#plan-create");
        click(robot, "#plan-goal-finish");
        robot.interact(() -> robot.lookup("#plan-minutes").queryAs(TextField.class).setText("0"));
        // Three days: Mon, Wed, Sat (the defaults are Tue, Thu, Sat, Sun).
        for (String day : new String[] {"tue", "thu", "sun"}) {
            robot.interact(() -> robot.lookup("#plan-day-" + day).queryAs(ToggleButton.class).setSelected(false));
        }
        for (String day : new String[] {"mon", "wed"}) {
            robot.interact(() -> robot.lookup("#plan-day-" + day).queryAs(ToggleButton.class).setSelected(true));
        }

        click(robot, "#plan-preview");

        assertThat(robot.lookup("#plan-error").queryAs(Label.class).getText()).isEmpty();
        assertThat(shown(robot, "#plan-preview-sheet")).isTrue();
        assertThat(robot.lookup("#plan-preview-sheet #plan-week-1").tryQuery()).isPresent();
        assertThat(robot.lookup("#plan-preview-sheet #plan-week-8").tryQuery()).isPresent();
        assertThat(robot.lookup("#plan-preview-sheet .plan-chip-run-walk").tryQuery()).isPresent();
        assertThat(services.plans().current()).isEmpty();

        click(robot, "#plan-start");

        assertThat(services.plans().current()).isPresent();
        // The plan opens as a calendar: a row per week, a chip per session.
        assertThat(shown(robot, "#plancal-grid")).isTrue();
        assertThat(robot.lookup("#plancal-grid .plancal-chip").<Node>queryAll()).hasSize(services.plans().current().orElseThrow().sessions().size());
        assertThat(robot.lookup("#plancal-row-8").tryQuery()).isPresent();
        click(robot, "#plancal-layout-list");
        assertThat(shown(robot, "#plan-sheet")).isTrue();
        assertThat(shown(robot, "#plancal-grid")).isFalse();
        assertThat(robot.lookup("#plan-title").queryAs(Label.class).getText()).isEqualTo("Finish the 5K on Sunday 24 January · 8\u00a0weeks");
        assertThat(robot.lookup("#plan-sheet .plan-week").<Node>queryAll()).hasSize(8);
        assertThat(robot.lookup("#plan-sheet .plan-session").<Node>queryAll()).hasSize(services.plans().current().orElseThrow().sessions().size());
        // A beginner without a race result trains by effort.
        assertThat(shown(robot, "#plan-by-effort")).isTrue();
    }

    @Test
    void startingANewPlanAsksInTheAppsOwnDialogNotTheStockOne(final FxRobot robot) {
        click(robot, "#plan-create");
        click(robot, "#plan-goal-finish");
        robot.interact(() -> robot.lookup("#plan-minutes").queryAs(TextField.class).setText("20"));
        click(robot, "#plan-preview");
        click(robot, "#plan-start");
        assertThat(services.plans().current()).isPresent();

        robot.clickOn("#plan-new");

        final javafx.scene.control.DialogPane pane = robot.lookup(".confirm-dialog").queryAs(javafx.scene.control.DialogPane.class);
        assertThat(pane.getGraphic()).as("no stock '?' icon").isNull();
        assertThat(pane.getHeaderText()).isNull();
        assertThat(pane.getStylesheets()).anyMatch(s -> s.endsWith("stride.css"));
        final javafx.scene.control.Button go = robot.from(pane).lookup(".button.accent").queryButton();
        assertThat(go.getText()).isEqualTo("Make a new plan");
        robot.clickOn(go);

        assertThat(shown(robot, "#plan-form")).isTrue();
    }

    @Test
    void aMistakeNamesTheFieldHighlightsItAndKeepsTheAnswers(final FxRobot robot) {
        click(robot, "#plan-create");
        click(robot, "#plan-goal-race");
        robot.interact(() -> robot.lookup("#plan-targetTime").queryAs(TextField.class).setText("fast"));
        robot.interact(() -> robot.lookup("#plan-minutes").queryAs(TextField.class).setText("20"));

        click(robot, "#plan-preview");

        assertThat(robot.lookup("#plan-error").queryAs(Label.class).getText()).startsWith("Target time:");
        assertThat(robot.lookup("#plan-targetTime").queryAs(TextField.class).getPseudoClassStates().toString()).contains("danger");
        assertThat(robot.lookup("#plan-targetTime").queryAs(TextField.class).getText()).isEqualTo("fast");
        assertThat(robot.lookup("#plan-minutes").queryAs(TextField.class).getText()).isEqualTo("20");
        assertThat(shown(robot, "#plan-preview-sheet")).isFalse();
    }

    @Test
    void theKeyboardAloneGetsFromNoPlanToTheFirstQuestionAndEnterPreviews(final FxRobot robot) {
        assertThat(robot.lookup("#plan-create").query().isFocused()).isTrue();
        robot.type(javafx.scene.input.KeyCode.SPACE);
        assertThat(shown(robot, "#plan-form")).isTrue();
        assertThat(robot.lookup("#plan-goal-finish").query().isFocused()).isTrue();

        robot.interact(() -> robot.lookup("#plan-minutes").query().requestFocus());
        robot.type(javafx.scene.input.KeyCode.ENTER);

        // A blank "minutes" is 0, as its hint says: Enter previews the plan from walking.
        assertThat(robot.lookup("#plan-error").queryAs(Label.class).getText()).isEmpty();
        assertThat(shown(robot, "#plan-preview-sheet")).isTrue();
        robot.type(javafx.scene.input.KeyCode.ENTER);
        assertThat(services.plans().current()).isPresent();
    }

    @Test
    void aSessionOpensToItsStepsAndTurnaround(final FxRobot robot) {
        click(robot, "#plan-create");
        click(robot, "#plan-goal-race");
        click(robot, "#plan-fitness-race");
        robot.interact(() -> robot.lookup("#plan-recentTime").queryAs(TextField.class).setText("27:30"));
        click(robot, "#plan-preview");
        click(robot, "#plan-start");
        final long first = services.plans().current().orElseThrow().sessions().get(0).id();
        click(robot, "#plancal-layout-list");
        final String row = "#plan-session-" + first;
        assertThat(robot.lookup(row + " .plan-details").<Node>queryAll()).allSatisfy(n -> assertThat(n.isVisible()).isFalse());

        click(robot, row + "-more");

        final java.util.List<String> details = robot.lookup(row + " .plan-step").queryAll().stream()
                .map(n -> ((Label) n).getText()).toList();
        assertThat(details).isNotEmpty();
        assertThat(details).anySatisfy(t -> assertThat(t).startsWith("Out and back: turn around at "));
        assertThat(robot.lookup(row + " .plan-details").query().isVisible()).isTrue();
        assertThat(robot.lookup("#plan-paces").query().isVisible()).isTrue();
        assertThat(robot.lookup("#plan-by-effort").tryQuery()).isEmpty();
    }

    @Test
    void theDaysFollowTheRunnersFirstDayOfTheWeek(final FxRobot robot) {
        click(robot, "#plan-create");
        final javafx.scene.layout.HBox days = robot.lookup("#plan-days").queryAs(javafx.scene.layout.HBox.class);
        assertThat(days.getChildren().get(0).getId()).isEqualTo("plan-day-mon");
        final boolean sundayBefore = robot.lookup("#plan-day-sun").queryAs(ToggleButton.class).isSelected();

        robot.interact(() -> window.viewModel().settingsProperty().set(
                window.viewModel().settingsProperty().get().withFirstDayOfWeek(java.time.DayOfWeek.SUNDAY)));

        assertThat(days.getChildren()).extracting(Node::getId).containsExactly("plan-day-sun", "plan-day-mon", "plan-day-tue",
                "plan-day-wed", "plan-day-thu", "plan-day-fri", "plan-day-sat");
        assertThat(robot.lookup("#plan-day-sun").queryAs(ToggleButton.class).isSelected()).isEqualTo(sundayBefore);
    }

    /** Issue 7: an impossible goal shows its alternatives as buttons; one click fills the form and previews. */
    @Test
    @SuppressWarnings("unchecked")
    void aRefusedGoalShowsAlternativesAsButtonsThatFillTheForm(final FxRobot robot) {
        click(robot, "#plan-create");
        click(robot, "#plan-goal-finish");
        robot.interact(() -> robot.lookup("#plan-distance").queryAs(javafx.scene.control.ComboBox.class)
                .setValue(app.stride.plan.RaceDistance.HALF));
        robot.interact(() -> robot.lookup("#plan-raceDate").queryAs(javafx.scene.control.DatePicker.class)
                .setValue(java.time.LocalDate.of(2027, 1, 10)));
        robot.interact(() -> robot.lookup("#plan-minutes").queryAs(TextField.class).setText("0"));
        assertThat(shown(robot, "#plan-alternatives")).isFalse();

        click(robot, "#plan-preview");

        assertThat(robot.lookup("#plan-error").queryAs(Label.class).getText()).startsWith("Race day:");
        assertThat(shown(robot, "#plan-alternatives")).isTrue();
        assertThat(robot.lookup("#plan-alternative-0").queryAs(javafx.scene.control.Button.class).getText())
                .startsWith("The 5K first, then this race on ").endsWith(" or later");
        // Review H: the suggestion sat above the error it answers, its button text in lower case.
        assertThat(robot.lookup("#plan-alternatives").query().localToScene(0, 0).getY())
                .isGreaterThan(robot.lookup("#plan-error").query().localToScene(0, 0).getY());

        click(robot, "#plan-alternative-0");

        assertThat(shown(robot, "#plan-preview-sheet")).isTrue();
        assertThat(robot.lookup("#plan-distance").queryAs(javafx.scene.control.ComboBox.class).getValue())
                .isEqualTo(app.stride.plan.RaceDistance.FIVE_K);
    }
}
