package app.stride.tracking;

import app.stride.common.Coded;
import java.util.Optional;

/** How a logged session went: run as planned, run but cut short, or not run at all. */
public enum RunStatus implements Coded {
    DONE("done"),
    PARTIAL("partial"),
    SKIPPED("skipped");

    private final String code;

    RunStatus(final String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Whether the runner went out: done and partial count as a run, skipped does not. */
    public boolean ran() {
        return this != SKIPPED;
    }

    public static Optional<RunStatus> parse(final String text) {
        return Coded.parse(RunStatus.class, text);
    }

    /** "done, partial, skipped", for messages that list what is allowed. */
    public static String codes() {
        return Coded.codes(RunStatus.class);
    }
}
