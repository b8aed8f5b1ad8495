package app.stride.plan;

import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.stride.settings.DistanceUnit;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Walk breaks never come back for a run no longer than one already run non-stop in the plan (coach review 3, p02, p18,
 * p06). Before the fix: p02's race walked 10 min / 1 min after 30 minutes non-stop in Couch to 5K's last week; p18's
 * taper long run (35 minutes) walked 4 min / 1 min after a 45-minute non-stop long run, copying its not-ready race;
 * p06 (30 days off) kept walk breaks in its long runs to week 5 while 60 days off ran them non-stop from week 3.
 */
class NonStopWalkBreaksTest {

    /** p02: Couch to 5K from 5 minutes non-stop, a 5K in 8 weeks: the programme ends a week before the taper. */
    @Test
    void p02CouchToFiveKFinishedRacesNonStop() {
        final Plan p = WalkBreaksBridgeTest.plan(Goal.FINISH, RaceDistance.FIVE_K, null, 8, new FitnessInput(
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(5), Optional.empty(), 0,
                false));
        final Session race = race(p);
        assertEquals(Optional.empty(), race.runWalk(), "30 minutes run non-stop in the plan, then a run/walk 5K");
        assertTrue(p.warnings().stream().noneMatch(w -> w.code().equals("c25kWalkBreaks")), p.warnings().toString());
    }

    /**
     * A smaller p18: 10 mi a week, 4 mi long runs, 3 runs, 90 days off, a 10K in 10 weeks (not ready: the race walks,
     * and the peak long run rehearses it with walk breaks after 45 minutes non-stop). p18 itself (12 mi, 5 mi long
     * runs) runs its 10K non-stop since the ramp reaches its shares (coach review 4), so no longer tests this rule.
     */
    @Test
    void p18RehearsalsOfANotReadyRaceDoNotUndoNonStopRuns() {
        final FitnessInput f = new FitnessInput(Optional.empty(), Optional.of(10 * 1609.344), Optional.of(3),
                Optional.of(4 * 1609.344), Optional.empty(), Optional.empty(), 90, false);
        final Plan p = new PlanGenerator(WalkBreaksBridgeTest.CLOCK, DistanceUnit.MI).generate(new PlanRequest(Goal.FINISH,
                Optional.of(RaceDistance.TEN_K), Optional.empty(), Optional.of(WalkBreaksBridgeTest.START), Optional.empty(),
                Optional.of(10), EnumSet.of(TUESDAY, THURSDAY, SUNDAY), Optional.empty(), f));
        assertTrue(race(p).runWalk().isPresent(), "the not-ready race itself may walk");
        assertEquals(List.of(), comebacks(p));
    }

    /**
     * A walking race keeps its rehearsals in the long runs only: an easy run within the non-stop reach of the runs
     * before it runs through. Before the fix the 120-days 6-week 10K had two 40-minute 4/1 easy runs in week 3 after
     * 30-minute non-stop ones in week 2, then 45 minutes non-stop in week 4.
     */
    @Test
    void easyRunsWithinTheReachRunThroughWhenTheRaceWalks() {
        final Plan p = GoldenCases.all().stream().filter(c -> c.name().equals("returner-120-days-10k-6-weeks-taper-walks"))
                .findFirst().map(c -> new PlanGenerator(Golden.CLOCK).generate(c.request())).orElseThrow();
        assertTrue(race(p).runWalk().isPresent(), "the race walks");
        double before = 0;
        final List<String> walked = new ArrayList<>();
        for (Session s : p.sessions()) {
            if (!s.type().isRun() || s.type() == SessionType.RACE || s.duration().isEmpty()) {
                continue;
            }
            final double min = s.duration().get().toSeconds() / 60.0;
            if (s.runWalk().isEmpty()) {
                before = Math.max(before, min);
            } else if (s.type() != SessionType.LONG && min <= NonStopFloor.reach(before) + 0.5) {
                walked.add(s.date() + " " + Math.round(min) + " min after " + Math.round(before) + " non-stop");
            }
        }
        assertEquals(List.of(), walked);
    }

    /** p06 against p27's break: 30 days off bridges to non-stop long runs no later than 60 days off does. */
    @Test
    void p06ThirtyDaysOffBridgesNoSlowerThanSixty() {
        final Plan thirty = p06(30);
        final Plan sixty = p06(60);
        final int from30 = longRunsNonStopFrom(thirty);
        assertTrue(from30 <= longRunsNonStopFrom(sixty), "30 days off: long runs non-stop from week " + from30
                + ", 60 days off: week " + longRunsNonStopFrom(sixty));
        assertTrue(from30 <= 3, "30 days off: long runs non-stop from week " + from30);
    }

    private static Plan p06(final int daysOff) {
        return WalkBreaksBridgeTest.plan(Goal.TIME, RaceDistance.HALF, null, 12, WalkBreaksBridgeTest.returner(
                Optional.of(new RaceResult(RaceDistance.HALF, Duration.ofMinutes(115))), 40, 4, 18, daysOff));
    }

    /** The first week from which no long run walks. */
    private static int longRunsNonStopFrom(final Plan p) {
        int from = 1;
        for (PlanWeek w : p.weeks()) {
            if (w.sessions().stream().anyMatch(s -> s.type() == SessionType.LONG && s.runWalk().isPresent())) {
                from = w.number() + 1;
            }
        }
        return from;
    }

    private static Session race(final Plan p) {
        final List<Session> last = p.weeks().get(p.weeks().size() - 1).sessions();
        return last.stream().filter(s -> s.type() == SessionType.RACE).findFirst().orElseThrow();
    }

    /**
     * Runs (not the race) with walk breaks no longer than a run the plan had them run non-stop in an earlier week,
     * outside Couch to 5K's own steps. Minutes of running: a non-stop run's time; a run with walk breaks, its distance at
     * the plan's easy pace (read from its non-stop easy and long runs).
     */
    static List<String> comebacks(final Plan p) {
        final Optional<Double> secPerM = p.weeks().stream().flatMap(w -> w.sessions().stream())
                .filter(s -> (s.type() == SessionType.EASY || s.type() == SessionType.LONG) && s.runWalk().isEmpty()
                        && s.duration().isPresent() && s.load().totalM() > 0)
                .map(s -> s.duration().get().toSeconds() / s.load().totalM()).findFirst();
        final List<String> out = new ArrayList<>();
        if (secPerM.isEmpty()) {
            return out;
        }
        double longest = 0;
        for (PlanWeek w : p.weeks()) {
            if (w.phase() == Phase.RUN_WALK) {
                continue;
            }
            double weekLongest = longest;
            for (Session s : w.sessions()) {
                if (!s.type().isRun() || s.type() == SessionType.RACE) {
                    continue;
                }
                if (s.runWalk().isPresent()) {
                    final double min = s.load().totalM() * secPerM.get() / 60;
                    if (min <= longest - 1) {
                        out.add(s.date() + " " + s.type() + " " + Math.round(min) + " min with walk breaks after "
                                + Math.round(longest) + " min non-stop");
                    }
                } else if (s.duration().isPresent()) {
                    weekLongest = Math.max(weekLongest, s.duration().get().toSeconds() / 60.0);
                }
            }
            longest = weekLongest;
        }
        return out;
    }
}
