package app.stride.ui;

import app.stride.app.StrideServices;
import app.stride.common.CannotContinueException;
import app.stride.common.Messages;
import app.stride.settings.Settings;
import app.stride.settings.WindowPlacement;
import app.stride.store.DataFolder;
import app.stride.store.DataFolderLock;
import app.stride.store.StoreException;
import app.stride.store.StoreProblem;
import app.stride.ui.shell.MainWindow;
import app.stride.ui.shell.StartupIcons;
import app.stride.ui.shell.ThemeSwitcher;
import app.stride.ui.task.FxTaskRunner;
import app.stride.ui.today.TodayViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/** The JavaFX application: opens the data off the UI thread, then shows the main window where it was last. */
public final class StrideApp extends Application {

    private static final Logger LOG = Logger.getLogger(StrideApp.class.getName());

    private FxTaskRunner tasks;
    /** Held while the window is open: a second window on the same folder says so instead of writing alongside. */
    private volatile AutoCloseable lock;
    private SingleWindow singleWindow;

    /** Opens the window on the given data folder (or the default one) and returns when it closes. */
    public static void launchWindow(final Optional<Path> dataDir) {
        launchWindow(dataDir, () -> { });
    }

    /** Run a few seconds after the window is shown (the start's JIT setting is undone there, see {@code StartupCompiler}). */
    private static volatile Runnable afterStart = () -> { };

    /** As {@link #launchWindow(Optional)}, running {@code started} on a worker a few seconds after the first frame. */
    public static void launchWindow(final Optional<Path> dataDir, final Runnable started) {
        afterStart = started;
        StartupClasses.preloadInBackground();
        // Open the data while the toolkit starts (they take about as long as each other): the window waits for neither alone.
        final DataFolder folder = DataFolder.forThisMachine(dataDir);
        final FxTaskRunner tasksAhead = buildAhead() ? new FxTaskRunner() : null;
        earlyTasks = tasksAhead;
        early = CompletableFuture.supplyAsync(() -> withWindow(openData(folder), tasksAhead), runnable -> {
            final Thread t = new Thread(runnable, "stride-open-data");
            t.setDaemon(true);
            t.start();
        });
        app.stride.common.StartupMarks.mark("launch");
        try {
            Application.launch(StrideApp.class, dataDir.map(d -> "--data-dir=" + d).stream().toArray(String[]::new));
        } catch (UnsupportedOperationException | IllegalStateException e) {
            // JavaFX says "Unable to open DISPLAY" when there is no screen: say so plainly, without a stack trace.
            throw new CannotContinueException(Messages.get("cli.error.noDisplay"), e);
        }
        final Throwable failed = startFailure;
        if (failed != null) {
            // The window never opened (the runner may not have seen a dialog either): the process ends with an error.
            throw new CannotContinueException(Messages.get("app.startFailed", String.valueOf(failed.getMessage()), folder.logFile()), failed);
        }
    }

    /** Why the window could not open, once {@link #fatal} said so; {@link #launchWindow} then ends with an error. */
    private static volatile Throwable startFailure;

    /**
     * Opened once the toolkit is up ({@link #init()}): a window built ahead waits for it, since a control made before
     * the toolkit (or its theme) is up can break JavaFX's control classes for the whole process.
     */
    private static final java.util.concurrent.CountDownLatch TOOLKIT_UP = new java.util.concurrent.CountDownLatch(1);

    /** What the window needs before it can be shown, read in one background step. */
    private record Startup(AutoCloseable lock, StrideServices services, Settings settings, WindowPlacement placement,
                           TodayViewModel.Loaded today, Optional<MainWindow> window) {
    }

    /**
     * The task runner, made before the toolkit so the window can be built ahead with it; its results are only ever
     * delivered once the window is shown, on the UI thread.
     */
    private static volatile FxTaskRunner earlyTasks;

    /**
     * Whether the start builds the window on its data thread: only with {@code -Dstride.buildAhead=true}. It moves CPU
     * off the UI thread but showed no gain in wall time to the first frame (docs/performance.md), and a mistake in it
     * (a control made before the toolkit is up) can keep the window from opening, so it is an experiment, off by default.
     */
    static boolean buildAhead() {
        return "true".equalsIgnoreCase(System.getProperty("stride.buildAhead"));
    }

    /** Started by {@link #launchWindow} before the toolkit, so opening the data overlaps its start. */
    private static volatile CompletableFuture<Startup> early;

