package app.stride.progress;

import java.util.List;

/** One line of the progress summary as data: a code and its arguments, rendered through the bundle by app.stride.text.HighlightText. */
public record Highlight(Code code, List<Object> args) {

    /** What a summary line says. */
    public enum Code {
        /** (sessions done, sessions due) this calendar month in the current plan. */
        SESSIONS_THIS_MONTH,
        /** (runs) this calendar month, planned or not. */
        RUNS_THIS_MONTH,
        /** (weeks) in a row with at least one run. */
        STREAK_WEEKS,
        /** (date, metres): the longest run so far happened in the last seven days. */
        LONGEST_RUN_YET,
        /** Nothing logged yet. */
        NO_RUNS_YET
    }

    public Highlight {
        args = List.copyOf(args);
    }

    public static Highlight of(final Code code, final Object... args) {
        return new Highlight(code, List.of(args));
    }
}
