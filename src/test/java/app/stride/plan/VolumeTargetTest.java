package app.stride.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VolumeTargetTest {

    private static PlanRequest req(final Goal g, final RaceDistance d) {
        return new PlanRequest(g, Optional.of(d), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(10),
                EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SUNDAY), Optional.empty(), FitnessInput.none());
    }

    @Test
    void aFinishGoalKeepsTheCurrentVolume() {
        // Finding 7: a 50 km/week runner dropped to 27.5 km.
        assertThat(VolumeTarget.peak(req(Goal.FINISH, RaceDistance.TEN_K), 50_000, 360, 5)).isEqualTo(50_000);
    }

    @Test
    void aTimeGoalBuildsUpToAQuarterAboveTheCurrentWeek() {
        assertThat(VolumeTarget.peak(req(Goal.TIME, RaceDistance.TEN_K), 40_000, 360, 5)).isCloseTo(50_000, within(1e-6));
    }

    @Test
    void aLowVolumeRunnerBuildsToWhatTheDistanceNeeds() {
        assertThat(VolumeTarget.peak(req(Goal.FINISH, RaceDistance.HALF), 15_000, 400, 3)).isEqualTo(28_000);
    }

    @Test
    void anEstablishedRunnersFloorIsNinetyPercentInProportionToDays() {
        final Fitness f = new Fitness(Optional.empty(), Fitness.Level.RUNNER, 50_000, 5, 18_000, 0, Optional.empty(), false, false);
        assertThat(VolumeTarget.floor(f, 5)).isCloseTo(45_000, within(1e-6));
        assertThat(VolumeTarget.floor(f, 4)).isCloseTo(36_000, within(1e-6));
    }
}
