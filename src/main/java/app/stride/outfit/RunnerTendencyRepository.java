package app.stride.outfit;

/** The runner's profile as the outfit helper needs it (runner_profile.runs, usual_run_time); the store implements it. */
public interface RunnerTendencyRepository {

    /** The runner's tendency; neutral until they say otherwise. */
    Tendency tendency();

    void setTendency(Tendency tendency);

    /** When the runner usually runs (runner_profile.usual_run_time), if they said. */
    java.util.Optional<java.time.LocalTime> usualRunTime();

    /** Remembers when the runner usually runs, for forecasts of their sessions. */
    void setUsualRunTime(java.time.LocalTime time);
}
