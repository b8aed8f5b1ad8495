package app.stride.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.plan.Goal;
import app.stride.plan.PlanRepository.SavedPlan;
import app.stride.plan.PlanRepository.SavedSession;
import app.stride.plan.SessionBrief;
import app.stride.plan.SessionStatus;
import app.stride.progress.Progress;
import app.stride.progress.ProgressCalculator;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The partner note (export summary) and Progress count a week's sessions by one rule. */
class WeekSessionsCountTest {

    private static final LocalDate MONDAY = LocalDate.of(2027, 1, 4);

    private static SavedSession on(final long id, final LocalDate d, final String type) {
        return new SavedSession(id, d, d, type, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), SessionBrief.legacy(""), SessionStatus.PLANNED);
    }

    @Test
    void crossTrainingCountsAsASessionInBothFaces() {
        final SavedPlan plan = new SavedPlan(1, Goal.FINISH, Optional.of("5k"), Optional.empty(), MONDAY, 2, List.of(), List.of(
                on(1, MONDAY.plusWeeks(1), "easy"), on(2, MONDAY.plusWeeks(1).plusDays(2), "cross-training"),
                on(3, MONDAY.plusWeeks(1).plusDays(4), "easy"), on(4, MONDAY.plusWeeks(1).plusDays(6), "long")));
        // Review E: "export summary" said "3 runs planned" where "progress" said "0 of 4" for the same week.
        final WeekSummary note = WeekSummary.of(plan, List.of(), 2, MONDAY);
        final Progress progress = ProgressCalculator.compute(Optional.of(plan), List.of(), DayOfWeek.MONDAY, MONDAY);

        assertThat(note.planned()).isEqualTo(progress.weeks().get(1).sessionsPlanned()).isEqualTo(4);
        assertThat(app.stride.common.Messages.get("note.upcoming", note.planned())).contains("4 sessions planned");
    }
}
