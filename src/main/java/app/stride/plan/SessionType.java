package app.stride.plan;

/** The kinds of session a plan holds; hard ones never fall on consecutive days. */
public enum SessionType {
    EASY("easy", false, false),
    LONG("long", true, false),
    RECOVERY("recovery", false, false),
    STRIDES("strides", false, false),
    TEMPO("tempo", true, true),
    INTERVALS("intervals", true, true),
    REPETITIONS("repetitions", true, true),
    HILLS("hills", true, true),
    RACE_PACE("race-pace", true, true),
    TIME_TRIAL("time-trial", true, true),
    RUN_WALK("run-walk", false, false),
    CROSS_TRAINING("cross-training", false, false),
    RACE("race", true, false);

    private final String code;
    private final boolean hard;
    private final boolean quality;

    SessionType(final String code, final boolean hard, final boolean quality) {
        this.code = code;
        this.hard = hard;
        this.quality = quality;
    }

    public String code() {
        return code;
    }

    /** Hard days need an easy day or rest after them. */
    public boolean isHard() {
        return hard;
    }

    /** A workout with faster running (at most two a week besides the long run). */
    public boolean isQuality() {
        return quality;
    }

    /** Whether the session is running (cross-training is not). */
    public boolean isRun() {
        return this != CROSS_TRAINING;
    }

    /**
     * Whether the plan offers the session rather than asks for it: cross-training, and the mile time trial (coach
     * review 5: "controlled hard, optional"), which an easy run may replace.
     */
    public boolean isOptional() {
        return this == CROSS_TRAINING || this == TIME_TRIAL;
    }

    /** The type with this code, e.g. {@code race-pace}. */
    public static java.util.Optional<SessionType> parse(final String code) {
        for (SessionType t : values()) {
            if (t.code.equals(code)) {
                return java.util.Optional.of(t);
            }
        }
        return java.util.Optional.empty();
    }
}
