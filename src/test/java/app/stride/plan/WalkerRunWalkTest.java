package app.stride.plan;

import static app.stride.plan.Golden.days;
import static app.stride.plan.Golden.fitness;
import static app.stride.plan.Golden.race;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Walker-runners (easy pace 9:00/km or slower) run with walk breaks by default (coach review: walkers). */
class WalkerRunWalkTest {

    private static Plan walker(final RaceDistance raced, final int min, final Integer continuousMin) {
        return Golden.plan(Goal.TIME, RaceDistance.FIVE_K, null, 8, days(TUESDAY, THURSDAY, SUNDAY),
                fitness(race(raced, min, 0), 10.0, 3, null, continuousMin, null, 0, false));
    }

    private static List<Session> runs(final Plan p) {
        return p.sessions().stream().filter(s -> s.type().isRun() && s.type() != SessionType.RACE).toList();
    }

    @ParameterizedTest(name = "{0} 5K")
    @CsvSource({"40, 30", "45, 30", "50, 15"})
    void aWalkerRunnerRunsWithGallowayWalkBreaksThatLengthenOverThePlan(final int min, final int firstRunSec) {
        final Plan p = walker(RaceDistance.FIVE_K, min, null);
        assertTrue(PlanRules.check(p).isEmpty(), () -> PlanRules.check(p).toString());
        final List<Session> runs = runs(p);
        runs.forEach(s -> assertTrue(s.runWalk().isPresent(), "no walk breaks on " + s.date() + " " + s.type()));
        assertEquals(new RunWalk(firstRunSec, 30), runs.get(0).runWalk().orElseThrow(), "Galloway's ratio for the race pace");
        int previous = 0;
        for (Session s : runs) {
            assertTrue(s.runWalk().get().runSec() >= previous, "the ratio never goes back: " + s.date());
            previous = s.runWalk().get().runSec();
        }
        assertTrue(previous > firstRunSec, "the ratio progresses over the weeks");
        final Session race = p.sessions().get(p.sessions().size() - 1);
        assertEquals(runs.get(runs.size() - 1).runWalk(), race.runWalk(), "race day at the ratio trained last");
    }

    @Test
    void aWalkerRunnersHardEffortsStayGentleAndLongRunsStayAtAnHour() {
        final Plan p = walker(RaceDistance.FIVE_K, 45, null);
        for (Session s : runs(p)) {
            assertFalse(s.type().isQuality(), "no hills, tempo or intervals for a walker-runner: " + s.date() + " " + s.type());
            s.duration().ifPresent(d -> assertTrue(d.toMinutes() <= 60, "long run over an hour on " + s.date()));
        }
        assertTrue(p.sessions().stream().anyMatch(s -> s.type() == SessionType.STRIDES && s.runWalk().isPresent()
                && s.steps().stream().filter(x -> x.kind() == Step.Kind.REPEAT).count() == 2),
                "strides after a run with walk breaks are their quick effort");
        assertTrue(p.sessions().stream().anyMatch(s -> s.type() == SessionType.LONG && s.duration().orElseThrow().toMinutes() >= 55
                && s.runWalk().isPresent()), "long runs are run/walk by time");
    }

    @Test
    void aWalkerWhoCanRunHalfAnHourKeepsShorterRunsContinuous() {
        final Plan p = walker(RaceDistance.FIVE_K, 45, 30);
        for (Session s : runs(p)) {
            if (s.duration().orElseThrow().toMinutes() <= 30) {
                assertEquals(Optional.empty(), s.runWalk(), "a run within their ability stays continuous: " + s.date());
            }
        }
        assertTrue(runs(p).stream().anyMatch(s -> s.runWalk().isPresent()), "longer runs still walk");
    }

    @Test
    void aRunnerFasterThanTheWalkerBandRunsContinuously() {
        final Plan p = walker(RaceDistance.TEN_K, 65, null);
        assertFalse(EffortPace.walker(p.paces().orElseThrow().easy().midSecPerKm()), "a 1:05 10K is not a walker-runner");
        runs(p).forEach(s -> assertEquals(Optional.empty(), s.runWalk(), "continuous: " + s.date()));
    }

    @Test
    void theLadderStartsAtGallowaysRatioAndClimbsAtMostThreeRungs() {
        final double pace1430 = (14 * 60 + 29) / 1.609344;
        assertEquals(new RunWalk(30, 30), WalkerRunWalk.ratio(pace1430, 0));
        assertEquals(new RunWalk(30, 30), WalkerRunWalk.ratio(pace1430, 1));
        assertEquals(new RunWalk(40, 30), WalkerRunWalk.ratio(pace1430, 2));
        assertEquals(new RunWalk(60, 30), WalkerRunWalk.ratio(pace1430, 20));
        assertEquals(new RunWalk(15, 30), WalkerRunWalk.ratio(16 * 60 / 1.609344, 0));
    }
}
