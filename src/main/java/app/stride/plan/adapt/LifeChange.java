package app.stride.plan.adapt;

import app.stride.common.Coded;
import app.stride.plan.Session;
import java.time.LocalDate;
import java.util.List;

/**
 * A "life happens" change previewed on Today: each stored session that changes, as it is ({@code from}) and as it
 * would be ({@code to}). Applying stores every {@code to}; undoing puts every {@code from} back exactly.
 */
public record LifeChange(Kind kind, LocalDate asOf, List<Edit> edits, List<Note> notes) {

    public LifeChange {
        edits = List.copyOf(edits);
        notes = List.copyOf(notes);
    }

    /** One stored session that changes, on the day it is on now. */
    public record Edit(long sessionId, LocalDate day, Session from, Session to) {
    }

    /** What the runner asked for. */
    public enum Kind implements Coded {
        /** "Only N minutes today". */
        SHORTEN("shorten"),
        /** "Not feeling 100%". */
        EASE("ease"),
        /** "Too cold / icy / too hot": the treadmill version. */
        INDOOR("indoor");

        private final String code;

        Kind(final String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }

    /** Something the preview says besides the sessions; rendered through the bundle ({@code life.note.<code>}). */
    public enum Note implements Coded {
        /** The workout could not keep its repeats in the time: it becomes an easy run of that length. */
        EASY_INSTEAD("easy-instead"),
        /** Repeats were dropped to fit the time. */
        FEWER_REPS("fewer-reps"),
        /** Warm-up and cool-down were shortened to fit the time. */
        SHORTER_WARM_UP("shorter-warm-up"),
        /** The race falls within the eased days and is left as it is. */
        RACE_KEPT("race-kept"),
        /** Nothing left to ease in the next days (rest days, done or skipped sessions). */
        NOTHING_TO_EASE("nothing-to-ease");

        private final String code;

        Note(final String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }

    /** Whether applying would change nothing. */
    public boolean isEmpty() {
        return edits.isEmpty();
    }
}
