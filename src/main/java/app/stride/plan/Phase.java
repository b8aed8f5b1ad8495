package app.stride.plan;

/** Where a week sits in the plan: base, build, peak, taper; run-walk weeks build the habit of running. */
public enum Phase {
    RUN_WALK("run-walk"),
    BASE("base"),
    BUILD("build"),
    PEAK("peak"),
    TAPER("taper");

    private final String code;

    Phase(final String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
