package app.stride.plan;

import static app.stride.plan.Golden.days;
import static app.stride.plan.Golden.fitness;
import static app.stride.plan.Golden.race;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import org.junit.jupiter.api.Test;

/** Runners back after a break rebuild safely but really rebuild: volume grows and the long run reaches the race. */
class ReturnerPlansTest {

    private static double longest(final Plan p) {
        return PlanWeek.longRunM(p.sessions());
    }

    private static double peak(final Plan p) {
        return p.weeks().stream().mapToDouble(PlanWeek::trainingM).max().orElse(0);
    }

    private static Plan keep(final Plan p) {
        assertThat(PlanRules.check(p)).isEmpty();
        return p;
    }

    @Test
    void aFiftyMinuteTenKRunnerSixWeeksOffGetsCloseToATenKInEightWeeks() {
        // The ramp now keeps the growth rule and +30% over two weeks, so the long run reaches 7.5 km, not 8: the
        // plan says so (notReady) and the race keeps walk breaks.
        final Plan p = keep(Golden.plan(Goal.FINISH, RaceDistance.TEN_K, null, 8,
                days(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY, DayOfWeek.SUNDAY),
                fitness(race(RaceDistance.TEN_K, 50, 0), null, null, null, null, null, 42, false)));
        assertThat(longest(p)).isGreaterThanOrEqualTo(7500);
        assertThat(peak(p)).isGreaterThan(1.5 * p.weeks().get(0).trainingM());
    }

    @Test
    void aFortyKmRunnerSixWeeksOffGrowsBackTowardsTheirVolume() {
        final Plan p = keep(Golden.plan(Goal.FINISH, RaceDistance.TEN_K, null, 8,
                days(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY, DayOfWeek.SUNDAY),
                fitness(race(RaceDistance.TEN_K, 50, 0), 40.0, null, 14.0, null, null, 42, false)));
        assertThat(peak(p)).isGreaterThan(1.3 * p.weeks().get(0).trainingM());
        assertThat(longest(p)).isGreaterThanOrEqualTo(10000);
    }

    @Test
    void aTwentyTwoMinuteFiveKRunnerAMonthOffWithNoVolumeToldIsOfferedTheTenKForAHalf() {
        // Nothing told about volume: the estimate (three half-hour runs, lowered for the month off) cannot safely reach
        // an hour's long run in 12 weeks, so the half is refused and the 10K offered.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Golden.plan(Goal.FINISH, RaceDistance.HALF, null, 12,
                days(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
                fitness(race(RaceDistance.FIVE_K, 22, 0), null, null, null, null, null, 30, false)))
                .isInstanceOfSatisfying(PlanInputException.class, e -> {
                    assertThat(e.field()).isEqualTo(PlanField.RACE_DATE);
                    assertThat(e.alternatives()).anySatisfy(a -> assertThat(a.distance()).contains(RaceDistance.TEN_K));
                });
        final Plan p = keep(Golden.plan(Goal.FINISH, RaceDistance.TEN_K, null, 12,
                days(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
                fitness(race(RaceDistance.FIVE_K, 22, 0), null, null, null, null, null, 30, false)));
        assertThat(peak(p)).isGreaterThan(1.5 * p.weeks().get(0).trainingM());
    }

    @Test
    void aReturnerWithoutARaceResultBuildsByEffortToo() {
        // Runs by effort are whole five minutes; rounding them down kept this plan at 4.8 km a week for 10 weeks.
        final Plan p = keep(Golden.plan(Goal.FINISH, RaceDistance.TEN_K, null, 10,
                days(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY, DayOfWeek.SUNDAY),
                fitness(java.util.Optional.empty(), 12.0, null, null, null, null, 42, false)));
        assertThat(peak(p)).isGreaterThan(1.5 * p.weeks().get(0).trainingM());
    }

    /** Each ramp week after the first within the growth rule and at most 30% above the week two before it. */
    /**
     * The growth rule, or while under three quarters of the old volume at most 15% over the best week (muscle memory,
     * GrowthRule.returnerCap); never more than 30% over two weeks.
     */
    private static void rampWithinGrowth(final Plan p, final double oldWeeklyM) {
        final int runs = p.weeks().stream().mapToInt(PlanWeek::runs).max().orElse(0);
        double best = p.weeks().get(0).trainingM();
        for (int k = 1; k < p.weeks().size(); k++) {
            final double w = p.weeks().get(k).trainingM();
            final double muscleMemory = best < 0.75 * oldWeeklyM && k >= 2 ? Math.min(1.15 * best, 0.75 * oldWeeklyM) : 0;
            assertThat(w).as("week %d", k + 1).isLessThanOrEqualTo(Math.max(GrowthRule.cap(best, runs), muscleMemory) + 1);
            if (k >= 2) {
                assertThat(w).as("week %d over two weeks", k + 1).isLessThanOrEqualTo(1.3 * p.weeks().subList(0, k - 1).stream().mapToDouble(PlanWeek::trainingM).max().orElse(0) + 1);
            }
            best = Math.max(best, w);
        }
    }

    @Test
    void aFiftyKmRunnerFourMonthsOffRampsInsideTheGrowthRule() {
        // Reported: 16.5 -> 25.0 -> 37.5 km, +127% in two weeks.
        final Plan p = keep(Golden.plan(Goal.FINISH, RaceDistance.TEN_K, null, 12,
                days(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SUNDAY),
                fitness(race(RaceDistance.TEN_K, 45, 0), 50.0, 5, 18.0, null, null, 120, false)));
        assertThat(p.weeks().get(0).trainingM()).isBetween(15000.0, 18000.0);
        rampWithinGrowth(p, 50_000);
        assertThat(peak(p)).isGreaterThan(1.5 * p.weeks().get(0).trainingM());
    }

    @Test
    void aSixtyKmRunnerSixWeeksOffRampsInsideTheGrowthRule() {
        // Reported: 30 -> 45 km in week 2.
        final Plan p = keep(Golden.plan(Goal.FINISH, RaceDistance.HALF, null, 12,
                days(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
                fitness(race(RaceDistance.HALF, 100, 0), 60.0, 5, 20.0, null, null, 45, false)));
        rampWithinGrowth(p, 60_000);
    }

    @Test
    void aRunnerThreeWeeksOffIsToldToStopIfItHurts() {
        final Plan p = Golden.plan(Goal.FINISH, RaceDistance.TEN_K, null, 8,
                days(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY, DayOfWeek.SUNDAY),
                fitness(race(RaceDistance.TEN_K, 50, 0), 30.0, null, 10.0, null, null, 21, false));
        assertThat(p.warnings()).contains(PlanMessage.of("returnerHurts"));
    }
}
