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

    /** Days off from which a returner's ramp (one half, then three quarters of the old volume) sets the first weeks. */
    public static final int RAMP_FROM = 28;
    /** Days off from which the ramp is the long break's (one third, one half, three quarters). */
    public static final int LONG_RAMP_FROM = 56;

    private static final double[] LONG_BREAK = {1 / 3.0, 0.5, 0.75};
    private static final double[] MEDIUM_BREAK = {0.5, 0.75};

    private ReturnerRamp() {
    }

    /** The share of the old volume for ramp week {@code week} (1-based), if that week is in the ramp. */
    public static Optional<Double> share(final int daysOff, final int week) {
        final double[] f = daysOff >= LONG_RAMP_FROM ? LONG_BREAK : daysOff >= RAMP_FROM ? MEDIUM_BREAK : new double[0];
        return week >= 1 && week <= f.length ? Optional.of(f[week - 1]) : Optional.empty();
    }

    /**
     * The ramp share of the old volume for runner week {@code rel} of {@code req}: the long break's ramp, or, for a
     * re-plan climbing back after 8–27 days off ({@link #climbsBack}), a one-week ramp at the week-back share.
     */
    static Optional<Double> share(final PlanRequest req, final Fitness fit, final int rel) {
        final int d = req.fitness().daysOff();
        if (fit.level() == Fitness.Level.WALK_RUN) {
            return Optional.empty();
        }
        if (d >= RAMP_FROM) {
            return share(d, rel);
        }
        final double old = req.fitness().weeklyM().orElse(0.0);
        return rel == 1 && climbsBack(req, fit) ? Optional.of(firstWeekLimit(old, d) / old) : Optional.empty();
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
        final double chunkM = c.chunkM();
        // A metre's margin over the whole chunks: the composer splits the week among its runs and rounds each down,
        // so a week of exactly n chunks would lose one to floating-point error in the split (the metre is not run).
        return Math.max(chunkM, Math.round(shareM / chunkM) * chunkM) + 1;
    }

    /** Number of ramp weeks after {@code daysOff} days off. */
    public static int weeks(final int daysOff) {
        return daysOff >= LONG_RAMP_FROM ? LONG_BREAK.length : daysOff >= RAMP_FROM ? MEDIUM_BREAK.length : 0;
    }

    /** Number of ramp weeks in a runner's plan: none for a walker (Couch to 5K has its own steps). */
    static int weeks(final Fitness fit, final FitnessInput in) {
        return fit.level() != Fitness.Level.WALK_RUN && in.daysOff() >= RAMP_FROM ? weeks(in.daysOff()) : 0;
    }

    /** Days without running from which a re-plan's week back is held to a share of the old week and climbs back. */
    public static final int SHORT_BREAK_FROM = 8;
    /** A week back is never cut below this by the share: under ~5 km after the time-off table a runner plans as a walker. */
    public static final double SHARE_FLOOR_M = 6_500;
    /** While climbing back, a week counts as back once the best week reaches this share of the old one (rounding). */
    public static final double BACK_SHARE = 0.97;

    /** Whether a runner climbing back is still under the old week {@code oldWeeklyM}: best week under {@link #BACK_SHARE}. */
    static boolean climbing(final double bestM, final double oldWeeklyM) {
        return bestM < BACK_SHARE * oldWeeklyM;
    }

    /**
     * The most of the old week (the last full week run before the break) the first week back may hold after
     * {@code daysOff} days without running. Daniels (time off of 6 to 28 days) returns at half, then three quarters of
     * the load, so a coach wants the first week back at about 50–75% of the last full week; the time-off table in
     * {@code Fitness} lowers the volume much less (87% after 13 days) and the generator's first week may be 10% above
     * that: a rebuild after 13 days came back at 95% (coach review). The share falls from 100% at a week off (the
     * rebuild threshold: the runner's own week, coach review finding 1) to 50% at two weeks — 71% after 11 days, 57%
     * after 13 — and stays there up to 28 days, where the ramp's halves and thirds take over.
     */
    public static double firstWeekShare(final int daysOff) {
        // At RAMP_FROM itself the ramp's first week is half the old volume too: both rules say 0.5 there.
        if (daysOff < SHORT_BREAK_FROM || daysOff > RAMP_FROM) {
            return 1;
        }
        return daysOff >= 14 ? 0.5 : 1 - 0.5 * (daysOff - 7) / 7.0;
    }

    /** The limit on the first week back: {@code metres} times the share, never below {@link #SHARE_FLOOR_M} by it. */
    public static double firstWeekLimit(final double metres, final int daysOff) {
        return Math.max(metres * firstWeekShare(daysOff), Math.min(metres, SHARE_FLOOR_M));
    }

    /**
     * Whether a re-plan after 8–27 days without running climbs back (coach review: set-up A): its first week is at most
     * {@link #firstWeekLimit} of the old week ({@code weeklyM}, the last full week run), easy running only, then the
     * weeks climb back to the old week at {@link GrowthRule#climbCap}'s muscle-memory rates (15% a week, 30% over two
     * weeks), with no cutback until they are back, and then grow by the growth rule toward the plan's peak. Before, the
     * whole re-plan request was scaled to the week back, so the plan peaked at 22 of its 36 km. Only for re-plans: a new
     * plan's runner tells the week they run now, not the one before a short break. Walkers (Couch to 5K) go by stages.
     */
    public static boolean climbsBack(final PlanRequest req, final Fitness fit) {
        final int d = req.fitness().daysOff();
        return req.replan() && fit.level() != Fitness.Level.WALK_RUN && req.fitness().weeklyM().orElse(0.0) > 0
                && d >= SHORT_BREAK_FROM && d < RAMP_FROM;
    }

    /** Minutes the runner can run without stopping in week {@code week}: what they said, else by the break. */
    public static int continuousMinutes(final Optional<Integer> stated, final int daysOff, final int week) {
        final int start = stated.orElse(daysOff >= LONG_RAMP_FROM ? 30 : daysOff >= RAMP_FROM ? 45 : 600);
        return start + 5 * Math.max(0, week - 1);
    }
}
