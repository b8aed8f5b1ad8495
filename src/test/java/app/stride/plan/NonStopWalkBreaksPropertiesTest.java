package app.stride.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Walk breaks never come back (`NonStopFloor`), over generated runners: the 300 of {@link Runners} and 300 returners
 * (28–180 days off, 10–60 km a week, an old longest run of 5–20 km, 3–5 runs, 8–12 weeks). No run with walk breaks is
 * no longer than a run the plan had them run non-stop in an earlier week. Left out by design: run/walk runners by
 * choice, walker-runners, Couch to 5K's own steps and the race (a not-ready race keeps its walk breaks).
 */
class NonStopWalkBreaksPropertiesTest {

    private static final List<DayOfWeek> ORDER = List.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SUNDAY,
            DayOfWeek.SATURDAY, DayOfWeek.MONDAY);

    @Test
    void walkBreaksNeverComeBackForARunAlreadyRunNonStop() {
        final Random r = new Random(20261207);
        final List<PlanRequest> requests = new ArrayList<>(Runners.sample());
        for (int i = 0; i < 300; i++) {
            final RaceDistance d = RaceDistance.values()[r.nextInt(3)];
            final int runs = 3 + r.nextInt(3);
            final FitnessInput f = new FitnessInput(Optional.empty(), Optional.of((10 + r.nextInt(51)) * 1000.0),
                    Optional.of(runs), Optional.of((5 + r.nextInt(16)) * 1000.0), Optional.empty(), Optional.empty(),
                    28 + r.nextInt(153), r.nextInt(4) == 0);
            requests.add(new PlanRequest(Goal.FINISH, Optional.of(d), Optional.empty(),
                    Optional.of(WalkBreaksBridgeTest.START), Optional.empty(), Optional.of(8 + r.nextInt(5)),
                    EnumSet.copyOf(ORDER.subList(0, runs)), Optional.empty(), f));
        }
        final List<String> bad = new ArrayList<>();
        int checked = 0;
        for (PlanRequest req : requests) {
            final Optional<Plan> made = Runners.made(WalkBreaksBridgeTest.CLOCK, req);
            if (made.isEmpty()) {
                continue;
            }
            final Plan p = made.get();
            if (req.fitness().runWalk().isPresent() || p.fitness().level() != Fitness.Level.RUNNER
                    || p.warnings().stream().anyMatch(w -> w.code().equals("walkerRunWalk"))) {
                continue;
            }
            checked++;
            for (String s : NonStopWalkBreaksTest.comebacks(p)) {
                bad.add(Runners.describe(req) + ": " + s);
            }
        }
        assertTrue(checked >= 300, "runners checked: " + checked);
        assertEquals(List.of(), bad);
    }
}
