package app.stride.plan;

/**
 * The long run a slow half marathon builds to (coach review n14): 65% of the slow end of the race time the plan
 * shows, at most three hours ({@link Feasibility#halfMinutesNeeded}), when that is more than two hours. Feasibility
 * judges a plan on the likely (middle) finish, so a plan is refused only when even that is out of reach; where the
 * weeks allow, the build prepares for the finish the plan tells the runner to expect ("up to 3:50:30": 2:30, not the
 * 2:20 of the middle, 3:35, which five long runs held at). At easy pace, the way the planner sizes long runs.
 */
final class SlowHalfLongRun {

    /** Runs by time are set in five-minute steps. */
    private static final double STEP_MIN = 5;

    private SlowHalfLongRun() {
    }

    /** The long run in metres the build aims at for a slow half; 0 for any other race or a finish within ~3:05. */
    static double metres(final PlanContext c, final Sessions sessions) {
        if (!c.req().hasRace() || c.distance() != RaceDistance.HALF || c.req().replan()) {
            return 0;
        }
        final double minutes = Feasibility.halfMinutesNeeded(sessions.raceRange(c.req().fitness().runWalk()).slowest());
        // Up to the plan's five minutes (runs are rounded down to them): 149.8 minutes is a 2:30 long run, not 2:25.
        return minutes > Feasibility.HALF_MINUTES ? c.easyM(Math.ceil(minutes / STEP_MIN - 1e-9) * STEP_MIN) : 0;
    }
}
