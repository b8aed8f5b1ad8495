package app.stride.plan;

import app.stride.plan.Fitness.Level;

/**
 * When a plan without a race result holds its mile time trial (counted in weeks of running). Coach review 5 (p03): a
 * runner who can run 10 minutes got an all-out mile in week 2. A novice (Couch to 5K behind them, or under
 * {@value #NOVICE_CONTINUOUS_MIN} minutes non-stop today) has none when the goal is to finish, and none before week
 * {@value #NOVICE_EARLIEST} with a time goal; a returner has it after the ramp, as before (week 2 at the earliest).
 */
final class TimeTrialWeek {

    /** Under this many minutes non-stop today, a runner is a novice for the time trial. */
    static final int NOVICE_CONTINUOUS_MIN = 30;
    /** A novice's first weeks are for the habit: no time trial before this week of running. */
    static final int NOVICE_EARLIEST = 5;

    private TimeTrialWeek() {
    }

    /** The week of running that holds the time trial, or 0 for none. */
    static int week(final PlanRequest req, final Fitness fit) {
        final int afterRamp = Math.max(2, ReturnerRamp.weeks(req.fitness().daysOff()) + 1);
        if (!novice(req, fit)) {
            return afterRamp;
        }
        return req.goal() == Goal.TIME ? Math.max(NOVICE_EARLIEST, afterRamp) : 0;
    }

    /** Whether the runner is new to running: from Couch to 5K, or unable to run half an hour non-stop today. */
    static boolean novice(final PlanRequest req, final Fitness fit) {
        return fit.level() == Level.WALK_RUN
                || req.fitness().continuousMin().map(m -> m < NOVICE_CONTINUOUS_MIN).orElse(false);
    }
}
