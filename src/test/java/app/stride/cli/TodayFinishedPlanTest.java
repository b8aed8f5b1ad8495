package app.stride.cli;

import static app.stride.progress.Fixtures.plan;
import static app.stride.progress.Fixtures.session;
import static org.assertj.core.api.Assertions.assertThat;

import app.stride.export.DailyJson;
import app.stride.plan.Goal;
import app.stride.plan.PlanRepository.SavedPlan;
import app.stride.progress.ProgressService;
import app.stride.progress.TodayBrief;
import app.stride.settings.DistanceUnit;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Defect (fixloop): eight days after the race, {@code today} still read "Week 3 of 3 · rest day" and JSON "week": 3. */
class TodayFinishedPlanTest {

    private static final SavedPlan PLAN = plan(Goal.TIME, "2027-01-11", 3, "2027-01-31",
            session(1, "2027-01-12", "easy", 5.0, "done"),
            session(3, "2027-01-31", "race", 10.0, "done"));

    @Test
    void aPlanPastItsRaceSaysItIsCompleteAndInvitesTheNextOne() {
        final TodayBrief after = ProgressService.brief(Optional.of(PLAN), LocalDate.parse("2027-02-08"), Optional.of("for me"), List.of());

        assertThat(after.planState()).isEqualTo(TodayBrief.PlanState.FINISHED);
        final List<String> text = TodayCommand.text(after, DistanceUnit.KM);
        assertThat(String.join("\n", text)).doesNotContain("Week").doesNotContain("rest day")
                .contains("Plan complete").contains("stride plan");
        final var json = DailyJson.today(after, Map.of());
        assertThat(json.get("planState").asText()).isEqualTo("finished");
        assertThat(json.get("week").isNull()).isTrue();
    }

    @Test
    void raceDayAndTheWeeksBeforeAreStillThePlan() {
        assertThat(ProgressService.brief(Optional.of(PLAN), LocalDate.parse("2027-01-31"), Optional.empty(), List.of()).planState())
                .isEqualTo(TodayBrief.PlanState.ACTIVE);
        assertThat(ProgressService.brief(Optional.of(PLAN), LocalDate.parse("2027-01-08"), Optional.empty(), List.of()).planState())
                .isEqualTo(TodayBrief.PlanState.NOT_STARTED);
        assertThat(ProgressService.brief(Optional.empty(), LocalDate.parse("2027-01-08"), Optional.empty(), List.of()).planState())
                .isEqualTo(TodayBrief.PlanState.NONE);
    }
}
