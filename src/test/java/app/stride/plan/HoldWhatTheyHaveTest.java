package app.stride.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Coach review 3: plans that should hold what the runner has. A plan with no race keeps the current fitness (p22: 15 km
 * a week grew to 26.6 km with a 10 km long run, hills and tempo); a race 3–5 weeks away holds the week (n16: 30 → 36.2
 * km and a 13 km long run in the two weeks before the taper, under a note saying it holds); a short plan's 5K tapers
 * one week (n13b: two taper weeks left one workout week); a finish goal's long run may take 45% of the week (n07:
 * 25 → 36.2 km to keep a 14 km long run at 40%). Each failed before the change.
 */
class HoldWhatTheyHaveTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC);
    private static final Set<DayOfWeek> DEFAULT_DAYS = EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY,
            DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

    private static FitnessInput fitness(final Optional<RaceResult> race, final double weeklyKm, final int runs,
                                        final double longestKm) {
        return new FitnessInput(race, Optional.of(weeklyKm * 1000), Optional.of(runs), Optional.of(longestKm * 1000),
                Optional.empty(), Optional.empty(), 0, false);
    }

    private static Optional<RaceResult> race(final RaceDistance d, final int min) {
        return Optional.of(new RaceResult(d, Duration.ofMinutes(min)));
    }

    private static double longest(final Plan p) {
        return PlanWeek.longRunM(p.sessions());
    }

    private static double peak(final Plan p) {
        return p.weeks().stream().filter(w -> w.phase() != Phase.TAPER).mapToDouble(PlanWeek::trainingM).max().orElse(0);
    }

    @Test
    void aPlanWithNoRaceKeepsTheWeekAndTheLongRun() {
        // p22: plan --weekly-km 15 --longest-run-km 6 --runs-per-week 3 --weeks 8 --start-date 2026-12-07
        final Plan p = new PlanGenerator(CLOCK).generate(new PlanRequest(Goal.CONSISTENCY, Optional.empty(),
                Optional.empty(), Optional.of(LocalDate.of(2026, 12, 7)), Optional.empty(), Optional.of(8), DEFAULT_DAYS,
                Optional.empty(), fitness(Optional.empty(), 15, 3, 6)));
        assertThat(peak(p)).as("peak week (was 26.6 km)").isLessThanOrEqualTo(1.15 * 15_000);
        assertThat(p.weeks().stream().filter(w -> !w.cutback()).mapToDouble(PlanWeek::trainingM).min().orElse(0))
                .as("ordinary weeks keep 90%").isGreaterThanOrEqualTo(0.9 * 15_000 - 500);
        assertThat(longest(p)).as("long run (was 10 km)").isLessThanOrEqualTo(LongRunRule.next(6_000));
        assertThat(p.sessions()).as("no hills or tempo build").noneMatch(s -> s.type().isQuality());
    }

    @Test
    void generatedRunnersWithNoRaceKeepTheirFitness() {
        final Random rnd = new Random(20_261_207L);
        int checked = 0;
        for (int i = 0; i < 3000; i++) {
            final PlanRequest r = Runners.randomRequest(rnd);
            if (r.hasRace()) {
                continue;
            }
            final Optional<Plan> made = Runners.made(CLOCK, r);
            if (made.isEmpty()) {
                continue;
            }
            final Plan p = made.get();
            final Fitness f = p.fitness();
            if (!VolumeTarget.established(f) || r.fitness().daysOff() > 0 || r.fitness().runWalk().isPresent()) {
                continue;
            }
            final double current = f.currentWeeklyM();
            Runners.named(Runners.describe(r), () -> {
                assertThat(peak(p)).as("peak week, current %.1f km", current / 1000)
                        .isLessThanOrEqualTo(1.15 * current + 500);
                assertThat(longest(p)).as("long run, current longest %.1f km", f.longestRunM() / 1000)
                        .isLessThanOrEqualTo(Math.max(LongRunRule.next(f.longestRunM()), 0.6 * peak(p)) + 250);
                assertThat(p.sessions()).as("light quality only").noneMatch(s -> s.type().isQuality());
            });
            checked++;
        }
        assertThat(checked).as("plans checked").isGreaterThan(100);
    }

    @Test
    void aRaceFourWeeksAwayHoldsTheWeek() {
        // n16: --distance 10k --weekly-km 30 --longest-run-km 10 --runs-per-week 4 --recent-race 10k=55:00
        //      --target-time 53:00 --race-date 2026-12-27, today 2026-11-30
        final Plan p = new PlanGenerator(CLOCK).generate(new PlanRequest(Goal.TIME, Optional.of(RaceDistance.TEN_K),
                Optional.of(Duration.ofMinutes(53)), Optional.empty(), Optional.of(LocalDate.of(2026, 12, 27)),
                Optional.empty(), DEFAULT_DAYS, Optional.empty(), fitness(race(RaceDistance.TEN_K, 55), 30, 4, 10)));
        assertThat(p.weeks()).hasSize(4);
        assertThat(p.warnings()).anyMatch(m -> m.code().equals("shortPlan"));
        for (PlanWeek w : p.weeks().subList(0, 2)) {
            assertThat(w.trainingM()).as("week %d (was 33 and 36.2 km)", w.number()).isBetween(27_000.0, 31_000.0);
        }
        assertThat(longest(p)).as("long run (was 13 km)").isLessThanOrEqualTo(LongRunRule.next(10_000));
    }

    @Test
    void aShortFiveKTapersOneWeek() {
        // n13b: --distance 5k --weekly-km 25 --longest-run-km 8 --runs-per-week 4 --recent-race 5k=25:00
        //       --target-time 24:00 --race-date 2026-12-27
        final Plan p = new PlanGenerator(CLOCK).generate(new PlanRequest(Goal.TIME, Optional.of(RaceDistance.FIVE_K),
                Optional.of(Duration.ofMinutes(24)), Optional.empty(), Optional.of(LocalDate.of(2026, 12, 27)),
                Optional.empty(), DEFAULT_DAYS, Optional.empty(), fitness(race(RaceDistance.FIVE_K, 25), 25, 4, 8)));
        assertThat(p.weeks()).hasSize(4);
        assertThat(p.weeks().stream().filter(w -> w.phase() == Phase.TAPER).count()).as("taper weeks").isEqualTo(1);
        final PlanWeek third = p.weeks().get(2);
        assertThat(third.trainingM()).as("week 3 holds the week").isGreaterThanOrEqualTo(0.9 * 25_000);
        assertThat(third.sessions()).as("week 3 sharpens").anyMatch(s -> WorkoutProgression.raceSpecific(s.type()));
        assertThat(Taper.share(RaceDistance.FIVE_K, 5, 6, false)).as("a 6-week 5K keeps its week at 80%").contains(0.8);
        assertThat(Taper.share(RaceDistance.TEN_K, 3, 4, false)).as("a short 10K keeps two").contains(0.8);
    }

    @Test
    void aFinishGoalsLongRunTakesMoreOfTheWeekInsteadOfRaisingIt() {
        // n07: --distance half --weekly-km 25 --longest-run-km 10 --runs-per-week 5 --days mon,tue,thu,fri,sun --weeks 12
        final Plan p = new PlanGenerator(CLOCK).generate(new PlanRequest(Goal.FINISH, Optional.of(RaceDistance.HALF),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(12),
                EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SUNDAY),
                Optional.empty(), fitness(Optional.empty(), 25, 5, 10)));
        assertThat(peak(p)).as("peak week (was 36.2 km)").isLessThanOrEqualTo(33_000);
        assertThat(longest(p)).as("still ready for the half").isGreaterThanOrEqualTo(14_000 - LongRunRule.READY_MARGIN_M);
        assertThat(p.warnings()).noneMatch(m -> m.code().equals("notReady"));
    }
}
