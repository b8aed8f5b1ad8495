package app.stride.plan;

import app.stride.text.PlanText;
import app.stride.text.StepText;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Typical runners, read as a coach would (the printed plans land in target/golden-plans for review); the tests pin
 * the features a coach checked rather than whole snapshots.
 */
class GoldenPlansTest {

    private static final StringBuilder PRINTED = new StringBuilder();

    private static Plan keep(final String name, final Plan plan) {
        PRINTED.append("== ").append(name).append('\n').append(PlanPrinter.print(plan)).append('\n');
        assertThat(PlanRules.check(plan)).as(name).isEmpty();
        return plan;
    }

    @AfterAll
    static void write() throws IOException {
        final Path dir = Path.of("target", "golden-plans");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("golden-plans.txt"), PRINTED.toString());
    }

    private static List<Session> all(final Plan p, final Predicate<Session> f) {
        return p.sessions().stream().filter(f).toList();
    }

    private static double longest(final Plan p) {
        return all(p, s -> s.type() == SessionType.LONG).stream().mapToDouble(s -> s.load().totalM()).max().orElse(0);
    }

    @Test
    void couchTo5kFollowsTheNhsProgressionThreeTimesAWeek() {
        final Plan p = keep("couch to 5K", Golden.couchTo5k());
        assertThat(p.fitness().level()).isEqualTo(Fitness.Level.WALK_RUN);
        assertThat(p.weeks().get(0).sessions()).filteredOn(s -> s.type().isRun()).hasSize(3)
                .allSatisfy(s -> assertThat(s.runWalk()).contains(new RunWalk(60, 90)));
        assertThat(p.weeks().get(1).sessions().get(0).runWalk()).contains(new RunWalk(90, 120));
        // Week 8 is three 28-minute runs without walking; week 9 holds the race.
        assertThat(p.weeks().get(7).sessions()).filteredOn(s -> s.type().isRun())
                .allSatisfy(s -> assertThat(s.type()).isEqualTo(SessionType.EASY));
        assertThat(all(p, s -> s.type().isQuality())).isEmpty();
        // Week 9 finishes the programme (30 minutes without stopping) and keeps the runs, shorter, before the race.
        final PlanWeek race = p.weeks().get(8);
        assertThat(race.sessions()).filteredOn(s -> s.type().isRun() && s.type() != SessionType.RACE).hasSizeGreaterThanOrEqualTo(2);
        assertThat(PlanText.description(race.sessions().get(0), app.stride.settings.DistanceUnit.KM)).startsWith("30 minutes running without stopping (as in week 9 of Couch to 5K)");
        assertThat(race.sessions()).noneMatch(s -> PlanText.description(s, app.stride.settings.DistanceUnit.KM).contains("Couch to 5K week 8"));
        // The 5K takes longer than the longest run of the programme: race day keeps short walk breaks, and says why.
        assertThat(all(p, s -> s.type() == SessionType.RACE)).singleElement()
                .satisfies(r -> assertThat(r.runWalk()).isPresent());
        assertThat(Golden.notes(p)).singleElement().asString().contains("30 minutes").contains("walk breaks");
    }

    @Test
    void fiveKRunnerGetsStridesThenThresholdThenIntervalsAndATaper() {
        final Plan p = keep("25-minute 5K runner", Golden.fiveKRunner());
        final TrainingPaces paces = p.paces().orElseThrow();
        assertThat(p.fitness().vdot().orElseThrow().value()).isBetween(38.0, 38.6);
        assertThat(p.weeks().get(0).sessions()).noneMatch(s -> s.type().isQuality());
        assertThat(p.weeks()).extracting(PlanWeek::phase).containsSubsequence(Phase.BASE, Phase.BUILD, Phase.PEAK, Phase.TAPER);
        assertThat(all(p, s -> s.type() == SessionType.TEMPO)).isNotEmpty()
                .allSatisfy(s -> assertThat(s.pace()).contains(paces.threshold()));
        assertThat(all(p, s -> s.type() == SessionType.INTERVALS)).isNotEmpty()
                .allSatisfy(s -> assertThat(s.pace()).contains(paces.interval()));
        assertThat(p.weeks().get(3).cutback()).isTrue();
        final PlanWeek last = p.weeks().get(7);
        // Race week at half the plan's best week (training.md: 40–60% of the peak).
        final double peak = p.weeks().stream().mapToDouble(PlanWeek::trainingM).max().orElseThrow();
        assertThat(last.trainingM()).isLessThanOrEqualTo(0.6 * peak);
        assertThat(last.trainingM()).isLessThan(p.weeks().get(6).trainingM());
        assertThat(last.sessions()).anyMatch(s -> s.type() == SessionType.RACE_PACE);
        assertThat(longest(p)).isBetween(8000.0, 10000.0);
        assertThat(p.warnings()).isEmpty();
    }

    @Test
    void tenKRunnerWithATargetWithinReachRacesAtItsPredictionAndIsWarned() {
        final Plan p = keep("10K runner, 30 km a week", Golden.tenKRunner());
        // 52:00 to 50:00 in 10 weeks is a 4.7% VDOT gain: more than 3% per 8 weeks, so a stretch.
        assertThat(Golden.notes(p)).singleElement().asString().contains("50:00").contains("predicts");
        assertThat(p.weeks().get(0).trainingM()).isLessThanOrEqualTo(33_000);
        assertThat(longest(p)).isBetween(11_000.0, 14_000.0);
        assertThat(all(p, s -> s.type().isQuality()).stream().map(Session::type).distinct())
                .contains(SessionType.TEMPO, SessionType.INTERVALS, SessionType.HILLS, SessionType.RACE_PACE);
    }

    @Test
    void firstHalfBuildsTheLongRunFromSixKmAndTapersTwoWeeks() {
        final Plan p = keep("first half from 20 km a week", Golden.firstHalf());
        assertThat(p.paces()).isEmpty();
        assertThat(p.sessions()).filteredOn(s -> s.type() != SessionType.RACE && s.type().isRun())
                .allSatisfy(s -> assertThat(s.effort()).isPresent());
        assertThat(all(p, s -> s.type() == SessionType.TIME_TRIAL)).hasSize(1);
        assertThat(all(p, s -> s.type() == SessionType.LONG).get(0).load().totalM()).isLessThanOrEqualTo(7600);
        // 105 minutes by effort, about 14 km: the half's minimum within the ready margin (runs go in 5-minute steps).
        assertThat(LongRunRule.ready(longest(p), RaceDistance.HALF, Goal.FINISH)).isTrue();
        assertThat(p.weeks().get(10).phase()).isEqualTo(Phase.TAPER);
        // Long runs past the hour go 4 min / 1 min, so race day (about 2 h 30) walks at that ratio and says why.
        assertThat(p.warnings()).extracting(PlanMessage::code).containsExactly("raceWalkBreaks");
    }

    @Test
    void returnerStartsLowerWithLoweredFitnessAndNoWorkoutsAtFirst() {
        final Plan p = keep("returner after 6 weeks off, cross-trained", Golden.returner());
        assertThat(p.fitness().vdot().orElseThrow().value())
                .isCloseTo(Vdot.fromRace(10000, java.time.Duration.ofMinutes(50)).value() * 0.944,
                        org.assertj.core.api.Assertions.within(0.01));
        assertThat(p.weeks().get(0).trainingM()).isLessThan(30_000);
        // Six weeks off: two ramp weeks (half, three quarters of the old volume), easy running only.
        assertThat(p.weeks().subList(0, 2)).allSatisfy(w -> assertThat(w.sessions()).noneMatch(s -> s.type().isQuality()));
        assertThat(p.weeks().get(0).trainingM()).isCloseTo(17_500, org.assertj.core.api.Assertions.within(1_500.0));
    }

    @Test
    void runWalkRunnerKeepsWalkBreaksOnRaceDay() {
        final Plan p = keep("run/walk half", Golden.runWalkHalf());
        assertThat(p.sessions()).filteredOn(s -> s.type().isRun())
                .allSatisfy(s -> assertThat(s.runWalk()).contains(new RunWalk(60, 30)));
        // The half's usual minimum long run; the long run stops at 2 h 15 at their pace (LongRunRule.cap).
        assertThat(longest(p)).isGreaterThanOrEqualTo(14_000);
    }

    @Test
    void consistencyPlanRunsOnTheChosenDaysWithoutARace() {
        final Plan p = keep("consistency", Golden.consistency());
        assertThat(p.raceDate()).isEmpty();
        assertThat(p.weeks()).hasSize(8).allSatisfy(w -> assertThat(w.runs()).isEqualTo(3));
        assertThat(all(p, s -> s.type() == SessionType.RACE)).isEmpty();
    }

    /** Finding 3: couch to half marathon in six weeks was planned as a 3-hour run/walk after a 34-minute session. */
    @Test
    void halfInSixWeeksFromTheCouchIsRefusedWithAShorterRaceAsTheAlternative() {
        org.assertj.core.api.Assertions.assertThatThrownBy(Golden::unsafeHalf)
                .isInstanceOfSatisfying(PlanInputException.class, e -> {
                    assertThat(e.field()).isEqualTo(PlanField.RACE_DATE);
                    assertThat(e.problem().code()).isEqualTo("notFeasible");
                    // Quality review: also the earliest safe date for the half, after the 5K's plan (no plan of up to
                    // 12 weeks reaches it from the couch).
                    assertThat(e.alternatives()).singleElement().satisfies(a -> {
                        assertThat(a.shorterFirst()).isTrue();
                        assertThat(a.distance()).contains(RaceDistance.FIVE_K);
                        assertThat(a.raceDate().orElseThrow()).isAfter(Golden.MONDAY.plusWeeks(12));
                    });
                });
    }

    @Test
    void stretchTargetIsWarnedWithThePredictedTimeAndRacePaceUsesIt() {
        final Plan p = keep("stretch target 27:30 -> 22:00", Golden.stretch());
        assertThat(Golden.notes(p)).singleElement().asString().contains("22:00").contains("predicts about 26:");
        final PaceRange rp = p.racePace().orElseThrow();
        assertThat(rp.midSecPerKm()).isGreaterThan(22 * 60 / 5.0 + 30);
    }
}
