package app.stride.plan;

import app.stride.common.Coded;

/**
 * A plan's notes that other parts of the domain act on (adapt's readiness check), as typed codes rather than string
 * literals; the note itself is a {@link PlanMessage} with this code ({@code plan.note.<code>} in the bundle).
 */
public enum PlanNote implements Coded {
    /** The longest run stays short of what the race usually needs: the race is run/walked. */
    NOT_READY("notReady"),
    /**
     * {@link #NOT_READY} for a runner who chose run/walk ({@code --run-walk}): they run/walk the race anyway, so the
     * note does not tell them to (coach review n14); adapt's readiness check treats it as {@link #NOT_READY}.
     */
    NOT_READY_RUN_WALK("notReadyRunWalk"),
    /** Couch to 5K does not reach the race's stage in time: race day keeps walk breaks. */
    C25K_SHORT("c25kShort");

    private final String code;

    PlanNote(final String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** The not-ready note for a runner: {@link #NOT_READY_RUN_WALK} when run/walk is their own choice. */
    static PlanNote notReady(final FitnessInput f) {
        return f.runWalk().isPresent() ? NOT_READY_RUN_WALK : NOT_READY;
    }

    /** Whether {@code m} says the plan's longest run falls short of the race (either wording). */
    public static boolean saysNotReady(final PlanMessage m) {
        return NOT_READY.is(m) || NOT_READY_RUN_WALK.is(m);
    }

    /** Whether {@code m} is this note. */
    public boolean is(final PlanMessage m) {
        return m.code().equals(code);
    }
}
