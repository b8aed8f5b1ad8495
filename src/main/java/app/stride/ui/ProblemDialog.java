package app.stride.ui;

import app.stride.common.Messages;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;

/** Catches what nothing else caught: logs it to the data folder and tells the runner in plain words. */
public final class ProblemDialog implements Thread.UncaughtExceptionHandler {

    private static final Logger LOG = Logger.getLogger(ProblemDialog.class.getName());

    private final Path logFile;
    private boolean showing;

    public ProblemDialog(final Path logFile) {
        this.logFile = logFile;
    }

    /** Installs this as the handler for every thread, the JavaFX thread included. */
    public void install() {
        Thread.setDefaultUncaughtExceptionHandler(this);
        if (Platform.isFxApplicationThread()) {
            Thread.currentThread().setUncaughtExceptionHandler(this);
        }
    }

    @Override
    public void uncaughtException(final Thread thread, final Throwable error) {
        LOG.log(Level.SEVERE, "uncaught in " + thread.getName(), error);
        if (Platform.isFxApplicationThread()) {
            show(error);
        } else {
            Platform.runLater(() -> show(error));
        }
    }

    private void show(final Throwable error) {
        // One dialog at a time: a failure that repeats on every frame must not bury the runner in windows.
        if (showing) {
            return;
        }
        showing = true;
        try {
            final Alert alert = new Alert(Alert.AlertType.ERROR, Messages.get("problem.body", describe(error), logFile), ButtonType.OK);
            alert.setTitle(Messages.get("app.name"));
            alert.setHeaderText(Messages.get("problem.title"));
            alert.showAndWait();
        } finally {
            showing = false;
        }
    }

    private static String describe(final Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        final String message = root.getMessage();
        return message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
    }

    /** Shows a problem the app knows how to describe, e.g. a database from a newer Stride. */
    public static void showFatal(final String message) {
        final Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.setTitle(Messages.get("app.name"));
        alert.setHeaderText(Messages.get("problem.cannotStart"));
        alert.showAndWait();
    }
}