    /** Takes the folder's lock, then opens and reads what the first frame needs; the lock is let go if that fails. */
    private static Startup openData(final DataFolder folder) {
        final DataFolderLock held = DataFolderLock.acquire(folder);
        try {
            final StrideServices services = StrideServices.open(folder, Clock.systemDefaultZone());
            // Today's data is read here, while the toolkit is still starting, and handed to Today: its first frame does
            // not wait for a second trip through the database thread once the window is built (issue 11). The folder's
            // lock is held from before this read, so no other process can write in between.
            final TodayViewModel.Loaded today = services.unitOfWork().run(() -> TodayViewModel.read(services.tickOff(),
                    services.outfit(), services.weather(), services.shoes()));
            final Startup startup = new Startup(held, services, services.settings().load(), services.settings().loadWindowPlacement(),
                    today, Optional.empty());
            app.stride.common.StartupMarks.mark("data read");
            return startup;
        } catch (RuntimeException e) {
            held.close();
            throw e;
        }
    }

    /**
     * With {@link #buildAhead()}: builds the window's nodes and Today's view on this (the data) thread once the toolkit
     * is up (issue 11; figures in docs/performance.md). JavaFX lets nodes be made on any thread while they are in no
     * scene; the theme is handed to the toolkit first, so no control loads Modena.
     */
    private static Startup withWindow(final Startup opened, final FxTaskRunner tasks) {
        if (tasks == null) {
            return opened;
        }
        try {
            TOOLKIT_UP.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return opened;
        }
        return builtAheadOrLeft(() -> MainWindow.builtAhead(opened.services(), tasks, opened.settings(), Optional.of(opened.today())),
                opened.lock()).map(window -> {
                    app.stride.common.StartupMarks.mark("window built ahead");
                    return new Startup(opened.lock(), opened.services(), opened.settings(), opened.placement(), opened.today(),
                            Optional.of(window));
                }).orElse(opened);
    }

