package app.stride.plan;

/**
 * A week that loses a run to the 20-minute floor does not grow its long run (coach review p30). {@link RunCount} drops
 * a run because the week cannot hold the long run it holds (the plan's longest so far) beside runs of 20 minutes; sized
 * again for the runs left, the long run took a bigger share (60% at two runs, a quarter over an average run of a week
 * of two), so it grew, the hold grew with it, and the next week, a step bigger, was again too small for three runs:
 * p30 (20 km a week on three days after 30 days off, a 5K with a time goal) ran two runs a week and long runs of 6,
 * 6.5, 7.5 and 8 km, and never a workout (two-run weeks have none). Here the long run of such a week stays at the long
 * run it was to hold (or, with nothing to hold, the one the week would have had with all its runs), never under an
 * even share of the week, so it stays the longest run; the volume goes to the other run. The next week can then hold
 * its runs again as soon as it is a step bigger.
 */
final class LostRunLong {

    private LostRunLong() {
    }

    /**
     * Whether the rule applies: a time goal (its third run carries the week's quality session; a finish goal's long run
     * is what the plan builds, and a returner on two runs a week reaches the distance's long run by growing it: coach
     * review, long run giving way, example b) on at most {@value RunCount#LEAST_RUNS} planned runs (above that the long
     * run keeps its length and the week drops easy runs, {@link RunCount#runs}).
     */
    static boolean applies(final PlanRequest req, final int plannedRuns) {
        return req.goal() == Goal.TIME && plannedRuns <= RunCount.LEAST_RUNS;
    }

    /**
     * The long run of a week that kept {@code runs} of its planned runs: {@code sizedM} (the long run sized for those
     * runs), at most {@code holdM} (the long run the week was to hold; 0 when none) or, with none, {@code plannedM} (the
     * long run sized for every planned run), and never under an even share of {@code volumeM} nor under the distance's
     * usual minimum long run (a returner on two runs a week still builds toward the race's long run: coach review, long
     * run giving way, example b, 10K after 120 days off).
     */
    static double longRun(final PlanContext c, final double sizedM, final double holdM, final double plannedM,
                          final double volumeM, final int runs) {
        if (sizedM <= 0 || runs <= 0) {
            return sizedM;
        }
        final double minimum = c.req().hasRace() ? LongRunRule.usualMinimum(c.distance(), c.req().goal()) : 0;
        final double held = Math.max(minimum, holdM > 0 ? holdM : plannedM);
        return Math.min(sizedM, Math.max(held, volumeM / runs));
    }
}
