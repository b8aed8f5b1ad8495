package app.stride.ui.today;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.app.StrideServices;
import app.stride.plan.PlanRepository.SavedSession;
import app.stride.tracking.RunReport;
import app.stride.ui.UiTestBench;
import app.stride.ui.shell.Screen;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * New-user review: Tab through Today with a session for today, done and not done; every stop shows where the focus
 * is, all of its ring (the accent ring the sidebar and buttons have; text fields keep the theme's own). The second
 * stop from the sidebar, "Add your why", sits at the content's left edge, and the scroll viewport cut its ring off
 * there.
 */
@ExtendWith(ApplicationExtension.class)
class TodayFocusRingUiTest {

    @TempDir
    Path dir;

    private Stage stage;

    @Start
    void start(final Stage s) {
        stage = s;
    }

    private static boolean ringed(final Node n) {
        if (n instanceof TextInputControl) {
            return true;
        }
        if (!(n instanceof Region r)) {
            return false;
        }
        final Border b = r.getBorder();
        return b != null && b.getStrokes().stream().map(BorderStroke::getTopStroke)
                .anyMatch(p -> p instanceof Color c && c.getOpacity() > 0.5) && !clipped(r, b);
    }

    /**
     * Whether the screen's scroll viewport cuts the ring off: drawn outside the control (negative insets), a ring on a
     * control at the viewport's edge showed only in part ("Add your why", at the left edge of the content).
     */
    private static boolean clipped(final Region r, final Border b) {
        final javafx.geometry.Insets out = b.getOutsets();
        final javafx.geometry.Bounds own = r.localToScene(r.getLayoutBounds());
        final double minX = own.getMinX() - out.getLeft();
        final double maxX = own.getMaxX() + out.getRight();
        for (Node p = r.getParent(); p != null; p = p.getParent()) {
            if (p instanceof javafx.scene.control.ScrollPane pane) {
                final Node viewport = pane.lookup(".viewport");
                final javafx.geometry.Bounds view = viewport.localToScene(viewport.getLayoutBounds());
                return minX < view.getMinX() - 0.5 || maxX > view.getMaxX() + 0.5;
            }
        }
        return false;
    }

    private List<String> unringedStops(final FxRobot robot, final boolean done) {
        final UiTestBench bench = UiTestBench.on(dir, TodayViewModelTest.clockOn(TodayViewModelTest.TODAY));
        final StrideServices services = bench.services();
        TodayViewModelTest.savePlan(services);
        if (done) {
            final SavedSession today = services.plans().current().orElseThrow().sessions().stream()
                    .filter(s -> s.date().equals(TodayViewModelTest.TODAY)).findFirst().orElseThrow();
            services.tickOff().done(today.id(), new RunReport(Optional.of(5000.0), Optional.empty(), Optional.empty(),
                    Optional.empty(), ""));
        }
        robot.interact(() -> bench.show(stage, UiTestBench.SMALL, Screen.TODAY));
        bench.settle(robot);
        final List<String> missing = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            robot.type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            final Node owner = stage.getScene().getFocusOwner();
            if (!ringed(owner)) {
                missing.add(i + ": " + owner);
            }
        }
        return missing;
    }

    @Test
    void everyTabStopShowsItsRingWithTodaysSessionOpen(final FxRobot robot) {
        assertThat(unringedStops(robot, false)).isEmpty();
    }

    @Test
    void everyTabStopShowsItsRingWithTodaysSessionDone(final FxRobot robot) {
        assertThat(unringedStops(robot, true)).isEmpty();
    }
}
