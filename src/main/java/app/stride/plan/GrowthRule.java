package app.stride.plan;

/**
 * Growth: no week (the race itself left out) above the higher of 1.10 × the best earlier week and that best + 0.5 km
 * per running day; the runner's current week counts as week 0. Holds after cutbacks too, because it measures against
 * the best week, not the last one. Time-based weeks follow it in minutes (their metres are minutes at one pace).
 * A dip is not a cutback: after an ordinary week that fell under the best (its workout, or its long run, held it
 * down), the next week grows from that week, so a hills week followed by a tempo week does not jump 15–25%.
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

    /** A returner's week may grow faster while under this share of the old volume (muscle memory). */
    public static final double RETURNER_UNTIL = 0.75;
    /** ... by up to 15% a week over the best week (two such weeks are the reference's +30% over two weeks). */
    public static final double RETURNER_FACTOR = 1.15;
    /**
     * The most a returner's week may hold (muscle memory): the growth cap, or, while the best week so far is under three
     * quarters of the old volume ({@code oldWeeklyM}, before the break), up to 15% above the best week and up to
     * {@code twoWeekCapM} (30% above the best
     * week up to two weeks before, {@link ReturnerRamp#TWO_WEEK_FACTOR}, Nielsen 2014; infinite when there is none
     * yet), never past those three quarters. That is about 14% a
     * week, within the reference's limit over two weeks, and slower than Daniels' return table (one third, one half,
     * three quarters, then all of the old volume, three weeks each): 40 km/week after 120 days off reaches 28 km by
     * week 10 at the growth rule, 31 km this way.
     */
    public static double returnerCap(final double bestEarlierM, final double twoWeekCapM, final double oldWeeklyM,
                                     final int runDays) {
        return climbCap(bestEarlierM, twoWeekCapM, RETURNER_UNTIL * oldWeeklyM, runDays);
    }

    /**
     * The most a returner's week may hold while climbing back to {@code untilM}: the growth cap, or up to 15% above the
     * best week and up to {@code twoWeekCapM} (infinite when there is none yet: the growth cap), never past
     * {@code untilM}; from there on the growth cap. {@link #returnerCap} climbs to three quarters of the old volume after
     * a long break; a re-plan after 8–27 days off ({@link ReturnerRamp#climbsBack}) climbs to the whole old week.
     */
    public static double climbCap(final double bestEarlierM, final double twoWeekCapM, final double untilM,
                                  final int runDays) {
        final double cap = cap(bestEarlierM, runDays);
        if (twoWeekCapM == Double.MAX_VALUE || bestEarlierM >= untilM) {
            return cap;
        }
        return Math.max(cap, Math.min(untilM, Math.min(RETURNER_FACTOR * bestEarlierM, twoWeekCapM)));
    }

    /**
     * The most a week may hold after an ordinary week of {@code previousM} (not a cutback, taper, ramp or Couch-to-5K
     * week; {@code NaN} when the previous week was one of those, or there was none): the cap on the best week, and no
     * more than the cap on the previous week when that week fell under the best.
     */
    public static double cap(final double bestEarlierM, final double previousM, final int runDays) {
        final double cap = cap(bestEarlierM, runDays);
        return Double.isNaN(previousM) || previousM >= bestEarlierM ? cap : Math.min(cap, cap(previousM, runDays));
    }
}
