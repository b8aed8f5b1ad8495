package app.stride.ui.today;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.app.StrideServices;
import app.stride.settings.WindowPlacement;
import app.stride.ui.UiTestBench;
import app.stride.ui.shell.MainWindow;
import app.stride.ui.shell.Screen;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Ticking off today's session in the real window, headless. */
@ExtendWith(ApplicationExtension.class)
class TodayViewUiTest {

    @TempDir
    Path dir;

    private UiTestBench bench;
    private MainWindow window;
    private StrideServices services;

    @Start
    void start(final Stage stage) {
        bench = UiTestBench.on(dir, TodayViewModelTest.clockOn(TodayViewModelTest.TODAY));
        services = bench.services();
        TodayViewModelTest.savePlan(services);
        // Tall enough that the tick-off buttons sit below the missed-session banners without scrolling.
        window = bench.show(stage, new WindowPlacement(0, 0, 1280, 1000, false), Screen.TODAY);
    }

    /** A newly shown screen is laid out on the next pulse; lay it out now so clicks land where its nodes are. */
    private void settle(final FxRobot robot) {
        bench.settle(robot);
    }

    @Test
    void aMissedSessionSaysWhichDateItWasAndItsButtonsAreTheSizeOfTheOthers(final FxRobot robot) {
        settle(robot);
        final javafx.scene.layout.VBox banner = robot.lookup(".missed-banner").queryAs(javafx.scene.layout.VBox.class);
        final Label text = (Label) banner.getChildren().get(0);

        assertThat(text.getText()).matches("You didn't tick off [A-Z][a-z]+day [0-9]{1,2} [A-Z][a-z]+'s .+\\.");
        final javafx.scene.control.Button ran = (javafx.scene.control.Button)
                ((javafx.scene.layout.HBox) banner.getChildren().get(1)).getChildren().get(0);
        final javafx.scene.control.Button done = robot.lookup("#today-done").queryButton();
        assertThat(ran.getStyleClass()).doesNotContain("small");
        assertThat(ran.getHeight()).isEqualTo(done.getHeight());
    }

    @Test
    void acceptingARePlanInTheShellsBannerShowsTheNewPlanOnToday(final FxRobot robot) {
        settle(robot);
        final var banner = window.adaptBanner();
        assertThat(banner.offerProperty().get()).as("missed sessions: the shell offers a re-plan").isPresent();
        final long before = services.tickOff().today().today().orElseThrow().id();

        robot.interact(() -> banner.accept());
        settle(robot);

        final app.stride.tracking.TickOff.Day now = services.tickOff().today();
        assertThat(now.today().orElseThrow().id()).as("a new plan version").isNotEqualTo(before);
        assertThat(robot.lookup(".missed-banner").queryAll()).hasSize(now.missed().size());
        robot.clickOn(robot.lookup("#today-done").queryButton());
        assertThat(services.tickOff().today().today().orElseThrow().status()).as("Done ticks off the session of the plan now stored")
                .isEqualTo(app.stride.plan.SessionStatus.DONE);
    }

    @Test
    void iRanItAsksForTheNumbersThenOffersUndo(final FxRobot robot) {
        settle(robot);
        final int missedBefore = robot.lookup(".missed-banner").queryAll().size();
        robot.clickOn(robot.lookup(".missed-banner .button").queryButton());
        assertThat(services.tickOff().recentRuns(5)).as("nothing stored yet").isEmpty();
        robot.interact(() -> {
            robot.lookup("#today-late-distance").queryAs(TextField.class).setText("4");
            robot.lookup("#today-late-duration").queryAs(TextField.class).setText("30");
        });
        robot.clickOn(robot.lookup("#today-late-save").queryButton());
        settle(robot);

        assertThat(services.tickOff().recentRuns(5)).singleElement()
                .satisfies(r -> assertThat(r.report().distanceM()).contains(4000.0));
        assertThat(robot.lookup(".missed-banner").queryAll()).hasSize(missedBefore - 1);
        assertThat(robot.lookup("#today-message").queryAs(Label.class).getText()).startsWith("Logged ");
        robot.clickOn(robot.lookup("#today-message-undo").queryButton());
        settle(robot);
        assertThat(services.tickOff().recentRuns(5)).isEmpty();
        assertThat(robot.lookup(".missed-banner").queryAll()).hasSize(missedBefore);
    }

