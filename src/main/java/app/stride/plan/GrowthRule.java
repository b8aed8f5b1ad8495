package app.stride.plan;

/**
 * Growth: no week (the race itself left out) above the higher of 1.10 × the best earlier week and that best + 0.5 km
 * per running day; the runner's current week counts as week 0. Holds after cutbacks too, because it measures against
 * the best week, not the last one. Time-based weeks follow it in minutes (their metres are minutes at one pace).
 */
public final class GrowthRule {

    /** Metres a week may add per running day at low volume. */
    public static final double STEP_PER_DAY_M = 500;
    public static final double FACTOR = 1.10;

    private GrowthRule() {
    }

    /** The most a week may hold, given the best earlier week (week 0 included) and its running days. */
    public static double cap(final double bestEarlierM, final int runDays) {
        return Math.max(FACTOR * bestEarlierM, bestEarlierM + STEP_PER_DAY_M * runDays);
    }
}
