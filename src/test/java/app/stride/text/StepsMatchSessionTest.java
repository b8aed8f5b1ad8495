package app.stride.text;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.plan.FitnessInput;
import app.stride.plan.Goal;
import app.stride.plan.Plan;
import app.stride.plan.PlanGenerator;
import app.stride.plan.PlanRequest;
import app.stride.plan.RaceDistance;
import app.stride.plan.Session;
import app.stride.plan.SessionEffort;
import app.stride.plan.SessionType;
import app.stride.plan.Step;
import app.stride.settings.DistanceUnit;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** New-user review 6, 3: a session's steps say what the session is, never "Hard" on a comfortable finish nor "Run" on cycling. */
class StepsMatchSessionTest {

    private static final LocalDate START = LocalDate.of(2027, 1, 4); // a Monday

    /** A comeback runner aiming to finish a 5K comfortably, Mon/Wed/Fri/Sun: the spare day gets cross-training. */
    private static Plan finishPlan() {
        return new PlanGenerator(Clock.fixed(START.minusDays(3).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC))
                .generate(new PlanRequest(Goal.FINISH, Optional.of(RaceDistance.FIVE_K), Optional.empty(),
                        Optional.of(START), Optional.empty(), Optional.of(8),
                        EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY, DayOfWeek.SUNDAY),
                        Optional.empty(), new FitnessInput(Optional.empty(), Optional.of(10_000.0), Optional.of(3),
                                Optional.empty(), Optional.empty(), Optional.empty(), 60, false)));
    }

    private static Session first(final Plan plan, final SessionType type) {
        return plan.sessions().stream().filter(s -> s.type() == type).findFirst().orElseThrow();
    }

    @Test
    void aFinishComfortablyRaceIsARaceStepAtItsOwnEffort() {
        final Session race = first(finishPlan(), SessionType.RACE);

        final List<String> lines = StepText.lines(race.steps(), DistanceUnit.KM);

        // Before the fix: "Hard 5 km · steady and comfortable: finish strong".
        assertThat(race.steps()).extracting(Step::kind).containsExactly(Step.Kind.RACE);
        assertThat(race.steps().get(0).effort()).contains(SessionEffort.FINISH);
        assertThat(lines).containsExactly("Race 5 km · steady and comfortable: finish strong");
        // Said once by the dialog's headline, the step is the race and its distance.
        assertThat(StepText.lines(race.steps(), DistanceUnit.KM, race.effort())).containsExactly("Race 5 km");
    }

    @Test
    void crossTrainingIsNoRun() {
        final Session cross = first(finishPlan(), SessionType.CROSS_TRAINING);

        final List<String> lines = StepText.lines(cross.steps(), DistanceUnit.KM, cross.effort());

        // Before the fix: "Run 30 min".
        assertThat(lines).containsExactly("Cross-train 30 min");
    }

    @Test
    void aRaceSavedAsAWorkStepBeforeStillReadsAsTheRace() {
        final Step old = Step.distance(Step.Kind.WORK, 10_000, Optional.empty(), Optional.of(SessionEffort.FINISH));

        assertThat(StepText.lines(List.of(old), DistanceUnit.KM)).containsExactly("Race 10 km · steady and comfortable: finish strong");
    }
}
