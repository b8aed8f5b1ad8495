package app.stride.plan.adapt;

import app.stride.common.Coded;

/** Something the runner should know about a proposal; rendered through the bundle ({@code adapt.warning.<code>}). */
public enum AdaptWarning implements Coded {
    /** The plan has not started yet: nothing can be missed. */
    NOT_STARTED("not-started"),
    /** The plan is over: nothing left to adapt. */
    PLAN_OVER("plan-over"),
    /** A week or more off, but too close to the race for a new build: an easy week, then the plan's taper. */
    TOO_CLOSE_TO_REBUILD("too-close-to-rebuild"),
    /** No distances were logged: the rebuilt plan starts from the volume the runner gave when the plan was made. */
    NO_LOGGED_DISTANCE("no-logged-distance"),
    /** A week or more without running: fitness and volume were lowered by the time-off table. */
    TIME_OFF("time-off"),
    /** The new race date is {@link Replanner#NOTABLY_EARLIER_DAYS} or more days earlier than the plan's. */
    RACE_EARLIER("race-earlier"),
    /** From the plan's start to the new race is shorter than a plan for the race should be ({@code PlanDates.MIN_WEEKS}). */
    SHORT_BUILD("short-build"),
    /** A day the runner added gets no run yet: the plan adds one run a week at a time (coach review D10). */
    DAYS_NOT_USED_YET("days-not-used-yet"),
    /** After the bridge, later weeks are smaller than planned: they grow back from what the runner ran (review 7). */
    BRIDGE_REGROWS("bridge-regrows"),
    /** No day the runner added gets a run: one more run would spread the week too thin for now (coach review 8). */
    DAYS_NOT_USED("days-not-used"),
    /**
     * A day the runner added stays a rest day in the first rebuilt weeks (too small for one more run of 20 minutes or
     * more, {@code RunCount}); arguments (in {@link Proposal#warningArgs}): the days ({@code List<DayOfWeek>}), the start
     * of the plan week of their first run ({@code LocalDate}) and how many days (coach review, set-up D).
     */
    DAYS_USED_FROM("days-used-from"),
    /** The rebuilt plan's race is longer than the runner is ready for (the plan's {@code notReady} note). */
    NOT_READY("not-ready");

    private final String code;

    AdaptWarning(final String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
