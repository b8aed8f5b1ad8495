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
        return p.sessions().stream().filter(s -> s.type() == SessionType.LONG).mapToDouble(s -> s.load().totalM())
                .max().orElse(0);
    }

    private static double peak(final Plan p) {
        return p.weeks().stream().mapToDouble(PlanWeek::trainingM).max().orElse(0);
    }

    private static Plan keep(final Plan p) {
        assertThat(PlanRules.check(p)).isEmpty();
        return p;
    }

    @Test
    void aFiftyMinuteTenKRunnerSixWeeksOffIsReadyForATenKInEightWeeks() {
        final Plan p = keep(Golden.plan(Goal.FINISH, RaceDistance.TEN_K, null, 8,
                days(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY, DayOfWeek.SUNDAY),
                fitness(race(RaceDistance.TEN_K, 50, 0), null, null, null, null, null, 42, false)));
        assertThat(Golden.notes(p)).noneMatch(w -> w.contains("not enough"));
        assertThat(longest(p)).isGreaterThanOrEqualTo(8000);
        assertThat(peak(p)).isGreaterThan(1.5 * p.weeks().get(0).trainingM());
        assertThat(p.sessions().get(p.sessions().size() - 1).runWalk()).isEmpty();
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
                    assertThat(e.alternatives()).contains(PlanAlternative.shorter(RaceDistance.TEN_K));
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
}