    @Test
    void theMoveDateFieldShowsTheWholeDate(final FxRobot robot) {
        settle(robot);
        final javafx.scene.control.DatePicker moveTo = robot.lookup("#today-move-date").queryAs(javafx.scene.control.DatePicker.class);

        assertThat(moveTo.getWidth()).isGreaterThanOrEqualTo(140);
        final javafx.scene.text.Text probe = new javafx.scene.text.Text(moveTo.getEditor().getText());
        probe.setFont(moveTo.getEditor().getFont());
        assertThat(moveTo.getEditor().getWidth()).as("room for \"%s\"", moveTo.getEditor().getText())
                .isGreaterThan(probe.getLayoutBounds().getWidth() + 16);
    }

    @Test
    void todaysSessionIsShownAndCanBeTickedOff(final FxRobot robot) {
        assertThat(robot.lookup("#today-session-type").queryAs(Label.class).getText()).isNotBlank();
        assertThat(robot.lookup("#today-streak").queryAs(Label.class).getText()).isEqualTo("Times you made it out: 0");

        final TextField time = robot.lookup("#today-duration").queryAs(TextField.class);
        robot.interact(() -> {
            time.setText("33");
            robot.lookup("#today-notes").queryAs(javafx.scene.control.TextInputControl.class).setText("hilly, windy");
        });
        robot.clickOn(robot.lookup("#today-done").queryButton());
        assertThat(robot.lookup("#today-logged-details").queryAs(Label.class).getText()).isEqualTo("hilly, windy");

        assertThat(robot.lookup("#today-session-status").queryAs(Label.class).getText()).isEqualTo("Done");
        assertThat(robot.lookup("#today-message").queryAs(Label.class).getText()).startsWith("Done!");
        assertThat(robot.lookup("#today-streak").queryAs(Label.class).getText()).isEqualTo("Times you made it out: 1");
        assertThat(robot.lookup("#today-tickoff").tryQuery().map(javafx.scene.Node::isVisible).orElse(false)).isFalse();

        robot.clickOn(robot.lookup("#today-undo").queryButton());
        assertThat(robot.lookup("#today-tickoff").query().isVisible()).isTrue();
        assertThat(robot.lookup("#today-streak").queryAs(Label.class).getText()).isEqualTo("Times you made it out: 0");
    }

    @Test
    void aTickedOffRunShowsInTheLogAndInProgress(final FxRobot robot) {
        robot.clickOn("#nav-log");
        settle(robot);
        assertThat(robot.lookup("#screen-log-empty").tryQuery()).isPresent();
        robot.clickOn("#nav-progress");
        settle(robot);
        assertThat(robot.lookup("#progress-times-out").queryAs(Label.class).getText()).as("a plan, nothing run yet").isEqualTo("0");

        robot.clickOn("#nav-today");

        settle(robot);
        final TextField distance = robot.lookup("#today-distance").queryAs(TextField.class);
        final TextField time = robot.lookup("#today-duration").queryAs(TextField.class);
        robot.interact(() -> {
            distance.setText("5");
            time.setText("30:00");
        });
        robot.clickOn(robot.lookup("#today-done").queryButton());

        robot.clickOn("#nav-log");

        settle(robot);
        final javafx.scene.control.ListView<?> list = robot.lookup("#log-list").queryListView();
        assertThat(list.getItems()).hasSize(1);
        assertThat(robot.lookup(".run-numbers").queryAs(Label.class).getText()).isEqualTo("5 km · 30:00 · 6:00 /km");

        robot.clickOn("#nav-progress");

        settle(robot);
        assertThat(robot.lookup("#progress-times-out").queryAs(Label.class).getText()).isEqualTo("1");
        assertThat(robot.lookup("#progress-this-week").queryAs(Label.class).getText()).isEqualTo("5 km");
    }

