package app.stride.ui.plan;


/** How the runner describes their running today. */
public enum FitnessChoice {
    MINUTES("minutes"), TRAINING("training"), RACE("race"), RUN_WALK("runWalk");

    private final String key;

    FitnessChoice(final String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
