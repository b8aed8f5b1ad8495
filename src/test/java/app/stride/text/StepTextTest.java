package app.stride.text;

import app.stride.plan.PaceRange;
import app.stride.plan.RunWalk;
import app.stride.plan.SessionEffort;
import app.stride.plan.Step;
import static org.assertj.core.api.Assertions.assertThat;

import app.stride.settings.DistanceUnit;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Steps, paces and distances as the plan screen shows them. */
class StepTextTest {

    private static final PaceRange THRESHOLD = new PaceRange(343, 349);

    @Test
    void aWorkoutReadsAsWarmUpRepeatsAndCoolDown() {
        final List<Step> steps = List.of(
                Step.timed(Step.Kind.WARM_UP, Duration.ofMinutes(10), Optional.empty(), Optional.of(SessionEffort.JOG)),
                Step.repeat(4, List.of(Step.distance(Step.Kind.WORK, 1000, Optional.of(THRESHOLD), Optional.empty()),
                        Step.timed(Step.Kind.RECOVERY, Duration.ofMinutes(1), Optional.empty(), Optional.empty()))),
                Step.timed(Step.Kind.COOL_DOWN, Duration.ofMinutes(10), Optional.empty(), Optional.empty()));

        assertThat(StepText.lines(steps, DistanceUnit.KM)).containsExactly(
                "Warm-up 10 min · easy jog",
                "4 × (hard 1 km at 5:43–5:49 /km, recover 1 min)",
                "Cool-down 10 min");
    }

    @Test
    void pacesAndDistancesFollowTheUnit() {
        assertThat(StepText.pace(THRESHOLD, DistanceUnit.MI)).isEqualTo("9:12–9:22 /mi");
        assertThat(StepText.distance(400, DistanceUnit.MI)).isEqualTo("400 m");
        assertThat(StepText.distance(8046.72, DistanceUnit.MI)).isEqualTo("5 mi");
        assertThat(StepText.distance(3250, DistanceUnit.KM)).isEqualTo("3.3 km");
        assertThat(StepText.duration(Duration.ofSeconds(90))).isEqualTo("90 s");
        assertThat(StepText.duration(Duration.ofMinutes(105))).isEqualTo("1 h 45 min");
    }

    @Test
    void aRepeatDoneOnceReadsWithoutOneTimes() {
        final List<String> lines = StepText.lines(List.of(Step.repeat(1, List.of(
                Step.timed(Step.Kind.RUN, Duration.ofMinutes(8), Optional.empty(), Optional.of(SessionEffort.EASY)),
                Step.timed(Step.Kind.WALK, Duration.ofMinutes(5), Optional.empty(), Optional.empty())))), DistanceUnit.KM);
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).doesNotContain("1 ×").doesNotStartWith("(").startsWith("Run 8 min").contains(", walk 5 min");
    }
}
