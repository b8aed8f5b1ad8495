package app.stride.plan;

import java.util.Optional;

/** How a session or one of its steps should feel; the runner's words are in the bundle ({@code plan.effort.<code>}). */
public enum SessionEffort {
    EASY("easy"), RECOVERY("recovery"), WALK("walk"), JOG("jog"), JOG_DOWN("jogDown"), STRIDES("strides"),
    TEMPO("tempo"), INTERVAL("interval"), REPETITION("repetition"), HILL("hill"), RACE_PACE("racePace"),
    TIME_TRIAL("timeTrial"), RACE("race"), FINISH("finish"),
    /** Hard but held back, never all-out: the optional mile time trial (coach review 5; TIME_TRIAL is older plans'). */
    CONTROLLED_HARD("controlledHard");

    private final String code;

    SessionEffort(final String code) {
        this.code = code;
    }

    /** The stored and bundle code, e.g. {@code racePace}. */
    public String code() {
        return code;
    }

    /** The effort with this code. */
    public static Optional<SessionEffort> parse(final String code) {
        for (SessionEffort e : values()) {
            if (e.code.equals(code)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
