package app.stride.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.common.Messages;
import app.stride.plan.FitnessInput;
import app.stride.plan.Goal;
import app.stride.plan.Plan;
import app.stride.plan.PlanGenerator;
import app.stride.plan.PlanRequest;
import app.stride.plan.RunWalk;
import app.stride.plan.SessionType;
import app.stride.settings.DistanceUnit;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Review copy: what a new runner read that was not true or not English. */
class ReviewCopyTest {

    private static Plan runWalkPlan(final int weeks) {
        final Clock clock = Clock.fixed(LocalDate.of(2027, 1, 6).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        return new PlanGenerator(clock).generate(new PlanRequest(Goal.CONSISTENCY, Optional.empty(), Optional.empty(),
                Optional.of(LocalDate.of(2027, 1, 11)), Optional.empty(), Optional.of(weeks),
                EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SATURDAY), Optional.empty(),
                new FitnessInput(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(5),
                        Optional.of(new RunWalk(60, 90)), 0, false)));
    }

    @Test
    void onlyAPlanWithATimeTrialTellsTheRunnerToRunOneForPaces() {
        int without = 0;
        for (int weeks = 6; weeks <= 12; weeks++) {
            final Plan plan = runWalkPlan(weeks);
            final boolean trial = plan.weeks().stream().flatMap(w -> w.sessions().stream()).anyMatch(s -> s.type() == SessionType.TIME_TRIAL);
            final PlanDisplay shown = PlanDisplay.of(plan, DistanceUnit.KM, LocalDate.of(2027, 1, 6));
            assertThat(shown.byEffort()).isTrue();
            assertThat(shown.effortNote().toLowerCase().contains("time trial")).as("%d weeks", weeks).isEqualTo(trial);
            without += trial ? 0 : 1;
        }
        assertThat(without).as("some run/walk plans have no time trial").isPositive();
    }

    @Test
    void countsReadAsEnglish() {
        assertThat(Messages.get("today.brief.notStarted", 11)).isEqualTo("11-week plan, starting soon");
        assertThat(Messages.get("note.extra", 1)).isEqualTo("Plus one extra run of my own.");
        assertThat(Messages.get("note.extra", 3)).isEqualTo("Plus 3 extra runs of my own.");
    }
}