    @Test
    void anyPlannedSessionOpensWhatToWearForItsDayAndEffort(final FxRobot robot) {
        robot.clickOn("#nav-plan");
        settle(robot);
        // "What to wear" is on each session of the list layout (drawn only when chosen).
        robot.clickOn("#plancal-layout-list");
        settle(robot);
        final java.util.List<javafx.scene.control.Button> wear =
                new java.util.ArrayList<>(robot.lookup(".plan-wear").queryAllAs(javafx.scene.control.Button.class));
        assertThat(wear).isNotEmpty();
        // The last session of the plan is race day: dress for a race, on that day.
        robot.interact(wear.get(wear.size() - 1)::fire);

        assertThat(window.viewModel().currentProperty().get()).isEqualTo(Screen.OUTFIT);
        final javafx.scene.control.ToggleButton selected = robot.lookup("#outfit-effort .toggle-button")
                .queryAllAs(javafx.scene.control.ToggleButton.class).stream()
                .filter(javafx.scene.control.ToggleButton::isSelected).findFirst().orElseThrow();
        assertThat(selected.getText()).isEqualTo("Race");
        assertThat(robot.lookup(".date-picker").queryAs(javafx.scene.control.DatePicker.class).getValue())
                .isAfter(TodayViewModelTest.TODAY.plusWeeks(6));
    }

    @Test
    void aMistakeIsShownInOneLineAndNothingIsLost(final FxRobot robot) {
        final TextField distance = robot.lookup("#today-distance").queryAs(TextField.class);
        robot.interact(() -> distance.setText("-3"));
        robot.clickOn(robot.lookup("#today-done").queryButton());

        final Label error = robot.lookup("#today-error").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo("Distance: give a number of km above 0 and at most 100, or leave it blank if you don't know.");
        assertThat(distance.getText()).isEqualTo("-3");
        assertThat(distance.getPseudoClassStates().toString()).contains("danger");
    }

    /**
     * Review (new user): beside the buttons the error had a narrow column and ran over five lines, pushing the Move row
     * down. Failed before the fix: the error about 160 px wide in a 460 px form, five lines tall.
     */
    @Test
    void aMistakeSpansTheFormsWidthUnderTheButtons(final FxRobot robot) {
        final TextField distance = robot.lookup("#today-distance").queryAs(TextField.class);
        robot.interact(() -> distance.setText("lots"));
        robot.clickOn(robot.lookup("#today-done").queryButton());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();

        final Label error = robot.lookup("#today-error").queryAs(Label.class);
        final javafx.scene.layout.Region form = robot.lookup("#today-tickoff").queryAs(javafx.scene.layout.Region.class);
        final double inner = form.getWidth() - form.snappedLeftInset() - form.snappedRightInset();
        assertThat(error.getWidth()).as("the error's width").isGreaterThanOrEqualTo(inner - 2);
        assertThat(error.getHeight()).as("at most two lines").isLessThan(error.getFont().getSize() * 3.2);
        final javafx.scene.Node done = robot.lookup("#today-done").query();
        assertThat(error.localToScene(error.getLayoutBounds()).getMinY()).as("under the buttons")
                .isGreaterThanOrEqualTo(done.localToScene(done.getLayoutBounds()).getMaxY());
    }

    @Test
    void withoutWeatherTheOutfitScreenIsOneClickAway(final FxRobot robot) {
        robot.clickOn("#today-open-outfit");
        assertThat(window.viewModel().currentProperty().get()).isEqualTo(Screen.OUTFIT);
    }

    @Test
    void aBadDistanceMarksItsFieldWithTheErrorAsATooltip(final FxRobot robot) {
        final TextField distance = robot.lookup("#today-distance").queryAs(TextField.class);
        robot.interact(() -> distance.setText("five"));
        robot.clickOn(robot.lookup("#today-done").queryButton());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();

        assertThat(distance.getPseudoClassStates()).extracting(Object::toString).contains("danger");
        // The field itself carries the one-line message as its tooltip (no ✕ graphic over its corner any more).
        assertThat(distance.getTooltip()).isNotNull();
        assertThat(java.util.List.of(distance.getTooltip())).anySatisfy(t -> assertThat(t.getText()).startsWith("Distance: give a number"));
    }
}
