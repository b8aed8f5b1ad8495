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
import org.junit.jupiter.api.Test;

/**
 * A time goal on three days keeps its quality session (coach review p30): a week too small for three runs of 20
 * minutes beside the long run it holds has two, and a two-run week has no workout, so the long run must not grow in
 * such a week ({@link LostRunLong}), or the next weeks never get their third run back.
 */
class QualityKeptTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);

    /**
     * p30: 20 km a week on 3 days after 30 days off (cross-trained), a 24:00 5K aiming at 23:30, 6 weeks. Before: two
     * runs a week from week 1 to the race (4–5.5 km and a 6 → 6.5 → 7.5 → 8 km long run), strides and cross-training
     * only: no quality session in six weeks (failed before the fix). Now weeks 3 and 4 have three runs and a workout:
     * hills with 6-minute warm-up and cool-down ({@link ShortWorkout}), then race pace.
     */
    @Test
    void p30KeepsThreeRunsAndAQualitySession() {
        final Plan p = new PlanGenerator(CLOCK).generate(new PlanRequest(Goal.TIME, Optional.of(RaceDistance.FIVE_K),
                Optional.of(Duration.ofMinutes(23).plusSeconds(30)), Optional.of(LocalDate.of(2026, 12, 7)), Optional.empty(),
                Optional.of(6), EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
                Optional.empty(), Runners.fitness(Optional.of(new RaceResult(RaceDistance.FIVE_K, Duration.ofMinutes(24))),
                        20_000.0, 3, 6_000.0, null, null, 30, true), false));
        final List<PlanWeek> w = p.weeks();
        assertThat(w.get(2).runs()).as("week 3 (build) has its three runs").isEqualTo(3);
        assertThat(w.get(3).runs()).as("week 4 (peak) has its three runs").isEqualTo(3);
        assertThat(w.stream().filter(x -> x.phase() == Phase.BUILD || x.phase() == Phase.PEAK)
                .allMatch(QualityKeptTest::hasQuality)).as("a quality session in every build and peak week").isTrue();
        double longest = 0;
        for (PlanWeek x : w) {
            final double lng = longRun(x);
            if (x.runs() < 3 && !x.cutback() && x.phase() != Phase.TAPER && longest > 0) {
                assertThat(lng).as("week %d lost a run: its long run does not grow", x.number())
                        .isLessThanOrEqualTo(Math.max(longest, x.trainingM() / x.runs()) + 1);
            }
            longest = Math.max(longest, lng);
        }
        assertThat(TwentyMinuteFloorTest.shortRuns(p)).isEmpty();
        assertThat(PlanRules.check(p)).isEmpty();
    }

    /**
     * Every plan with a time goal (a target time) on three days has a quality session in most of its build and peak
     * weeks (cutbacks, taper and race week left out, where fewer or none is fine), over generated runners: Couch to 5K,
     * run/walk by choice and walker-runners left out (their hard efforts stay gentle by design).
     */
    @Test
    void aTimeGoalOnThreeDaysKeepsItsQualitySessions() {
        final Random rnd = new Random(PlanRulePropertiesTest.SEED);
        final List<String> found = new ArrayList<>();
        int checked = 0;
        final List<String> grew = new ArrayList<>();
        for (int draw = 0; draw < 200_000 && checked < 300; draw++) {
            final PlanRequest r = Runners.randomRequest(rnd);
            if (r.goal() != Goal.TIME || r.targetTime().isEmpty() || r.days().size() != 3) {
                continue;
            }
            final Optional<Plan> made = Runners.made(CLOCK, r);
            if (made.isEmpty()) {
                continue;
            }
            final Plan p = made.get();
            if (p.fitness().level() == Fitness.Level.WALK_RUN || p.fitness().level() == Fitness.Level.RUN_WALK_BY_CHOICE
                    || walker(p)) {
                continue;
            }
            checked++;
            final List<PlanWeek> build = p.weeks().stream().filter(x -> (x.phase() == Phase.BUILD || x.phase() == Phase.PEAK)
                    && !x.cutback() && x.sessions().stream().noneMatch(s -> s.type() == SessionType.RACE)).toList();
            double longest = 0;
            for (PlanWeek x : p.weeks()) {
                final double lng = longRun(x);
                if (x.runs() < 3 && (x.phase() == Phase.BUILD || x.phase() == Phase.PEAK) && !x.cutback() && longest > 0
                        && lng > Math.max(Math.max(longest, LongRunRule.usualMinimum(r.distance().orElseThrow(), r.goal())),
                                Math.ceil(x.trainingM() / x.runs() / 500 - 1e-6) * 500) + 1) {
                    grew.add(Runners.describe(r) + ": week " + x.number() + " lost a run and its long run grew to " + lng);
                }
                longest = Math.max(longest, lng);
            }
            final long with = build.stream().filter(QualityKeptTest::hasQuality).count();
            if (!build.isEmpty() && 2 * with <= build.size()) {
                found.add(Runners.describe(r) + ": quality in " + with + " of " + build.size() + " build weeks, runs "
                        + build.stream().map(x -> x.number() + ":" + x.runs()).toList());
            }
        }
        assertThat(checked).isGreaterThan(150);
        // Long runs grown past the plan's longest, the distance's usual minimum and an even share in a week that lost a
        // run: 16 (those lose the run when the week is composed); the first metric, without the distance's minimum,
        // counted 147 before LostRunLong. May only go down.
        assertThat(grew).as("long runs grown in a week that lost a run: %s", grew).hasSizeLessThanOrEqualTo(16);
        // Open (reported to the lead): plans short of a quality session in most build weeks went from 84 to 68 of 300
        // (LostRunLong, ShortWorkout, a small week's next workout kind); those left are mostly three days side by side
        // and returners whose weeks stay under three 20-minute runs. The count may only go down.
        assertThat(found).as("%d of %d plans", found.size(), checked).hasSizeLessThanOrEqualTo(68);
    }

    private static boolean hasQuality(final PlanWeek w) {
        return w.sessions().stream().anyMatch(s -> s.type().isQuality());
    }

    private static double longRun(final PlanWeek w) {
        return w.sessions().stream().filter(s -> s.type() == SessionType.LONG).mapToDouble(s -> s.load().totalM()).max().orElse(0);
    }

    /** A walker-runner (easy pace 9:00/km or slower): no hard efforts by design. */
    private static boolean walker(final Plan p) {
        return p.paces().map(x -> EffortPace.walker(x.easy().midSecPerKm())).orElse(false);
    }
}
