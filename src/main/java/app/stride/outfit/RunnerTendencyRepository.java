package app.stride.outfit;

/** Where the runner's "runs cold / neutral / runs warm" lives (runner_profile.runs); the store implements it. */
public interface RunnerTendencyRepository {

    /** The runner's tendency; neutral until they say otherwise. */
    Tendency tendency();

    void setTendency(Tendency tendency);
}
