package app.stride.plan;

import app.stride.common.Coded;

/**
 * A plan's notes that other parts of the domain act on (adapt's readiness check), as typed codes rather than string
 * literals; the note itself is a {@link PlanMessage} with this code ({@code plan.note.<code>} in the bundle).
 */
public enum PlanNote implements Coded {
    /** The longest run stays short of what the race usually needs: the race is run/walked. */
    NOT_READY("notReady"),
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

    /** Whether {@code m} is this note. */
    public boolean is(final PlanMessage m) {
        return m.code().equals(code);
    }
}
