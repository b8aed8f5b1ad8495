package app.stride.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Coach review 6, p04: a 10K finish in 12 weeks for a runner who runs 20 minutes non-stop, 10 km a week, 3 km longest,
 * 3 runs. Round 5 ran the long runs non-stop from week 2 and the race through; the effort-only estimate (its slow end,
 * 84 minutes, timed the race) put walk breaks back on race day and, through NonStopFloor, on 7 of 11 long runs.
 */
class CoachReview6P04Test {

    static Plan p04() {
        return WalkBreaksBridgeTest.plan(Goal.FINISH, RaceDistance.TEN_K, null, 12, new FitnessInput(Optional.empty(),
                Optional.of(10_000.0), Optional.of(3), Optional.of(3_000.0), Optional.of(20), Optional.empty(), 0, false));
    }

    /** Failed before the fix: race day and the long runs of weeks 2, 5–7 and 9–11 walked 4 min / 1 min. */
    @Test
    void longRunsRunThroughOnceWithinReachAndTheRaceRunsNonStop() {
        final Plan p = p04();
        final List<Integer> weeks = new ArrayList<>();
        for (int w = 1; w < p.weeks().size(); w++) {
            if (p.weeks().get(w).sessions().stream().anyMatch(s -> s.type() == SessionType.LONG && s.runWalk().isPresent())) {
                weeks.add(w + 1);
            }
        }
        assertEquals(List.of(), weeks, "long runs with walk breaks after week 1");
        final Session race = p.weeks().get(p.weeks().size() - 1).sessions().stream()
                .filter(s -> s.type() == SessionType.RACE).findFirst().orElseThrow();
        assertEquals(Optional.empty(), race.runWalk(), "65 minutes non-stop in week 10, then a run/walk 10K");
        assertTrue(p.warnings().stream().noneMatch(m -> m.code().equals("raceWalkBreaks")), p.warnings().toString());
    }
}
