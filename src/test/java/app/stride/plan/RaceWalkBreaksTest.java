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

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A race with walk breaks is rehearsed (coach review: walkers): the long runs of the last full week and the taper walk
 * at the race's ratio, and a race longer than the runner can run non-stop walks as their long runs did.
 */
class RaceWalkBreaksTest {

    private static Plan tenK(final FitnessInput f, final Goal g, final int weeks) {
        return Golden.plan(g, RaceDistance.TEN_K, null, weeks, days(TUESDAY, THURSDAY, SATURDAY, SUNDAY), f);
    }

    private static Session raceDay(final Plan p) {
        return p.sessions().get(p.sessions().size() - 1);
    }

    /** The long runs of the last week before the taper and of the taper. */
    private static List<Session> lastLongRuns(final Plan p) {
        int from = p.weeks().size() - 1;
        while (from > 0 && p.weeks().get(from).phase() == Phase.TAPER) {
            from--;
        }
        return p.weeks().subList(from, p.weeks().size()).stream().flatMap(w -> w.sessions().stream())
                .filter(s -> s.type() == SessionType.LONG).toList();
    }

    private static void assertRehearsed(final Plan p) {
        assertTrue(PlanRules.check(p).isEmpty(), () -> PlanRules.check(p).toString());
        final Optional<RunWalk> rw = raceDay(p).runWalk();
        assertTrue(rw.isPresent(), "race with walk breaks");
        assertTrue(lastLongRuns(p).size() >= 2);
        // Walk breaks never come back (NonStopFloor): a long run no longer than a run already run non-stop stays so.
        lastLongRuns(p).forEach(s -> assertEquals(nonStopBefore(p, s) + 0.5 >= minutes(s) ? Optional.empty() : rw,
                s.runWalk(), "long run on " + s.date() + " walks as the race does"));
    }

    /** Minutes of running at the long run's easy pace (its time when non-stop). */
    private static double minutes(final Session s) {
        return s.runWalk().isEmpty() ? s.duration().orElseThrow().toSeconds() / 60.0
                : s.load().totalM() / 1000 * raceFreeEasySecPerKm / 60;
    }

    private static double raceFreeEasySecPerKm;

    /** The longest run done non-stop in the weeks before {@code s}'s week (easy pace read from those runs). */
    private static double nonStopBefore(final Plan p, final Session s) {
        double longest = 0;
        for (PlanWeek w : p.weeks()) {
            if (!w.sessions().contains(s)) {
                for (Session o : w.sessions()) {
                    if (o.type().isRun() && o.type() != SessionType.RACE && o.runWalk().isEmpty() && o.duration().isPresent()) {
                        longest = Math.max(longest, o.duration().get().toSeconds() / 60.0);
                        if (o.type() == SessionType.LONG || o.type() == SessionType.EASY) {
                            raceFreeEasySecPerKm = o.duration().get().toSeconds() / (o.load().totalM() / 1000);
                        }
                    }
                }
            } else {
                break;
            }
        }
        return longest;
    }

    @ParameterizedTest(name = "{0} weeks, {1} km a week")
    // 8 weeks at 25 km is ready since the ramp's first week is about a third, not rounded down (p18): 22 km is not.
    // 6 weeks at 30 km is ready since the long run no longer gives way below the plan's longest (coach review: long
    // run giving way; week 4 has two runs, 6.5 + 8 km): 33 km is not.
    // Since the ramp reaches its shares (coach review 4 p18: a third, a half, three quarters, then growth) 6 weeks at
    // 33 km and 8 weeks at 22 km are ready; 6 weeks at 22 km and 8 weeks at 18 km are not.
    @CsvSource({"6, 22", "8, 18"})
    void aReturnerAfterFiveMonthsOffPractisesTheRaceRatioInTheLastLongRuns(final int weeks, final double km) {
        // 45:00 10K before 150 days off: not ready for 10 km in the weeks there are, so the race is run/walk.
        final Plan p = tenK(fitness(race(RaceDistance.TEN_K, 45, 0), km, 4, null, null, null, 150, false), Goal.TIME, weeks);
        assertTrue(p.warnings().stream().anyMatch(w -> w.code().equals("notReady")));
        assertRehearsed(p);
    }

    @Test
    void eightWeeksTakeTheThirtyKilometreReturnerToTheUsualLongRunAndANonStopRace() {
        // The same 45:00 10K runner at 30 km a week after 150 days off, 8 weeks: the cutback comes after the returner's
        // ramp (no 9.5 km week 4), so the long run reaches the 10K's usual 8 km (it stopped at 7.5 km, not ready, with
        // the cutback in the ramp). Ready: no notReady, the race is run non-stop and no long run is made to walk for it.
        final Plan p = tenK(fitness(race(RaceDistance.TEN_K, 45, 0), 30.0, 4, null, null, null, 150, false), Goal.TIME, 8);
        assertTrue(PlanRules.check(p).isEmpty(), () -> PlanRules.check(p).toString());
        assertTrue(p.warnings().stream().noneMatch(w -> w.code().equals("notReady")), p.warnings()::toString);
        assertTrue(p.sessions().stream().filter(s -> s.type() == SessionType.LONG)
                .anyMatch(s -> s.load().totalM() >= LongRunRule.usualMinimum(RaceDistance.TEN_K, Goal.TIME) - 1));
        assertEquals(Optional.empty(), raceDay(p).runWalk());
        lastLongRuns(p).forEach(s -> assertEquals(Optional.empty(), s.runWalk(), "long run on " + s.date()));
    }

    @Test
    void theTaperLongRunKeepsTheRatioTheReturnerTrainedAt() {
        // 40 km a week before 120 days off, 6 weeks: long runs at 4 min / 1 min; the taper's shorter one kept them too.
        final Plan p = tenK(fitness(Optional.empty(), 40.0, null, null, null, null, 120, false), Goal.FINISH, 6);
        assertEquals(Optional.of(new RunWalk(240, 60)), raceDay(p).runWalk());
        assertRehearsed(p);
    }

    @Test
    void aRaceLongerThanTheRunnerCanRunNonStopWalksAsTheLongRunsDid() {
        // Can run 20 minutes, 20 km a week: long runs go 4 min / 1 min; a 10K of 75+ minutes was raced non-stop.
        final Plan p = tenK(fitness(Optional.empty(), 20.0, null, null, 20, null, 0, false), Goal.FINISH, 6);
        assertEquals(Optional.of(new RunWalk(240, 60)), raceDay(p).runWalk());
        assertTrue(p.warnings().stream().anyMatch(w -> w.code().equals("raceWalkBreaks")));
        assertRehearsed(p);
    }
}
