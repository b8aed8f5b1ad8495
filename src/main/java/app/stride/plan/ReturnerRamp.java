package app.stride.plan;

import java.util.Optional;

/**
 * Returners: after 8+ weeks off the first three weeks are about one third, one half and three quarters of the old
 * volume; after 4–8 weeks, one half and three quarters; then the growth rule. Walk breaks stay in any run longer than
 * what the runner can run without stopping, an ability that grows by five minutes a week. The shares are targets:
 * from the second week on each week also keeps within the growth rule and at most 30% above the week two before it.
 * After the ramp, until three quarters of the old volume, {@link GrowthRule#returnerCap} (muscle memory).
 */
public final class ReturnerRamp {

    /** A returner's week is at most this times the week two before it. */
    public static final double TWO_WEEK_FACTOR = 1.30;

    private static final double[] LONG_BREAK = {1 / 3.0, 0.5, 0.75};
    private static final double[] MEDIUM_BREAK = {0.5, 0.75};

    private ReturnerRamp() {
    }

    /** The share of the old volume for ramp week {@code week} (1-based), if that week is in the ramp. */
    public static Optional<Double> share(final int daysOff, final int week) {
        final double[] f = daysOff >= 56 ? LONG_BREAK : daysOff >= 28 ? MEDIUM_BREAK : new double[0];
        return week >= 1 && week <= f.length ? Optional.of(f[week - 1]) : Optional.empty();
    }

    /**
     * The first ramp week, {@code shareM} (a third or a half of the old volume), to the nearest whole run length
     * (half a kilometre, or five minutes for a plan by time). The runs are rounded down to fit the
     * week, and every later week is measured from it (growth, 30% over two weeks): a week that starts up to a chunk
     * short holds the whole return back (coach review p18: 45 minutes for a third of 19.3 km, 48; weeks 2 and 3 then
     * both 55 minutes).
     */
    static double aboutShare(final double shareM, final PlanContext c) {
        // The composer's rounding: half kilometres, or five minutes at easy pace.
        final double chunkM = c.effortMode() ? 300 / c.pv().easy().midSecPerKm() * 1000 : 500;
        return Math.max(chunkM, Math.round(shareM / chunkM) * chunkM) + 1;
    }

    /** Number of ramp weeks after {@code daysOff} days off. */
    public static int weeks(final int daysOff) {
        return daysOff >= 56 ? LONG_BREAK.length : daysOff >= 28 ? MEDIUM_BREAK.length : 0;
    }

    /** Number of ramp weeks in a runner's plan: none for a walker (Couch to 5K has its own steps). */
    static int weeks(final Fitness fit, final FitnessInput in) {
        return fit.level() != Fitness.Level.WALK_RUN && in.daysOff() >= 28 ? weeks(in.daysOff()) : 0;
    }

    /** Minutes the runner can run without stopping in week {@code week}: what they said, else by the break. */
    public static int continuousMinutes(final Optional<Integer> stated, final int daysOff, final int week) {
        final int start = stated.orElse(daysOff >= 56 ? 30 : daysOff >= 28 ? 45 : 600);
        return start + 5 * Math.max(0, week - 1);
    }
}
