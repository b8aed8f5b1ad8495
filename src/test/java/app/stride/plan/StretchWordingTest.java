package app.stride.plan;

import static app.stride.plan.Golden.days;
import static app.stride.plan.Golden.fitness;
import static app.stride.plan.Golden.race;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A stretch-target warning promises race-pace work only when the plan has some (coach review p27). */
class StretchWordingTest {

    private static boolean hasRacePace(final Plan p) {
        return p.sessions().stream().anyMatch(s -> s.type() == SessionType.RACE_PACE);
    }

    @Test
    void theStretchNoteMentionsRacePaceWorkOnlyWhenThePlanHasSome() {
        // p27: 1:55 half before 60 days off, target 1:55 in 12 weeks: a stretch, and the plan has no race-pace session.
        final Plan p = Golden.plan(Goal.TIME, RaceDistance.HALF, Duration.ofMinutes(115), 12,
                days(TUESDAY, THURSDAY, SATURDAY, SUNDAY),
                fitness(race(RaceDistance.HALF, 115, 0), 45.0, 4, 18.0, null, null, 60, false));
        assertTrue(p.warnings().stream().anyMatch(w -> w.code().startsWith("stretch")), p.warnings()::toString);
        // The note speaks of race-pace work exactly when the plan has some (it did with none, run/walk race, before).
        // A returner's race-pace sessions are held to today's paces (ReturnerRacePaceTest), and the note says so.
        assertEquals(hasRacePace(p), Golden.notes(p).stream().anyMatch(n -> n.contains("race-pace work uses")
                        || n.contains("race-pace sessions go no faster than your training paces allow now")),
                Golden.notes(p)::toString);
    }

    @Test
    void aPlanWithRacePaceWorkStillSaysItUsesThePredictedPace() {
        final Plan p = Golden.stretch();
        assertTrue(hasRacePace(p));
        assertTrue(Golden.notes(p).stream().anyMatch(n -> n.contains("race-pace work uses that pace")), Golden.notes(p)::toString);
    }
}
