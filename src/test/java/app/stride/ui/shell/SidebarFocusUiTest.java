package app.stride.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.ui.UiTestBench;
import java.nio.file.Path;
import java.time.LocalDateTime;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * New-user review (issue 11): the sidebar is one Tab stop, like a desktop app's source list (Finder, Mail, Things):
 * Tab reaches the screen shown, the arrows move along it, Tab goes on to the screen. The focus ring must show on the
 * item the arrows moved to: it did not (focus given by code is not "focus-visible"), so a keyboard user lost track.
 */
@ExtendWith(ApplicationExtension.class)
class SidebarFocusUiTest {

    @TempDir
    Path dir;

    private UiTestBench bench;

    @Start
    void start(final Stage stage) {
        bench = UiTestBench.at(dir, LocalDateTime.of(2027, 1, 6, 7, 0));
        bench.show(stage, UiTestBench.SMALL, Screen.SETTINGS);
    }

    private static Node focused(final FxRobot robot) {
        return robot.listTargetWindows().get(0).getScene().getFocusOwner();
    }

    private static boolean ringShows(final ToggleButton b) {
        b.applyCss();
        final Region r = b;
        return r.getBorder() != null && r.getBorder().getStrokes().stream()
                .anyMatch(s -> s.getTopStroke() instanceof Color c && c.getOpacity() > 0 && s.getWidths().getTop() >= 2);
    }

    @Test
    void theSidebarIsOneTabStopOnTheScreenShownAndTabGoesOnToTheScreen(final FxRobot robot) {
        bench.go(robot, Screen.PLAN);
        final ToggleButton plan = robot.lookup("#nav-plan").queryAs(ToggleButton.class);
        robot.interact(plan::requestFocus);

        robot.type(KeyCode.TAB);
        final Node next = focused(robot);
        assertThat(next.getId()).as("Tab leaves the sidebar at once").satisfiesAnyOf(
                id -> assertThat(id).isNull(), id -> assertThat(id).doesNotStartWith("nav-"));
        // Shift+Tab comes back to the screen shown, not the last item in the list.
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        assertThat(focused(robot)).isSameAs(plan);
    }

    /** Shift+Tab from the window's first control came to Settings though Plan was shown (seen under Xvfb). Failed before. */
    @Test
    void onlyTheScreenShownTakesTabSoShiftTabFromTheStartLandsOnIt(final FxRobot robot) {
        bench.go(robot, Screen.PLAN);
        final java.util.List<ToggleButton> items = robot.lookup(".nav-item").queryAllAs(ToggleButton.class).stream().toList();
        assertThat(items).hasSize(Screen.values().length);
        assertThat(items.stream().filter(javafx.scene.Node::isFocusTraversable).map(javafx.scene.Node::getId))
                .containsExactly("nav-plan");
        robot.interact(() -> robot.lookup("#nav-plan").queryAs(ToggleButton.class).requestFocus());
        robot.type(KeyCode.DOWN);
        assertThat(items.stream().filter(javafx.scene.Node::isFocusTraversable).map(javafx.scene.Node::getId))
                .containsExactly("nav-log");
    }

    @Test
    void theFocusRingShowsOnTheItemTheArrowsMovedTo(final FxRobot robot) {
        bench.go(robot, Screen.PLAN);
        final ToggleButton plan = robot.lookup("#nav-plan").queryAs(ToggleButton.class);
        robot.interact(plan::requestFocus);
        robot.type(KeyCode.DOWN);
        final ToggleButton log = robot.lookup("#nav-log").queryAs(ToggleButton.class);
        assertThat(log.isFocused()).isTrue();
        robot.interact(() -> assertThat(ringShows(log)).as("a ring on Log").isTrue());
        robot.interact(() -> assertThat(ringShows(plan)).as("none left on Plan").isFalse());
    }

    @Test
    void aClickGivesNoRing(final FxRobot robot) {
        robot.clickOn("#nav-log");
        final ToggleButton log = robot.lookup("#nav-log").queryAs(ToggleButton.class);
        robot.interact(() -> assertThat(ringShows(log)).isFalse());
    }
}
