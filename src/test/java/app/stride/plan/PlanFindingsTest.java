package app.stride.plan;

import app.stride.text.PlanText;
import app.stride.text.StepText;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The plans issue 7's reading found a coach would not sign, each as a test (findings 1, 2, 4 and 7). */
class PlanFindingsTest {

    private static Plan plan(final String golden) {
        return GoldenCases.all().stream().filter(c -> c.name().equals(golden)).findFirst()
                .map(c -> new PlanGenerator(Golden.CLOCK).generate(c.request())).orElseThrow();
    }

    private static double longest(final List<Session> ss) {
        return ss.stream().filter(s -> s.type() == SessionType.LONG).mapToDouble(s -> s.load().totalM()).max().orElse(0);
    }

    /** Finding 1: a 6-week 5K had its biggest week, first intervals and longest run 7 days before the race. */
    @Test
    void aSixWeekFiveKPeaksBeforeTheLastTwoWeeks() {
        final Plan p = plan("edge-6-weeks-5k-30-km");
        final List<PlanWeek> w = p.weeks();
        final double lastTwo = Math.max(w.get(4).trainingM(), w.get(5).trainingM());
        assertThat(w.subList(0, 4).stream().mapToDouble(PlanWeek::trainingM).max().orElse(0)).isGreaterThan(lastTwo);
        final double earlierLong = longest(w.subList(0, 4).stream().flatMap(x -> x.sessions().stream()).toList());
        assertThat(longest(w.get(4).sessions())).isLessThanOrEqualTo(earlierLong);
        assertThat(w.subList(0, 4).stream().flatMap(x -> x.sessions().stream())).anyMatch(s -> s.type() == SessionType.INTERVALS
                || s.type() == SessionType.HILLS || s.type() == SessionType.TEMPO);
    }

    /** Finding 2: after 4 months off week 2 was 38% above week 1 and walk breaks stopped after a week. */
    @Test
    void aRunnerBackFromFourMonthsOffRampsFromAThirdWithWalkBreaks() {
        final Plan p = plan("returner-120-days-off-40-km-10k");
        assertThat(p.weeks().get(0).trainingM()).isBetween(11_000.0, 14_500.0);
        assertThat(p.weeks().get(1).trainingM()).isLessThanOrEqualTo(20_500);
        assertThat(p.weeks().get(2).trainingM()).isLessThanOrEqualTo(30_500);
        assertThat(p.weeks().get(0).sessions()).filteredOn(s -> s.type().isRun())
                .allSatisfy(s -> assertThat(s.runWalk()).isPresent());
        assertThat(p.warnings()).anyMatch(w -> w.code().equals("returnerHurts"));
        // Walk breaks do not stop after a week: a 35 km runner's second week (4 km easy runs, a 6.5 km long run of
        // 50 minutes) keeps them in the long run. The 40 km runner's second week now has 32-minute non-stop easy runs
        // (the ramp reaches its half), and a 47-minute long run is within their non-stop reach (NonStopFloor, coach
        // review 4), so it runs through.
        final Plan smaller = new PlanGenerator(Golden.CLOCK).generate(new PlanRequest(Goal.FINISH,
                Optional.of(RaceDistance.TEN_K), Optional.empty(), Optional.of(Golden.MONDAY), Optional.empty(),
                Optional.of(10), EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
                Optional.empty(), Golden.fitness(Golden.race(RaceDistance.TEN_K, 48, 0), 35.0, 4, 14.0, null, null, 120,
                        false)));
        assertThat(smaller.weeks().get(1).sessions()).anyMatch(s -> s.runWalk().isPresent());
    }

    /** Finding 2: "I can run 20 minutes" after a break flipped the plan to Couch to 5K week 3. */
    @Test
    void aReturnerWhoCanRunTwentyMinutesIsARunnerWithWalkBreaks() {
        final Plan p = plan("returner-can-run-20-min-5k");
        assertThat(p.fitness().level()).isEqualTo(Fitness.Level.RUNNER);
        assertThat(p.sessions()).noneMatch(s -> s.description().code().startsWith("c25k"));
        assertThat(p.weeks().get(0).sessions()).filteredOn(s -> s.type().isRun()).allSatisfy(s -> assertThat(s.runWalk()).isPresent());
    }

    /**
     * Finding 4: a runner who already runs 13 km was told to run/walk the half; a 22 km long run was cut to 19 km. The
     * improver's goal is to finish: the long run reaches the half's 14 km (with the rounding margin) in the week that
     * carries it at the share their long run takes now, and grows no further (peak volume: it once reached 18 km by
     * dragging a 28 km week to 44.8 km).
     */
    @Test
    void halfMarathonLongRunsAreNotHeldDownByTheShareCap() {
        final Plan p = plan("improver-13-km-long-run-half-4-days");
        assertThat(p.sessions().get(p.sessions().size() - 1).runWalk()).isEmpty();
        assertThat(longest(p.sessions())).isGreaterThanOrEqualTo(14_000);
        assertThat(p.warnings()).noneMatch(w -> w.code().equals("notReady"));
        assertThat(longest(plan("experienced-55-km-half-22-km-long").sessions())).isGreaterThanOrEqualTo(20_000);
    }

    /** Finding 7: a 50 km/week runner's "finish" plan dropped to 27.5 km. */
    @Test
    void aFinishGoalKeepsAnEstablishedRunnersVolume() {
        final Plan p = plan("experienced-50-km-finish-10k");
        assertThat(p.weeks()).filteredOn(w -> !w.cutback() && w.phase() != Phase.TAPER)
                .allSatisfy(w -> assertThat(w.trainingM()).isGreaterThanOrEqualTo(45_000 - 1500));
    }
}
