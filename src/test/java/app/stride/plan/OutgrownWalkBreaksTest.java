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
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A returner keeps no walk breaks the plan has shown they outgrew (coach review p06: continuous 13 km easy runs). */
class OutgrownWalkBreaksTest {

    /** p06: 1:55 half before 30 days off, 40 km a week, longest run 18 km, 12 weeks. */
    private static Plan p06() {
        return Golden.plan(Goal.TIME, RaceDistance.HALF, null, 12, days(TUESDAY, THURSDAY, SATURDAY, SUNDAY),
                fitness(race(RaceDistance.HALF, 115, 0), 40.0, 4, 18.0, null, null, 30, false));
    }

    @Test
    void theRaceRunsThroughNearTheDetrainedPrediction() {
        final Plan p = p06();
        final Session race = p.sessions().get(p.sessions().size() - 1);
        assertEquals(Optional.empty(), race.runWalk());
        // Run/walk it was 2:43:40; VDOT 35.5 predicts about 2:03.
        final Duration t = p.raceTime().orElseThrow().slowest();
        assertTrue(t.compareTo(Duration.ofMinutes(115)) > 0 && t.compareTo(Duration.ofMinutes(130)) < 0, t::toString);
    }

    @Test
    void noLongRunWalksThatIsNoLongerThanAContinuousRunDoneBefore() {
        final Plan p = p06();
        double longestNonStop = 0;
        for (PlanWeek w : p.weeks()) {
            for (Session s : w.sessions()) {
                if (s.type() == SessionType.LONG && s.load().totalM() <= longestNonStop) {
                    assertEquals(Optional.empty(), s.runWalk(), "long run on " + s.date());
                }
            }
            for (Session s : w.sessions()) {
                if (s.type().isRun() && s.type() != SessionType.RACE && s.runWalk().isEmpty()) {
                    longestNonStop = Math.max(longestNonStop, s.load().totalM());
                }
            }
        }
        assertTrue(longestNonStop >= 13_000, "the plan has a 13 km non-stop run");
    }
}
