package app.stride.plan;

import app.stride.common.Coded;

/** The part of a plan request an error is about; the CLI names it by option, the app by form field. */
public enum PlanField implements Coded {
    GOAL("goal"), DISTANCE("distance"), TARGET_TIME("target-time"), START_DATE("start-date"), RACE_DATE("race-date"),
    WEEKS("weeks"), DAYS("days"), LONG_RUN_DAY("long-run-day"), RECENT_RACE("recent-race"),
    WEEKLY_VOLUME("weekly-volume"), RUNS_PER_WEEK("runs-per-week"), LONGEST_RUN("longest-run"),
    CONTINUOUS_MIN("continuous-min"), RUN_WALK("run-walk"), DAYS_OFF("days-off");

    private final String code;

    PlanField(final String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