    /**
     * The window {@code build} makes, or empty when it fails with an exception: only a lost head start, the UI thread
     * builds it. A {@link LinkageError} (a JavaFX class that failed to initialise) is never carried on from: every
     * later control would fail too, so it is logged as severe, the folder's lock is let go and the error goes on to
     * end the start.
     */
    static <W> Optional<W> builtAheadOrLeft(final java.util.function.Supplier<W> build, final AutoCloseable lock) {
        try {
            return Optional.of(build.get());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "window not built ahead; the UI thread builds it", e);
            return Optional.empty();
        } catch (LinkageError e) {
            LOG.log(Level.SEVERE, "building the window ahead broke JavaFX's classes; the window cannot open", e);
            try {
                lock.close();
            } catch (Exception notHeld) {
                LOG.log(Level.FINE, "lock already gone", notHeld);
            }
            throw e;
        }
    }

    private static Startup joined(final CompletableFuture<Startup> opening) {
        try {
            return opening.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** Runs once the toolkit is up, just before {@link #start}, on the launcher thread. */
    @Override
    public void init() {
        TOOLKIT_UP.countDown();
        StartupIcons.loadIconsAhead();
    }

    @Override
    public void start(final Stage stage) {
        app.stride.common.StartupMarks.mark("fx start");
        ThemeSwitcher.toolkitStarted();
        final DataFolder folder = DataFolder.forThisMachine(
                Optional.ofNullable(getParameters().getNamed().get("data-dir")).map(Path::of));
        new ProblemDialog(folder.logFile()).install();
        app.stride.ui.common.OpenFolder.install(getHostServices());
        tasks = earlyTasks != null ? earlyTasks : new FxTaskRunner();
        // Decoding the eight icon sizes (up to 512 px) took ~250 ms of the UI thread before the first frame under load;
        // done alongside building the window instead (an Image may be made on any thread).
        final CompletableFuture<java.util.List<javafx.scene.image.Image>> icons = CompletableFuture.supplyAsync(app.stride.ui.shell.StartupIcons::icons,
                runnable -> {
                    final Thread t = new Thread(runnable, "stride-icons");
                    t.setDaemon(true);
                    t.start();
                }).exceptionally(e -> {
                    LOG.log(Level.WARNING, "no window icons", e);
                    return java.util.List.of();
                });
        final CompletableFuture<Startup> opening = early != null ? early : CompletableFuture.completedFuture(null);
        tasks.run(() -> {
            final Startup opened = early != null ? joined(opening) : openData(folder);
            lock = opened.lock();
            dailyBackup(opened.services());
            return opened;
        }, startup -> {
            app.stride.common.StartupMarks.mark("data on fx");
            final MainWindow window;
            if (startup.window().isPresent()) {
                window = startup.window().get();
                window.showFirstScreen();
            } else {
                window = new MainWindow(startup.services(), tasks, startup.settings(), Optional.of(startup.today()));
            }
            app.stride.common.StartupMarks.mark("window built");
            window.attach(stage, startup.placement(), icons.join());
            app.stride.common.StartupMarks.mark("attached");
            if (StartupProbe.requested()) {
                StartupProbe.watch(stage.getScene(), window.viewModel()::navigate);
            }
            final boolean[] shown = {false};
            final Runnable show = () -> {
                if (shown[0]) {
                    return;
                }
                shown[0] = true;
                if (app.stride.common.StartupMarks.enabled()) {
                    // Split stage.show() into its parts for the marks: styling (with each control's first skin) and layout.
                    stage.getScene().getRoot().applyCss();
                    app.stride.common.StartupMarks.mark("styled");
                    stage.getScene().getRoot().layout();
                    app.stride.common.StartupMarks.mark("laid out");
                }
                stage.show();
                app.stride.common.StartupMarks.mark("shown");
                window.prepareScreensWhenIdle();
                final javafx.animation.PauseTransition settled = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(3));
                settled.setOnFinished(e -> afterStart.run());
                settled.play();
                LOG.info("window shown on " + folder.path());
            };
            // Shown once the first screen has drawn its own read (the first thing queued on the database thread): the
            // first frame is then Today with its data, styled and laid out once, instead of the "no plan yet"
            // invitation flashing up and the whole screen being styled a second time a moment later (issue 11).
            // The data was read while the toolkit started, so this waits for pages in SQLite's cache; a second at most.
            window.whenShownScreenLoaded(show);
            final javafx.animation.PauseTransition atMost = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(1));
            atMost.setOnFinished(e -> show.run());
            atMost.play();
            keepDailyBackups(startup.services());
            try {
                singleWindow = SingleWindow.listen(folder.path(), () -> Platform.runLater(() -> {
                    stage.setIconified(false);
                    stage.toFront();
                    stage.requestFocus();
                }));
            } catch (java.io.IOException e) {
                LOG.log(Level.INFO, "a second start will say the data is in use instead of raising this window", e);
            }
        }, error -> {
            if (error instanceof StoreException se && se.problem() == StoreProblem.IN_USE) {
                // Another window has this folder: ask it to come forward (off the UI thread: it waits up to 2 s).
                tasks.run(() -> SingleWindow.askToRaise(folder.path(), java.time.Duration.ofSeconds(2)), raised -> {
                    if (raised) {
                        LOG.info("brought the window already open on " + folder.path() + " to the front");
                        Platform.exit();
                    } else {
                        fatal(folder, error);
                    }
                }, e -> fatal(folder, error));
                return;
            }
            fatal(folder, error);
        });
    }

    /** A window left open past midnight still gets the next day's copy: checked every hour, on the worker thread. */
    private void keepDailyBackups(final StrideServices services) {
        final javafx.animation.Timeline hourly = new javafx.animation.Timeline(new javafx.animation.KeyFrame(
                javafx.util.Duration.hours(1), e -> tasks.run(() -> dailyBackup(services), error -> { })));
        hourly.setCycleCount(javafx.animation.Animation.INDEFINITE);
        hourly.play();
    }

    /** Once a day while Stride is used (issue 10); a failed copy is logged, never in the runner's way. */
    private static void dailyBackup(final StrideServices services) {
        try {
            services.backups().dailyIfDue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "daily backup failed", e);
        }
    }

    private static void fatal(final DataFolder folder, final Throwable error) {
        LOG.log(Level.SEVERE, "cannot open " + folder.path(), error);
        startFailure = error;
        try {
            ProblemDialog.showFatal(error.getMessage());
        } catch (LinkageError | RuntimeException noDialog) {
            // JavaFX's controls themselves failed: the message goes to the terminal instead (launchWindow).
            LOG.log(Level.SEVERE, "could not show why the window cannot open", noDialog);
        }
        Platform.exit();
    }

    @Override
    public void stop() {
        if (tasks != null && !tasks.close(FxTaskRunner.CLOSE_BOUND)) {
            // The runner was told these were being saved: never let them vanish without a word (FxTaskRunner logs how many).
            final javafx.scene.control.Alert alert = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.WARNING,
                    Messages.get("task.close.unsaved", tasks.unfinishedWrites()), javafx.scene.control.ButtonType.OK);
            alert.setTitle(Messages.get("app.name"));
            alert.setHeaderText(null);
            try {
                alert.showAndWait();
            } catch (IllegalStateException duringPulse) {
                LOG.log(Level.WARNING, "could not say that changes may be unsaved", duringPulse); // the count is in the log
            }
        }
        if (singleWindow != null) {
            singleWindow.close();
        }
        releaseLock();
    }

    private void releaseLock() {
        final AutoCloseable held = lock;
        lock = null;
        if (held != null) {
            try {
                held.close();
            } catch (Exception e) {
                LOG.log(Level.FINE, "lock already gone", e); // the OS releases it with the process anyway
            }
        }
    }
}
