package app.stride.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every run at least 20 minutes, on any number of days (coach review D7b: p03, p30, p18, p21): the long run gives way
 * first, then a small week gets one run fewer (never under two), and a 2-day plan keeps the runner's current week.
 * Exempt: race week's shake-out and Couch to 5K's steps (the NHS programme's own sessions).
 */
class TwentyMinuteFloorTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate START = LocalDate.of(2026, 12, 7);
    private static final Set<DayOfWeek> DEFAULT_DAYS = EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY,
            DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

    private static Plan plan(final Goal goal, final RaceDistance d, final Duration target, final int weeks,
                             final Set<DayOfWeek> days, final FitnessInput f) {
        return new PlanGenerator(CLOCK).generate(new PlanRequest(goal, Optional.of(d), Optional.ofNullable(target),
                Optional.of(START), Optional.empty(), Optional.of(weeks), days, Optional.empty(), f, false));
    }

    /**
     * p03: a beginner who runs 6 km a week and 10 minutes non-stop, on 3 days. Before: 10- and 15-minute sessions and a
     * 4.7 km week 1 under the current 6 km (failed before the fix).
     */
    @Test
    void p03ABeginnerOnThreeDaysGetsSessionsOfTwentyMinutes() {
        final Plan p = plan(Goal.FINISH, RaceDistance.FIVE_K, null, 6, DEFAULT_DAYS,
                Runners.fitness(Optional.empty(), 6_000.0, 3, null, 10, null, 0, false));
        assertThat(shortRuns(p)).isEmpty();
        assertThat(p.weeks().get(0).trainingM()).as("week 1 keeps the current 6 km week").isGreaterThanOrEqualTo(0.98 * 6_000);
        assertThat(p.weeks().get(0).sessions().stream().filter(s -> s.type().isRun())
                .allMatch(s -> s.runWalk().isPresent() || s.duration().orElseThrow().toMinutes() <= 15))
                .as("sessions past what they can run non-stop keep walk breaks").isTrue();
        assertThat(PlanRules.check(p)).isEmpty();
    }

    /**
     * p30: 20 km a week on 3 days after 30 days off (cross-trained), a 24:00 5K aiming at 23:30. Before: hills and a
     * 7 km long run left a 2 km (12:52) easy run in week 4 and a 1.5 km (9:39) one in week 5 (failed before the fix).
     */
    @Test
    void p30NoShortEasyDayBesideTheLongRun() {
        final Plan p = plan(Goal.TIME, RaceDistance.FIVE_K, Duration.ofMinutes(23).plusSeconds(30), 6, DEFAULT_DAYS,
                Runners.fitness(Optional.of(new RaceResult(RaceDistance.FIVE_K, Duration.ofMinutes(24))), 20_000.0, 3,
                        6_000.0, null, null, 30, true));
        assertThat(shortRuns(p)).isEmpty();
        final PlanWeek peak = p.weeks().get(3);
        // A week that lost a run to the floor no longer grows its long run (LostRunLong, coach review p30): the long
        // run stays at the plan's longest (5 km in the two-run ramp weeks), so week 4 holds it beside a workout and a
        // 20-minute run (it was 5.5 + 8 km, two runs and no workout).
        assertThat(peak.runs()).as("week 4 keeps its three runs").isEqualTo(3);
        assertThat(peak.sessions().stream().anyMatch(s -> s.type().isQuality())).as("week 4 has its workout").isTrue();
        final double longM = peak.sessions().stream().filter(s -> s.type() == SessionType.LONG)
                .mapToDouble(s -> s.load().totalM()).max().orElseThrow();
        assertThat(peak.sessions().stream().filter(s -> s.type().isRun()).mapToDouble(s -> s.load().totalM()).max().orElseThrow())
                .as("the long run stays the longest run of its week").isEqualTo(longM);
        assertThat(PlanRules.check(p)).isEmpty();
    }

    /**
     * p21: 10 km a week on two days (4 km longest run). Before: weeks of 6.6, 5.3, 5.3 and 2.7 km and 10-minute runs,
     * long runs included, in the cutback and the taper (failed before the fix).
     */
    @Test
    void p21TwoDaysKeepTheCurrentWeekAndNoShortRuns() {
        final Plan p = plan(Goal.FINISH, RaceDistance.FIVE_K, null, 8, EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
                Runners.fitness(Optional.empty(), 10_000.0, 2, 4_000.0, null, null, 0, false));
        assertThat(shortRuns(p)).isEmpty();
        for (PlanWeek w : p.weeks()) {
            if (!w.cutback() && w.phase() != Phase.TAPER) {
                assertThat(w.trainingM()).as("week %d keeps 90%% of the current 10 km", w.number()).isGreaterThanOrEqualTo(9_000 - 1);
            }
            final double longM = PlanWeek.longRunM(w.sessions());
            if (longM > 0) {
                assertThat(w.sessions().stream().filter(s -> s.type().isRun()).mapToDouble(s -> s.load().totalM()).max().orElseThrow())
                        .as("week %d: the other run no longer than the long run", w.number()).isLessThanOrEqualTo(longM);
            }
        }
        assertThat(PlanRules.check(p)).isEmpty();
    }

    /** The rule over thousands of generated runners, on any number of days. */
    @Test
    void noRunUnderTwentyMinutesOnAnyNumberOfDays() {
        final Runners.Findings f = Runners.findings(new Random(PlanRulePropertiesTest.SEED), PlanRulePropertiesTest.RUNNERS,
                CLOCK, TwentyMinuteFloorTest::shortRuns);
        final List<String> short_ = f.found();
        assertThat(f.checked()).isGreaterThan(PlanRulePropertiesTest.RUNNERS * 8 / 10);
        if (Boolean.getBoolean("short.summary")) {
            final java.util.Map<String, Long> by = new java.util.TreeMap<>();
            for (String s : short_) {
                final String key = (s.contains("run/walk ") ? "rw-by-choice " : "") + (s.contains("race week") ? "race-week " : "")
                        + s.replaceAll(".*\\((\\d) runs\\)$", "$1 runs") + " " + s.replaceAll(".*(week \\d+)( \\(race week\\))? \\w+ (\\S+) .*", "$3");
                by.merge(key, 1L, Long::sum);
            }
            by.forEach((k, v) -> System.out.println("SUMMARY " + k + ": " + v));
            short_.stream().filter(x -> !x.contains("run/walk ") && !x.contains("race week")).limit(60)
                    .forEach(x -> System.out.println("SAMPLE " + x));
        }
        assertThat(short_).as("%d short runs", short_.size()).isEmpty();
    }

    /** The plan's easy pace (its estimate when it goes by effort): the first easy run's time over its metres. */
    private static double easySecPerKm(final Plan p) {
        return p.paces().map(x -> x.easy().midSecPerKm()).orElseGet(() -> p.weeks().stream().flatMap(w -> w.sessions().stream())
                .filter(s -> s.type() == SessionType.LONG && s.runWalk().isEmpty() && s.distanceM().isPresent())
                .findFirst().map(s -> s.duration().orElseThrow().toSeconds() / (s.distanceM().get() / 1000)).orElse(450.0));
    }

    /** Runs under 20 minutes, named by week and day: race week's shake-out and Couch to 5K steps left out. */
    static List<String> shortRuns(final Plan p) {
        final List<String> out = new ArrayList<>();
        if (p.fitness().level() == Fitness.Level.WALK_RUN) {
            return out;
        }
        for (PlanWeek w : p.weeks()) {
            final boolean raceWeek = w.sessions().stream().anyMatch(s -> s.type() == SessionType.RACE);
            // Two runs are the fewest a week keeps: a week the growth rule (or a ramp, a cutback, the taper) holds under
            // two runs of 20 minutes keeps its two shorter runs (the decision of coach review D7b).
            final double twentyMinM = RunCount.MIN_RUN_MINUTES * 60 / easySecPerKm(p) * 1000;
            if (w.phase() == Phase.RUN_WALK || w.runs() <= RunCount.FEWEST_RUNS && w.trainingM() < 2 * twentyMinM + 1000) {
                continue;
            }
            for (Session s : w.sessions()) {
                final boolean shakeOut = raceWeek && p.raceDate().map(d -> s.date().equals(d.minusDays(1))).orElse(false);
                if (!s.type().isRun() || s.type() == SessionType.RACE || shakeOut) {
                    continue;
                }
                final double min = s.duration().orElseThrow().toSeconds() / 60.0;
                if (min < RunCount.MIN_RUN_MINUTES - 1e-9) {
                    out.add(String.format("week %d%s %s %s %.1f min (%d runs)", w.number(), raceWeek ? " (race week)" : "",
                            s.date().getDayOfWeek(), s.type().code(), min, w.runs()));
                }
            }
        }
        return out;
    }
}
