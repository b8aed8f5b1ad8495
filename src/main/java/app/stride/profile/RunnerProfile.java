package app.stride.profile;

import java.util.Optional;

/** Where the runner's profile is kept (one runner per data folder); the store implements it. */
public interface RunnerProfile {

    /** The runner's reason to run, in their words; empty until they give one. */
    Optional<String> why();

    /** Keeps {@code why} (empty forgets it). */
    void saveWhy(Optional<String> why);
}
