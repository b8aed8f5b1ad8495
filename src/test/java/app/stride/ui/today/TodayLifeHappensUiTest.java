package app.stride.ui.today;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.app.StrideServices;
import app.stride.plan.PlanRepository.PlanVersion;
import app.stride.plan.PlanRepository.SavedSession;
import app.stride.ui.UiTestBench;
import app.stride.ui.shell.MainWindow;
import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Today at the smallest supported window, 1120×720: tick-off in view, life happens previewed, applied and undone. */
@ExtendWith(ApplicationExtension.class)
class TodayLifeHappensUiTest {

    @TempDir
    Path dir;

    private UiTestBench bench;
    private MainWindow window;
    private StrideServices services;
    private Stage stage;

    @Start
    void start(final Stage stage) {
        this.stage = stage;
        bench = UiTestBench.on(dir, TodayViewModelTest.clockOn(TodayViewModelTest.TODAY));
        services = bench.services();
        TodayViewModelTest.savePlan(services);
        window = bench.show(stage);
    }

    private void settle(final FxRobot robot) {
        bench.settle(robot);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private SavedSession today() {
        return services.tickOff().today().today().orElseThrow();
    }

    private static void assertInWindow(final Node node, final Stage stage) {
        final Bounds b = node.localToScene(node.getBoundsInLocal());
        assertThat(node.isVisible()).isTrue();
        assertThat(b.getMinX()).isGreaterThanOrEqualTo(0);
        assertThat(b.getMinY()).isGreaterThanOrEqualTo(0);
        assertThat(b.getMaxX()).as("right edge inside the window").isLessThanOrEqualTo(stage.getScene().getWidth());
        assertThat(b.getMaxY()).as("bottom edge inside the window, no scrolling").isLessThanOrEqualTo(stage.getScene().getHeight());
    }

    @Test
    void doneStaysInViewWithTheShellNoticeATodayNoticeAndAFormErrorAllShowing(final FxRobot robot) {
        settle(robot);
        // The shell's notice: a re-plan accepted in its banner.
        robot.interact(() -> window.adaptBanner().accept());
        assertThat(window.adaptBanner().doneProperty().get()).isNotEmpty();
        settle(robot);
        // Today's notice, with Undo: today's session shortened (life happens), the tick-off form still open.
        robot.interact(() -> {
            robot.lookup("#life-minutes").queryAs(TextField.class).setText("20");
            robot.lookup("#life-shorten").queryButton().fire();
        });
        robot.interact(() -> robot.lookup("#life-apply").queryButton().fire());
        settle(robot);
        assertThat(robot.lookup("#today-message").queryAs(javafx.scene.control.Label.class).getText()).isNotEmpty();
        // The form's error: a time that is not one.
        robot.interact(() -> {
            robot.lookup("#today-distance").queryAs(javafx.scene.control.TextField.class).setText("4.2");
            robot.lookup("#today-duration").queryAs(javafx.scene.control.TextField.class).setText("32:75");
            robot.lookup("#today-done").queryButton().fire();
        });
        settle(robot);
        assertThat(robot.lookup("#today-error").queryAs(javafx.scene.control.Label.class).getText()).startsWith("Time: give");

        final Node done = robot.lookup("#today-done").query();
        assertInWindow(done, stage);
        final Node scroll = robot.lookup(".screen-scroll").match(Node::isVisible).query();
        final Bounds view = scroll.localToScene(scroll.getBoundsInLocal());
        assertThat(done.localToScene(done.getBoundsInLocal()).getMaxY()).as("inside the screen's visible part, no scrolling")
                .isLessThanOrEqualTo(view.getMaxY());
    }

    @Test
    void theTickOffAndLifeHappensAreInViewWithoutScrolling(final FxRobot robot) {
        settle(robot);
        assertThat(stage.getScene().getHeight()).isLessThanOrEqualTo(720);
        assertInWindow(robot.lookup("#today-done").queryButton(), stage);
        assertInWindow(robot.lookup("#today-skip").queryButton(), stage);
        assertInWindow(robot.lookup("#life-shorten").queryButton(), stage);
        assertThat(robot.lookup("#today-where").queryAs(Label.class).getText()).contains("Week 2 of 8").contains("days to your race");
    }

    @Test
    void onlyThirtyMinutesShortensTodaysSessionWithAPreviewAndUndoRestoresIt(final FxRobot robot) {
        settle(robot);
        final PlanVersion before = services.plans().currentVersion().orElseThrow();
        final int planned = today().durationS().orElseThrow();
        final int minutes = Math.min(30, planned / 60 - 5);
        final TextField field = robot.lookup("#life-minutes").queryAs(TextField.class);
        robot.interact(() -> field.setText(Integer.toString(minutes)));
        robot.clickOn(robot.lookup("#life-shorten").queryButton());

        assertThat(robot.lookup("#life-preview").query().isVisible()).isTrue();
        assertThat(robot.lookup("#life-preview-title").queryAs(Label.class).getText()).contains("Only " + minutes + " min");
        assertThat(services.plans().currentVersion().orElseThrow()).as("a preview stores nothing").isEqualTo(before);

        robot.clickOn(robot.lookup("#life-apply").queryButton());
        settle(robot);
        assertThat(today().durationS().orElseThrow()).isLessThanOrEqualTo(minutes * 60);
        assertThat(robot.lookup("#today-session-description").queryAs(Label.class).getText()).startsWith("Shortened to " + minutes + " min.");
        assertThat(robot.lookup("#life-preview").query().isVisible()).isFalse();

        robot.clickOn(robot.lookup("#today-message-undo").queryButton());
        settle(robot);
        assertThat(services.plans().currentVersion().orElseThrow()).isEqualTo(before);
        assertThat(robot.lookup("#today-session-description").queryAs(Label.class).getText()).doesNotStartWith("Shortened");
    }

    @Test
    void afterDoneTodayShowsWhatWasLoggedNotThePlan(final FxRobot robot) {
        settle(robot);
        final TextField distance = robot.lookup("#today-distance").queryAs(TextField.class);
        final TextField time = robot.lookup("#today-duration").queryAs(TextField.class);
        robot.interact(() -> {
            distance.setText("5.2");
            time.setText("33:48");
        });
        robot.clickOn(robot.lookup("#today-done").queryButton());
        settle(robot);

        assertThat(robot.lookup("#today-logged").queryAs(Label.class).getText()).isEqualTo("5.2 km  ·  33:48  ·  6:30 /km");
        assertThat(robot.lookup("#today-session-facts").queryAs(Label.class).getText()).startsWith("Planned:");
    }

    @Test
    void enterInAFieldDoesNotTickTheSessionOff(final FxRobot robot) {
        settle(robot);
        // The note is several lines now, as in the Log (Enter starts a line there): the one-line fields are the test.
        final TextField time = robot.lookup("#today-duration").queryAs(TextField.class);
        robot.interact(time::clear);
        robot.clickOn("#today-duration").write("31").type(KeyCode.ENTER);
        settle(robot);

        assertThat(today().status()).isEqualTo(app.stride.plan.SessionStatus.PLANNED);
        assertThat(robot.lookup("#today-tickoff").query().isVisible()).isTrue();
        assertThat(time.getText()).isEqualTo("31");
    }

    @Test
    void lettingTheSessionGoCanBeUndoneFromTheMessage(final FxRobot robot) {
        settle(robot);
        robot.clickOn(robot.lookup("#today-skip").queryButton());
        settle(robot);
        assertThat(today().status()).isEqualTo(app.stride.plan.SessionStatus.SKIPPED);

        robot.clickOn(robot.lookup("#today-message-undo").queryButton());
        settle(robot);
        assertThat(today().status()).isEqualTo(app.stride.plan.SessionStatus.PLANNED);
        assertThat(robot.lookup("#today-message-undo").query().isVisible()).isFalse();
    }

    @Test
    void theWhyIsEditedInPlaceAndKept(final FxRobot robot) {
        settle(robot);
        robot.clickOn(robot.lookup("#today-why-edit").queryButton());
        robot.clickOn("#today-why-field").write("To keep up with my kids").type(KeyCode.ENTER);
        settle(robot);

        assertThat(robot.lookup("#today-why").queryAs(Label.class).getText()).isEqualTo("To keep up with my kids");
        assertThat(services.why().get()).contains("To keep up with my kids");
    }

    @Test
    void theButtonsSayTheirWholeName(final FxRobot robot) {
        settle(robot);
        for (String id : new String[] {"#today-done", "#today-partial", "#today-skip", "#today-move", "#life-shorten", "#life-ease",
                "#life-weather"}) {
            final Button b = robot.lookup(id).queryButton();
            final javafx.scene.text.Text probe = new javafx.scene.text.Text(b.getText());
            probe.setFont(b.getFont());
            assertThat(b.getWidth()).as("%s shows \"%s\" whole", id, b.getText()).isGreaterThan(probe.getLayoutBounds().getWidth());
        }
    }
}
