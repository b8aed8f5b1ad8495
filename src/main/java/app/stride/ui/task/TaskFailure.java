package app.stride.ui.task;

import app.stride.common.CannotContinueException;
import app.stride.common.InvalidInputException;
import app.stride.common.Messages;
import app.stride.common.SaysWhatHappened;
import app.stride.weather.WeatherException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What a runner reads when background work fails, and what goes to {@code stride.log}. Refusals of what the runner
 * asked for (bad input, weather unavailable) are already written in their words; anything else is a defect or a disk
 * problem, shown as a plain sentence pointing to the log, never as an exception's raw message.
 */
public final class TaskFailure {

    private static final Logger LOG = Logger.getLogger(TaskFailure.class.getName());

    private TaskFailure() {
    }

    /** Whether {@code e} carries a message written for the runner. */
    public static boolean isForTheRunner(final Throwable e) {
        return e instanceof InvalidInputException || e instanceof WeatherException || e instanceof CannotContinueException
                || e instanceof SaysWhatHappened s && s.saysWhatHappened();
    }

    /** One plain line for the screen: the runner-facing message, or "something went wrong, details in the log". */
    public static String message(final Throwable e) {
        if (isForTheRunner(e) && e.getMessage() != null && !e.getMessage().isBlank()) {
            return e.getMessage();
        }
        return Messages.get("task.failed");
    }

    /** Logs {@code e}: unexpected failures with their stack trace, refusals as one line. */
    static void log(final Throwable e) {
        if (isForTheRunner(e)) {
            LOG.log(Level.INFO, "refused: {0}", e.getMessage());
        } else {
            LOG.log(Level.WARNING, "background work failed", e);
        }
    }
}
