package app.stride.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Progression cases (issue 7, coach review 5 defect 7): a workout held at its limits does not repeat three weeks running. */
class WorkoutVarietyTest {

    /**
     * p26: a returner (60 days off, 30 km a week, 16 km long runs) on three runs toward a half in 12 weeks. Reported:
     * "Tempo 18 min 30 s" in weeks 8, 9 and 10, the tempo held at the week's threshold share in the peak weeks.
     */
    @Test
    void p26PeakWeeksDoNotRepeatTheSameTempo() {
        final Plan p = CapableHalfTest.half(Goal.FINISH, Optional.empty(), 30, 16, 3, 60, 12,
                EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SUNDAY));
        final List<String> tempo = p.weeks().stream().map(w -> WorkoutVariety.workouts(w.sessions())).toList();
        assertThat(tempo.get(7)).as("week 8").startsWith("TEMPO");
        assertThat(WorkoutVarietyPropertiesTest.repeats(p)).isEmpty();
        // The tempo is never cut to vary it: weeks 8–10 keep their threshold running.
        for (int k = 7; k <= 9; k++) {
            assertThat(p.weeks().get(k).sessions().stream().mapToDouble(s -> s.load().thresholdM()).sum())
                    .as("week %d's threshold running", k + 1).isGreaterThanOrEqualTo(2_900);
        }
        assertThat(PlanRules.check(p)).isEmpty();
    }
}
