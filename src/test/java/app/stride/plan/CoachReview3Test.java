package app.stride.plan;

import static app.stride.plan.Golden.days;
import static app.stride.plan.Golden.fitness;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The findings of the third coach review (helper build3), one test each. */
class CoachReview3Test {

    private static double peak(final Plan p) {
        return p.weeks().stream().mapToDouble(PlanWeek::trainingM).max().orElseThrow();
    }

    /** D5: week 1 at about the current week, then a build to a peak 5–25% above it in the last build weeks. */
    private static void assertBuilds(final Plan p, final double currentM) {
        assertThat(PlanRules.check(p)).isEmpty();
        assertThat(p.warnings()).noneMatch(VolumeTarget::notHeldWarning);
        final double w1 = p.weeks().get(0).trainingM();
        assertThat(w1).as("week 1").isBetween(0.9 * currentM, 1.05 * currentM);
        assertThat(peak(p)).as("peak").isBetween(1.05 * currentM, 1.25 * currentM + 500);
        assertThat(peak(p)).as("peak above week 1").isGreaterThan(w1 + 2000);
        final int n = p.weeks().size();
        final int peakWeek = p.weeks().stream().filter(w -> w.trainingM() == peak(p)).findFirst().orElseThrow().number();
        assertThat(peakWeek).as("peak week").isBetween(n - 4, n - 2);
    }

    @Test
    void aSixtyKilometreHalfRunnerBuildsFromWeekOne() {
        // Reported: W1 64.5, W2 57.9 … W9/W10 peak 60.9.
        final Plan p = Golden.plan(Goal.TIME, RaceDistance.HALF, Duration.ofMinutes(92), 12,
                days(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
                fitness(Optional.of(new RaceResult(RaceDistance.TEN_K, Duration.ofMinutes(42))), 60.0, 5, 18.0, null, null, 0, false));
        assertBuilds(p, 60_000);
    }

    @Test
    void anEightyKilometreHalfRunnerBuildsFromWeekOne() {
        // Reported: W1 88.0 … peak 85.1.
        final Plan p = Golden.plan(Goal.TIME, RaceDistance.HALF, null, 10,
                days(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.SATURDAY,
                        DayOfWeek.SUNDAY),
                fitness(Optional.of(new RaceResult(RaceDistance.HALF, Duration.ofMinutes(85))), 80.0, 6, 22.0, null, null, 0, false));
        assertBuilds(p, 80_000);
    }

    @Test
    void aFortyFiveKilometreTenKRunnerBuildsFromWeekOne() {
        // Reported: W1 47 vs peak 46.7.
        final Plan p = Golden.plan(Goal.TIME, RaceDistance.TEN_K, null, 12,
                days(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
                fitness(Optional.of(new RaceResult(RaceDistance.TEN_K, Duration.ofMinutes(45))), 45.0, 5, 15.0, null, null, 0, false));
        assertBuilds(p, 45_000);
    }
}
