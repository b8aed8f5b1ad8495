package app.stride.ui;

import app.stride.app.StrideServices;
import app.stride.common.CannotContinueException;
import app.stride.common.Messages;
import app.stride.settings.Settings;
import app.stride.settings.WindowPlacement;
import app.stride.store.DataFolder;
import app.stride.ui.shell.MainWindow;
import app.stride.ui.task.FxTaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/** The JavaFX application: opens the data off the UI thread, then shows the main window where it was last. */
public final class StrideApp extends Application {

    private static final Logger LOG = Logger.getLogger(StrideApp.class.getName());

    private FxTaskRunner tasks;

    /** Opens the window on the given data folder (or the default one) and returns when it closes. */
    public static void launchWindow(final Optional<Path> dataDir) {
        try {
            Application.launch(StrideApp.class, dataDir.map(d -> "--data-dir=" + d).stream().toArray(String[]::new));
        } catch (UnsupportedOperationException | IllegalStateException e) {
            // JavaFX says "Unable to open DISPLAY" when there is no screen: say so plainly, without a stack trace.
            throw new CannotContinueException(Messages.get("cli.error.noDisplay"), e);
        }
    }

    /** What the window needs before it can be shown, read in one background step. */
    private record Startup(StrideServices services, Settings settings, WindowPlacement placement) {
    }

    @Override
    public void start(final Stage stage) {
        final DataFolder folder = DataFolder.forThisMachine(
                Optional.ofNullable(getParameters().getNamed().get("data-dir")).map(Path::of));
        new ProblemDialog(folder.logFile()).install();
        app.stride.ui.common.OpenFolder.install(getHostServices());
        tasks = new FxTaskRunner();
        tasks.run(() -> {
            final StrideServices services = StrideServices.open(folder, Clock.systemDefaultZone());
            dailyBackup(services);
            return new Startup(services, services.settings().load(), services.settings().loadWindowPlacement());
        }, startup -> {
            final MainWindow window = new MainWindow(startup.services(), tasks, startup.settings());
            window.attach(stage, startup.placement());
            stage.show();
            LOG.info("window shown on " + folder.path());
            keepDailyBackups(startup.services());
        }, error -> {
            LOG.log(Level.SEVERE, "cannot open " + folder.path(), error);
            ProblemDialog.showFatal(error.getMessage());
            Platform.exit();
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

    @Override
    public void stop() {
        if (tasks != null) {
            tasks.close();
        }
    }
}
