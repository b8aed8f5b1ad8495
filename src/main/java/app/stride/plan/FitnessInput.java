package app.stride.plan;

import java.util.Optional;

/** What the runner tells about their running today; every part is optional. */
public record FitnessInput(Optional<RaceResult> recentRace, Optional<Double> weeklyM, Optional<Integer> runsPerWeek,
                           Optional<Double> longestRunM, Optional<Integer> continuousMin, Optional<RunWalk> runWalk,
                           int daysOff, boolean crossTrained) {

    /** Nothing known. */
    public static FitnessInput none() {
        return new FitnessInput(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), 0, false);
    }

    /** Whether the runner told anything about their running. */
    public boolean isEmpty() {
        return recentRace.isEmpty() && weeklyM.isEmpty() && runsPerWeek.isEmpty() && longestRunM.isEmpty()
                && continuousMin.isEmpty() && runWalk.isEmpty();
    }
}
