package app.stride.ui.plan;

import app.stride.plan.Goal;
import java.util.Locale;

/** What the runner is aiming at, in their words. */
public enum GoalChoice {
    RACE(Goal.TIME), FINISH(Goal.FINISH), REGULAR(Goal.CONSISTENCY);

    private final Goal goal;

    GoalChoice(final Goal goal) {
        this.goal = goal;
    }

    public Goal goal() {
        return goal;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
