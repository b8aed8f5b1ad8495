package app.stride.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.cli.CliRun;
import app.stride.format.Durations;
import app.stride.plan.Plan;
import app.stride.plan.PlanByTime;
import app.stride.settings.DistanceUnit;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * New-user review (c3, t5): a Couch-to-5K week said "11.1 km planned" on the Plan screen and "6 mi" in the CLI while
 * every session was 30–34 minutes with no distance, and Progress said the same week in time. A plan by time totals its
 * weeks in time everywhere, by the rule Progress uses (plan.PlanByTime).
 */
class TimeBasedWeekTotalsTest {

    static Plan couchToFiveK() {
        final java.time.Clock made = java.time.Clock.fixed(LocalDate.of(2026, 11, 30).atStartOfDay()
                .toInstant(java.time.ZoneOffset.UTC), java.time.ZoneOffset.UTC);
        return new app.stride.plan.PlanGenerator(made).generate(new app.stride.plan.PlanRequest(
                app.stride.plan.Goal.FINISH, Optional.of(app.stride.plan.RaceDistance.FIVE_K), Optional.empty(),
                Optional.of(LocalDate.of(2026, 11, 30)), Optional.empty(), Optional.of(8),
                java.util.EnumSet.of(java.time.DayOfWeek.TUESDAY, java.time.DayOfWeek.THURSDAY, java.time.DayOfWeek.SUNDAY),
                Optional.empty(), new app.stride.plan.FitnessInput(Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.of(5), Optional.empty(), 0, false)));
    }

    @Test
    void aRunWalkPlansWeeksArePlannedInTimeOnThePlanScreen() {
        final Plan plan = couchToFiveK();
        assertThat(PlanByTime.sessions(plan.weeks().stream().flatMap(w -> w.sessions().stream()).toList())).isTrue();
        final PlanDisplay d = PlanDisplay.of(plan, DistanceUnit.KM, plan.startDate());
        final PlanDisplay.WeekDisplay first = d.weeks().get(0);
        assertThat(first.planned()).doesNotContain("km")
                .startsWith(Durations.total(PlanByTime.trainingTime(plan.weeks().get(0))) + " planned");
        assertThat(d.weeks()).allSatisfy(w -> assertThat(w.planned()).doesNotContain("km").containsPattern("\\d (h|min)\\b"));
    }

    @Test
    void theCliWeekHeadersOfARunWalkPlanSayTimeNotMiles() {
        final CliRun run = CliRun.of("plan", "--goal", "finish", "--distance", "5k", "--start-date", "2026-11-30",
                "--race-date", "2027-01-24", "--days", "tue,thu,sun", "--continuous-min", "5", "--units", "mi");
        assertThat(run.exitCode()).as(run.err()).isZero();
        final List<String> headers = run.out().lines().filter(l -> l.startsWith("Week ")).toList();
        assertThat(headers).isNotEmpty().allSatisfy(h -> assertThat(h).doesNotContainPattern("\\d mi\\b").containsPattern("\\d (h|min)\\b"));
    }

    @Test
    void aPlanByPaceStillTotalsItsWeeksInDistance() {
        final CliRun run = CliRun.of("plan", "--goal", "time", "--distance", "10k", "--start-date", "2026-11-30",
                "--race-date", "2027-02-21", "--days", "tue,thu,sun", "--recent-race", "5k=25:00");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines().filter(l -> l.startsWith("Week ")).toList()).isNotEmpty()
                .allSatisfy(h -> assertThat(h).contains("km"));
    }
}
