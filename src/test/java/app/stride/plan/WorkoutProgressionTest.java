package app.stride.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WorkoutProgressionTest {

    private static final PlanRequest TEN_K_TIME = new PlanRequest(Goal.TIME, Optional.of(RaceDistance.TEN_K), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.of(10), EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.SUNDAY),
            Optional.empty(), FitnessInput.none());

    @Test
    void workoutsGrowOverTheBuild() {
        // Finding 7: workouts never progressed.
        assertThat(WorkoutProgression.tempoKm(0)).isLessThan(WorkoutProgression.tempoKm(4));
        assertThat(WorkoutProgression.intervalM(0)).isLessThan(WorkoutProgression.intervalM(3));
        assertThat(WorkoutProgression.hills(0)).isLessThan(WorkoutProgression.hills(3));
    }

    @Test
    void orderIsHillsThenThresholdThenRaceSpecificThenRacePaceLate() {
        assertThat(WorkoutProgression.kinds(TEN_K_TIME, Phase.BASE, false, false, 1, false, false)).containsExactly(SessionType.HILLS);
        assertThat(WorkoutProgression.kinds(TEN_K_TIME, Phase.BUILD, false, false, 2, false, false))
                .containsExactly(SessionType.TEMPO, SessionType.INTERVALS);
        assertThat(WorkoutProgression.kinds(TEN_K_TIME, Phase.TAPER, false, false, 5, true, false)).containsExactly(SessionType.RACE_PACE);
        assertThat(WorkoutProgression.kinds(TEN_K_TIME, Phase.TAPER, false, false, 5, false, false)).containsExactly(SessionType.TEMPO);
    }

    @Test
    void theFirstWorkoutAlternatesSoAWeekWithRoomForOneStillVaries() {
        assertThat(WorkoutProgression.kinds(TEN_K_TIME, Phase.BUILD, true, false, 2, false, false)).containsExactly(SessionType.TEMPO);
        assertThat(WorkoutProgression.kinds(TEN_K_TIME, Phase.BUILD, true, false, 3, false, false)).containsExactly(SessionType.REPETITIONS);
    }
}
