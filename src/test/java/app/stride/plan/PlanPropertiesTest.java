package app.stride.plan;

import static app.stride.plan.Runners.describe;
import static app.stride.plan.Runners.named;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every generated runner gets a plan that keeps every rule in the reference, and the same plan every time. Each
 * property runs on the same {@value Runners#CASES} deterministic requests from {@link Runners} (a grid plus a fixed-seed
 * random sample), each named after its request.
 */
class PlanPropertiesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-01-06T10:00:00Z"), ZoneOffset.UTC);

    static Stream<Named<PlanRequest>> requests() {
        return Runners.named();
    }

    @Test
    void theSampleIsDeterministicAndCoversTheRanges() {
        final List<PlanRequest> s = Runners.sample();
        assertThat(s).hasSize(Runners.CASES);
        assertThat(s).isEqualTo(Runners.sample());
        assertThat(s.stream().map(Runners::describe).toList()).isEqualTo(Runners.sample().stream().map(Runners::describe).toList())
                .doesNotHaveDuplicates();

        assertThat(s).extracting(PlanRequest::goal).contains(Goal.values());
        assertThat(s).filteredOn(PlanRequest::hasRace).extracting(r -> r.distance().orElseThrow())
                .containsOnly(Runners.PLAN_DISTANCES);
        assertThat(s).extracting(Runners::weeksOf).containsOnly(IntStream.rangeClosed(6, 12).boxed().toArray(Integer[]::new));
        assertThat(s).filteredOn(r -> r.startDate().isPresent()).extracting(r -> r.startDate().get())
                .contains(Runners.FIRST_START, Runners.FIRST_START.plusDays(Runners.MAX_START_OFFSET))
                .allSatisfy(d -> assertThat(d).isBetween(Runners.FIRST_START, Runners.FIRST_START.plusDays(Runners.MAX_START_OFFSET)));
        assertThat(s).filteredOn(PlanRequest::hasRace).anyMatch(r -> r.startDate().isPresent()).anyMatch(r -> r.weeks().isPresent())
                .anyMatch(r -> !r.days().contains(r.raceDate().orElseThrow().getDayOfWeek()))
                .allMatch(r -> r.raceDate().isPresent());
        assertThat(s).extracting(r -> r.days().size()).containsOnly(2, 3, 4, 5, 6, 7);
        assertThat(s).anyMatch(r -> r.days().equals(java.util.EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY)));
        assertThat(s).anyMatch(r -> r.longRunDay().isPresent()).anyMatch(r -> r.longRunDay().isEmpty())
                .allMatch(r -> r.longRunDay().map(r.days()::contains).orElse(true));
        assertThat(s).filteredOn(r -> r.targetTime().isPresent()).hasSizeGreaterThan(Runners.CASES / 10)
                .allMatch(r -> r.goal() == Goal.TIME);

        final List<FitnessInput> f = s.stream().map(PlanRequest::fitness).toList();
        assertThat(f).anyMatch(FitnessInput::isEmpty);
        assertThat(f).filteredOn(x -> x.recentRace().isPresent()).extracting(x -> x.recentRace().get().distance())
                .contains(RaceDistance.values());
        assertThat(f).filteredOn(x -> x.recentRace().isPresent())
                .extracting(x -> Vdot.fromRace(x.recentRace().get().distance().metres(), x.recentRace().get().time()).value())
                .allSatisfy(v -> assertThat(v).isBetween(Runners.MIN_VDOT - 0.1, Runners.MAX_VDOT + 0.1))
                .anySatisfy(v -> assertThat(v).isLessThan(Runners.MIN_VDOT + 0.1))
                .anySatisfy(v -> assertThat(v).isGreaterThan(Runners.MAX_VDOT - 0.1));
        assertPresentAndAbsent(f.stream().map(FitnessInput::recentRace).toList());
        assertPresentAndAbsent(f.stream().map(FitnessInput::weeklyM).toList());
        assertPresentAndAbsent(f.stream().map(FitnessInput::runsPerWeek).toList());
        assertPresentAndAbsent(f.stream().map(FitnessInput::longestRunM).toList());
        assertPresentAndAbsent(f.stream().map(FitnessInput::continuousMin).toList());
        assertPresentAndAbsent(f.stream().map(FitnessInput::runWalk).toList());
        assertThat(f).flatExtracting(x -> x.weeklyM().stream().toList()).contains(0.0, Runners.MAX_WEEKLY_M)
                .allSatisfy(m -> assertThat(m).isBetween(0.0, Runners.MAX_WEEKLY_M));
        assertThat(f).flatExtracting(x -> x.runsPerWeek().stream().toList()).containsOnly(1, 2, 3, 4, 5, 6, 7);
        assertThat(f).flatExtracting(x -> x.longestRunM().stream().toList()).contains(0.0, Runners.MAX_LONGEST_M)
                .allSatisfy(m -> assertThat(m).isBetween(0.0, Runners.MAX_LONGEST_M));
        assertThat(f).flatExtracting(x -> x.continuousMin().stream().toList()).contains(0, Runners.MAX_CONTINUOUS_MIN)
                .allSatisfy(m -> assertThat(m).isBetween(0, Runners.MAX_CONTINUOUS_MIN));
        assertThat(f).flatExtracting(x -> x.runWalk().stream().toList()).contains(new RunWalk(15, 120), new RunWalk(360, 15))
                .allSatisfy(rw -> assertThat(rw.runSec()).isBetween(15, 360))
                .allSatisfy(rw -> assertThat(rw.walkSec()).isBetween(15, 120));
        assertThat(f).extracting(FitnessInput::daysOff).contains(0, Runners.MAX_DAYS_OFF)
                .allSatisfy(d -> assertThat(d).isBetween(0, Runners.MAX_DAYS_OFF));
        assertThat(f).filteredOn(x -> x.daysOff() == 0).hasSizeGreaterThan(Runners.CASES / 3);
        assertThat(f).extracting(FitnessInput::crossTrained).contains(true, false);
        assertThat(f).anyMatch(x -> x.daysOff() > 0 && x.crossTrained()).anyMatch(x -> x.daysOff() > 0 && !x.crossTrained());
    }

    /** The conditional checks below are reached: stretch targets, reachable targets, and unready races. */
    @Test
    void theSampleReachesEveryWarningCase() {
        int stretch = 0;
        int reachable = 0;
        int unready = 0;
        int refused = 0;
        for (PlanRequest request : Runners.sample()) {
            final Plan plan = planOrRefused(request);
            if (plan == null) {
                refused++;
                continue;
            }
            if (request.targetTime().isPresent() && plan.fitness().vdot().isPresent()) {
                final double needed = Vdot.fromRace(request.distance().orElseThrow().metres(), request.targetTime().get()).value();
                if (needed > plan.fitness().vdot().get().value() * (1 + 0.03 * plan.weeks().size() / 8.0)) {
                    stretch++;
                } else {
                    reachable++;
                }
            }
            final Session race = plan.sessions().get(plan.sessions().size() - 1);
            if (race.type() == SessionType.RACE && race.runWalk().isPresent()
                    && plan.fitness().level() != Fitness.Level.RUN_WALK_BY_CHOICE) {
                unready++;
            }
        }
        assertThat(stretch).as("stretch targets").isGreaterThanOrEqualTo(10);
        assertThat(reachable).as("reachable targets").isGreaterThanOrEqualTo(10);
        assertThat(unready).as("unready races").isGreaterThanOrEqualTo(10);
        assertThat(refused).as("refused goals").isGreaterThanOrEqualTo(1);
    }

    /**
     * The plan, or null when the goal is refused as not feasible; a refusal always names the race date and, when
     * the plan could be longer or the race shorter, offers that.
     */
    static Plan planOrRefused(final PlanRequest request) {
        try {
            return new PlanGenerator(CLOCK).generate(request);
        } catch (PlanInputException e) {
            // Infeasible goals, and races too close for a plan that starts today (the sample has starts in the past).
            assertThat(e.problem().code()).as("only infeasible goals are refused: %s", request).isIn("notFeasible", "notFeasibleTime", "raceTooClose");
            assertThat(e.field()).isEqualTo(PlanField.RACE_DATE);
            return null;
        }
    }

    private static void assertPresentAndAbsent(final List<? extends Optional<?>> values) {
        assertThat(values).anyMatch(Optional::isPresent).anyMatch(Optional::isEmpty);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("requests")
    void everyPlanKeepsEverySafetyRule(final PlanRequest request) {
        named(describe(request), () -> {
            final Plan plan = planOrRefused(request);
            if (plan == null) {
                return;
            }
            assertThat(PlanRules.check(plan)).as("rules broken for %s", request).isEmpty();
        });
    }

    private static Plan withoutPastStart(final Plan p) {
        return new Plan(p.request(), p.startDate(), p.endDate(), p.raceDate(), p.fitness(), p.paces(), p.racePace(),
                p.raceTime(), p.predicted(), p.warnings().stream().filter(w -> !w.code().equals("pastStart")).toList(), p.weeks());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("requests")
    void sameInputSamePlan(final PlanRequest request) {
        named(describe(request), () -> {
            // Today only picks a default start and, for a start in the past, adds a warning naming today.
            if (planOrRefused(request) == null) {
                return;
            }
            final Plan a = withoutPastStart(new PlanGenerator(CLOCK).generate(request));
            final Plan b;
            try {
                b = withoutPastStart(new PlanGenerator(Clock.offset(CLOCK, Duration.ofDays(3))).generate(request));
            } catch (PlanInputException e) {
                // Three days later the race can be too close for a plan that starts today: that is the point.
                assertThat(e.problem().code()).isEqualTo("raceTooClose");
                return;
            }
            assertThat(b).isEqualTo(a);
            assertThat(new PlanGenerator(CLOCK).generate(request)).isEqualTo(new PlanGenerator(CLOCK).generate(request));
        });
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("requests")
    void stretchTargetsAndUnreadyRacesAreNamedInWarnings(final PlanRequest request) {
        named(describe(request), () -> {
            final Plan plan = planOrRefused(request);
            if (plan == null) {
                return;
            }
            if (request.targetTime().isPresent() && plan.fitness().vdot().isPresent()) {
                final RaceDistance d = request.distance().orElseThrow();
                final double needed = Vdot.fromRace(d.metres(), request.targetTime().get()).value();
                // A returner's reach counts the fitness regained over the plan (RegainedFitness).
                final double reachable = Math.max(plan.fitness().vdot().get().value() * (1 + 0.03 * plan.weeks().size() / 8.0),
                        RegainedFitness.onRaceDay(request.fitness(), plan.fitness().vdot().get(), plan.weeks().size()).value());
                if (needed > reachable) {
                    assertThat(Golden.notes(plan)).anyMatch(w -> w.contains("predicts"));
                }
            }
            final Session race = plan.sessions().get(plan.sessions().size() - 1);
            if (race.type() == SessionType.RACE && race.runWalk().isPresent()
                    && plan.fitness().level() != Fitness.Level.RUN_WALK_BY_CHOICE) {
                assertThat(plan.warnings()).isNotEmpty();
            }
        });
    }

    /**
     * A race plan that does not warn the runner they are not ready gets them ready: the long run reaches what the race
     * needs (5K 4 km, 10K 8 km, half 14 km), and a runner below the race's volume goal (5K 16, 10K 24, half 32 km a
     * week; without a time goal what the distance needs, VolumeTarget) in a plan of 8+ weeks has a peak week above
     * week 1.
     */
    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("requests")
    void aPlanThatDoesNotWarnBuildsTheRunnerUp(final PlanRequest request) {
        named(describe(request), () -> {
            if (!request.hasRace()) {
                return;
            }
            final Plan plan = planOrRefused(request);
            if (plan == null) {
                return;
            }
            if (plan.warnings().stream().anyMatch(w -> List.of("notReady", "notReadyRunWalk", "c25kShort", "c25kWalkBreaks").contains(w.code()))) {
                return;
            }
            final RaceDistance d = request.distance().orElseThrow();
            final double needed = d == RaceDistance.FIVE_K ? 4000 : d == RaceDistance.TEN_K ? 8000 : 14000;
            final double longest = plan.sessions().stream().filter(s -> s.type() != SessionType.RACE && s.type().isRun()
                    && s.type() != SessionType.RUN_WALK).mapToDouble(s -> s.load().totalM()).max().orElse(0);
            assertThat(longest).as("longest run").isGreaterThanOrEqualTo(needed - LongRunRule.READY_MARGIN_M);
            final double week1 = plan.weeks().get(0).trainingM();
            final double peak = plan.weeks().stream().mapToDouble(PlanWeek::trainingM).max().orElse(0);
            // Without a time goal the build goes to what the distance needs (VolumeTarget: 5K 12, 10K 20, half 28 km),
            // not past it: the long run no longer drags the week up (peak volume).
            final boolean time = request.goal() == Goal.TIME;
            final double goalPeak = Math.min(d == RaceDistance.FIVE_K ? 16000 : d == RaceDistance.TEN_K ? 24000 : 32000,
                    time ? Double.MAX_VALUE : VolumeTarget.distanceNeeds(request));
            // A runner below the race's volume, with room to build (8+ weeks), builds.
            if (week1 < goalPeak && plan.fitness().currentWeeklyM() < goalPeak && plan.weeks().size() >= 8
                    && plan.fitness().level() == Fitness.Level.RUNNER) {
                if (time) {
                    assertThat(peak).as("peak week over week 1").isGreaterThan(week1 * 1.05);
                } else {
                    assertThat(peak).as("peak week over week 1").isGreaterThanOrEqualTo(Math.min(week1 * 1.05, goalPeak - 500));
                }
            }
        });
    }
}
