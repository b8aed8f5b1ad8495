package app.stride.ui.today;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.ui.UiTestBench;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Today at 1120×720 after ticking off: the "Done!" notice sits beside the why without squeezing it onto two lines. */
@ExtendWith(ApplicationExtension.class)
class TodayDoneNoticeUiTest {

    @TempDir
    Path dir;

    private UiTestBench bench;

    @Start
    void start(final Stage stage) {
        bench = UiTestBench.on(dir, TodayViewModelTest.clockOn(TodayViewModelTest.TODAY));
        TodayViewModelTest.savePlan(bench.services());
        bench.services().why().set("Run the parkrun with my sister before she moves away");
        bench.show(stage);
    }

    @Test
    void theWhyStaysOnOneLineBesideTheDoneNotice(final FxRobot robot) {
        bench.settle(robot);
        robot.interact(() -> robot.lookup("#today-done").queryButton().fire());
        bench.settle(robot);
        final Label message = robot.lookup("#today-message").queryAs(Label.class);
        assertThat(message.getText()).startsWith("Done!");
        assertThat(message.isVisible()).isTrue();

        final Label why = robot.lookup("#today-why").queryAs(Label.class);
        assertThat(why.getText()).startsWith("Run the parkrun");
        // Given at least its one-line width, the label does not wrap (the review saw it squeezed onto two lines).
        assertThat(why.getWidth()).as("why's width against its one-line width").isGreaterThanOrEqualTo(why.prefWidth(-1) - 0.5);
        // And the notice keeps room to be read.
        assertThat(message.getWidth()).isGreaterThan(150);
    }

    @Test
    void theNoticesCloseButtonHasItsTooltipOnceThePointerComesToIt(final FxRobot robot) {
        bench.settle(robot);
        final javafx.scene.control.Button close = robot.lookup("#today-message-close").queryButton();
        // Made on the first hover, on the UI thread (a tooltip is a window, and Today may be built off the UI thread).
        assertThat(close.getTooltip()).as("no tooltip window before the pointer comes").isNull();
        robot.interact(() -> robot.lookup("#today-done").queryButton().fire());
        bench.settle(robot);
        assertThat(close.getTooltip()).as("shown, not hovered yet").isNull();
        robot.moveTo(close);
        assertThat(close.getTooltip()).isNotNull();
        assertThat(close.getTooltip().getText()).isEqualTo(close.getAccessibleText());
    }
}
