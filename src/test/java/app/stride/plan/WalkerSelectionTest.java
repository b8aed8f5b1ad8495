package app.stride.plan;

import static app.stride.plan.Golden.days;
import static app.stride.plan.Golden.fitness;
import static app.stride.plan.Golden.race;
import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Coach review 3 (walkers): a walker-runner is planned with walk breaks (Galloway's ratio climbing the ladder) whatever
 * else they told — a walking-pace race alone, or with the minutes they can run non-stop — never Couch to 5K from its
 * week 5, and a walker who did not say how much they walk/run now starts small.
 */
class WalkerSelectionTest {

    private static final Set<DayOfWeek> TUE_THU_SAT = days(TUESDAY, THURSDAY, SATURDAY);

    private static Plan fiveK(final int raceMin, final int raceSec, final Set<DayOfWeek> days, final Integer continuousMin) {
        return Golden.plan(Goal.TIME, RaceDistance.FIVE_K, null, 8, days,
                fitness(race(RaceDistance.FIVE_K, raceMin, raceSec), null, null, null, continuousMin, null, 0, false));
    }

    private static List<Session> runs(final Plan p) {
        return p.sessions().stream().filter(s -> s.type().isRun() && s.type() != SessionType.RACE).toList();
    }

    private static Session raceDay(final Plan p) {
        return p.sessions().get(p.sessions().size() - 1);
    }

    @ParameterizedTest(name = "{0}:{1} 5K on {2}")
    @CsvSource({"45, 0, tts, 30", "42, 30, tts, 30", "42, 45, tts, 30", "50, 0, mwfs, 15", "40, 0, tts, 30"})
    void aWalkerWithOnlyARaceRunsWithWalkBreaksNotCouchToFiveK(final int min, final int sec, final String days,
                                                               final int firstRunSec) {
        final Plan p = fiveK(min, sec, days.equals("tts") ? TUE_THU_SAT : days(MONDAY, WEDNESDAY, FRIDAY, SUNDAY), null);
        assertTrue(PlanRules.check(p).isEmpty(), () -> PlanRules.check(p).toString());
        assertEquals(Fitness.Level.RUNNER, p.fitness().level(), "a walker-runner, not Couch to 5K");
        final List<Session> runs = runs(p);
        runs.forEach(s -> assertTrue(s.runWalk().isPresent(), "no walk breaks on " + s.date() + " " + s.type()));
        assertEquals(new RunWalk(firstRunSec, 30), runs.get(0).runWalk().orElseThrow(), "Galloway's ratio for the race");
        assertTrue(runs.get(runs.size() - 1).runWalk().get().runSec() > firstRunSec, "the ratio climbs the ladder");
        assertEquals(runs.get(runs.size() - 1).runWalk(), raceDay(p).runWalk(), "race day at the ratio trained last");
        assertTrue(runs.stream().anyMatch(s -> s.type() == SessionType.LONG), "long runs by time");
    }

    @ParameterizedTest(name = "{0}-minute 5K")
    @CsvSource({"40", "45", "50"})
    void aWalkerWhoDidNotSayTheirWeekStartsSmall(final int min) {
        final Plan p = fiveK(min, 0, TUE_THU_SAT, null);
        final PlanWeek first = p.weeks().get(0);
        for (Session s : first.sessions()) {
            assertTrue(s.duration().orElseThrow().compareTo(Duration.ofMinutes(min + 10)) <= 0,
                    "week 1 runs no longer than the race + 10 min: " + s.type() + " " + s.duration().get());
        }
        // Never a jump: every week's longest session at most the longest so far + 10 min, never over an hour.
        long longestMin = min;
        for (PlanWeek w : p.weeks()) {
            final long weekLong = w.sessions().stream().filter(s -> s.type() != SessionType.RACE && s.type().isRun())
                    .mapToLong(s -> s.duration().orElseThrow().toMinutes()).max().orElse(0);
            assertTrue(weekLong <= Math.min(60, longestMin + 10), "week " + w.number() + ": " + weekLong + " min");
            longestMin = Math.max(longestMin, weekLong);
        }
    }

    @Test
    void aWalkerWhoCanRunTenMinutesRunsWithWalkBreaksAndRacesNoSlowerThanTheirRace() {
        final Plan p = fiveK(50, 0, TUE_THU_SAT, 10);
        assertTrue(PlanRules.check(p).isEmpty(), () -> PlanRules.check(p).toString());
        assertEquals(Fitness.Level.RUNNER, p.fitness().level(), "a walker-runner, not Couch to 5K");
        for (Session s : runs(p)) {
            final int week = (int) (java.time.temporal.ChronoUnit.DAYS.between(p.startDate(), s.date()) / 7) + 1;
            final long canRun = 10 + 5L * (week - 1);
            if (s.runWalk().isEmpty()) {
                assertTrue(s.duration().orElseThrow().toMinutes() <= canRun,
                        "continuous only within what they can run by week " + week + ": " + s.duration().get());
            }
        }
        assertTrue(runs(p).get(0).runWalk().isPresent(), "week 1's runs are longer than 10 min: walk breaks");
        assertEquals(Duration.ofMinutes(50), p.raceTime().orElseThrow().slowest(), "their own 50:00 is the slow end");
        assertTrue(p.raceTime().get().fastest().compareTo(Duration.ofMinutes(50)) < 0);
    }

    @Test
    void aWalkersRatioIsHeldInCutbacksAndTheTaper() {
        final Plan p = Golden.plan(Goal.TIME, RaceDistance.TEN_K, null, 12, days(TUESDAY, THURSDAY, SUNDAY),
                fitness(race(RaceDistance.FIVE_K, 40, 0), 12.0, 3, 5.0, null, null, 0, false));
        assertTrue(PlanRules.check(p).isEmpty(), () -> PlanRules.check(p).toString());
        int lastOrdinary = 0;
        for (PlanWeek w : p.weeks()) {
            final int max = w.sessions().stream().filter(s -> s.type().isRun()).flatMap(s -> s.runWalk().stream())
                    .mapToInt(RunWalk::runSec).max().orElse(0);
            if (w.cutback() || w.phase() == Phase.TAPER) {
                assertTrue(max <= lastOrdinary, "week " + w.number() + " steps the ratio up to " + max + " s after "
                        + lastOrdinary + " s");
            } else {
                assertTrue(max >= lastOrdinary, "week " + w.number() + " goes back");
                lastOrdinary = max;
            }
        }
    }

    @Test
    void aWalkersFirstWeekGrowsTenPercentInMinutesFromTheirWeek() {
        final Plan p = Golden.plan(Goal.TIME, RaceDistance.FIVE_K, null, 8, TUE_THU_SAT,
                fitness(race(RaceDistance.FIVE_K, 50, 0), 8.0, 2, null, null, null, 0, false));
        assertTrue(PlanRules.check(p).isEmpty(), () -> PlanRules.check(p).toString());
        final PlanWeek first = p.weeks().get(0);
        final double secPerM = first.sessions().stream().filter(s -> s.type().isRun())
                .mapToDouble(s -> s.duration().orElseThrow().toSeconds() / s.load().totalM()).average().orElseThrow();
        final double nowMin = 8000 * secPerM / 60;
        final long week1 = first.sessions().stream().filter(s -> s.type().isRun())
                .mapToLong(s -> s.duration().orElseThrow().toMinutes()).sum();
        assertTrue(week1 <= 1.10 * nowMin + 1, "week 1 " + week1 + " min against " + Math.round(nowMin) + " min now");
    }
}
