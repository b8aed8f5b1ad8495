package app.stride.ui.plan;

import app.stride.common.Messages;
import app.stride.plan.PlanField;

/** The form's fields, named as the runner sees them; {@link #label()} is the field's label. */
public enum FormField {
    GOAL("goal"), DISTANCE("distance"), RACE_DATE("raceDate"), TARGET_TIME("targetTime"), START_DATE("startDate"),
    WEEKS("weeks"), RECENT_TIME("recentTime"), WEEKLY("weekly"), RUNS_PER_WEEK("runsPerWeek"),
    LONGEST_RUN("longestRun"), MINUTES("minutes"), RUN_WALK("runWalk"), WEEKS_OFF("weeksOff"), DAYS("days"),
    LONG_RUN_DAY("longRunDay");

    private final String id;

    FormField(final String id) {
        this.id = id;
    }

    /** The id the view gives the field's control, after {@code plan-}. */
    public String id() {
        return id;
    }

    /** The field as an error names it: its label, or a name of its own where the label is half a sentence. */
    public String label() {
        // "I can run without stopping for: give a whole number" echoed the label; errors name the field instead.
        if (Messages.has("polish.planform.errorName." + id)) {
            return Messages.get("polish.planform.errorName." + id);
        }
        final String l = Messages.get("planscreen.field." + id);
        // "Target time (optional)" reads oddly in an error message.
        return l.replace(" (optional)", "");
    }

    /** The form field for the engine's field. */
    public static FormField of(final PlanField f) {
        return switch (f) {
            case GOAL -> GOAL;
            case DISTANCE -> DISTANCE;
            case TARGET_TIME -> TARGET_TIME;
            case START_DATE -> START_DATE;
            case RACE_DATE -> RACE_DATE;
            case WEEKS -> WEEKS;
            case DAYS -> DAYS;
            case LONG_RUN_DAY -> LONG_RUN_DAY;
            case RECENT_RACE -> RECENT_TIME;
            case WEEKLY_VOLUME -> WEEKLY;
            case RUNS_PER_WEEK -> RUNS_PER_WEEK;
            case LONGEST_RUN -> LONGEST_RUN;
            case CONTINUOUS_MIN -> MINUTES;
            case RUN_WALK -> RUN_WALK;
            case DAYS_OFF -> WEEKS_OFF;
        };
    }
}
