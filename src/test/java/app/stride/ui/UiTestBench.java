package app.stride.ui;

import app.stride.app.StrideServices;
import app.stride.plan.PlanRepository.SavedSession;
import app.stride.plan.adapt.ReplannerTest;
import app.stride.settings.WindowPlacement;
import app.stride.store.DataFolder;
import app.stride.tracking.RunReport;
import app.stride.ui.shell.MainWindow;
import app.stride.ui.shell.Screen;
import app.stride.ui.task.FxTaskRunner;
import app.stride.ui.task.ImmediateTaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real main window for a TestFX test: the services on a data folder with a fixed clock, the task runner that runs
 * work at once, and a window at a fixed size (1120×720, the smallest the app is drawn for, unless a test asks for
 * another).
 */
public final class UiTestBench {

    /** The window the app is checked at unless a test needs more room. */
    public static final WindowPlacement SMALL = new WindowPlacement(0, 0, 1120, 720, false);

    private final StrideServices services;
    private MainWindow window;
    /** The app's own task runner, when {@link #showAsTheApp} opened the window. */
    private Optional<FxTaskRunner> appTasks = Optional.empty();

    private UiTestBench(final StrideServices services) {
        this.services = services;
    }

    /** Services on {@code dir} whose clock stands still at {@code now}, UTC. */
    public static UiTestBench at(final Path dir, final LocalDateTime now) {
        return on(dir, Clock.fixed(now.toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    /** Services on {@code dir} with {@code clock}. */
    public static UiTestBench on(final Path dir, final Clock clock) {
        return new UiTestBench(StrideServices.open(new DataFolder(dir), clock));
    }

    /**
     * The 10K plan from 3 January 2027 ({@link ReplannerTest#tenK()}) as the current plan, every session up to and
     * including {@code runUntil} done as planned.
     */
    public UiTestBench withTenKRunUntil(final LocalDate runUntil) {
        services.plans().saveAsCurrent(ReplannerTest.tenK());
        for (SavedSession x : services.plans().current().orElseThrow().sessions()) {
            if (!x.date().isAfter(runUntil)) {
                services.tickOff().done(x.id(), new RunReport(x.distanceM(), Optional.empty(), Optional.empty(), Optional.empty(), ""));
            }
        }
        return this;
    }

    /** Opens the window at 1120×720 on the Today screen. */
    public MainWindow show(final Stage stage) {
        return show(stage, SMALL, Screen.TODAY);
    }

    /** Opens the window at {@code placement}, on {@code first}. */
    public MainWindow show(final Stage stage, final WindowPlacement placement, final Screen first) {
        window = new MainWindow(services, new ImmediateTaskRunner(), services.settings().load());
        window.attach(stage, placement);
        if (first != window.viewModel().currentProperty().get()) {
            window.viewModel().navigate(first);
        }
        stage.show();
        return window;
    }

    /**
     * Opens the window at 1120×720 with the app's own task runner, so the screens' data comes in later, as it does in
     * the app; {@link #close()} stops the runner.
     */
    public MainWindow showAsTheApp(final Stage stage) {
        final FxTaskRunner tasks = new FxTaskRunner();
        appTasks = Optional.of(tasks);
        window = new MainWindow(services, tasks, services.settings().load());
        window.attach(stage, SMALL);
        stage.show();
        return window;
    }

    /** Lets the window prepare its screens as the app does after start-up, then opens {@code screen}. */
    public void openPrepared(final FxRobot robot, final Screen screen) throws TimeoutException {
        robot.interact(window::prepareScreensWhenIdle);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, window::screensPrepared);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.viewModel().navigate(screen));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Stops the app's task runner, if {@link #showAsTheApp} started one. */
    public void close() {
        appTasks.ifPresent(FxTaskRunner::close);
    }

    public StrideServices services() {
        return services;
    }

    public MainWindow window() {
        return window;
    }

    /** Goes to {@code screen} and lets the window style and lay it out. */
    public void go(final FxRobot robot, final Screen screen) {
        robot.interact(() -> window.viewModel().navigate(screen));
        settle(robot);
    }

    /** Styles and lays out the window now, so sizes read next are the drawn ones. */
    public void settle(final FxRobot robot) {
        robot.interact(() -> {
            window.root().applyCss();
            window.root().layout();
        });
    }

    /** Whether the node {@code id} is in the window and it and every parent are visible. */
    public static boolean shown(final FxRobot robot, final String id) {
        return robot.lookup(id).tryQuery().map(n -> {
            for (Node p = n; p != null; p = p.getParent()) {
                if (!p.isVisible()) {
                    return false;
                }
            }
            return n.getScene() != null;
        }).orElse(false);
    }
}
