package app.stride.plan;

import app.stride.common.Coded;
import java.util.Optional;

/** Where a planned session stands: still to run, ticked off as run, or let go. The code is what the store keeps. */
public enum SessionStatus implements Coded {
    PLANNED("planned"),
    DONE("done"),
    SKIPPED("skipped"),
    /** Allowed by the first schema for a session moved away; Stride never wrote it (a move keeps the session planned). */
    MOVED("moved");

    private final String code;

    SessionStatus(final String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Still to run: the runner can tick it off, skip or move it. */
    public boolean isOpen() {
        return this == PLANNED;
    }

    /** The status stored as {@code code}. */
    public static Optional<SessionStatus> parse(final String code) {
        return Coded.parse(SessionStatus.class, code);
    }
}
