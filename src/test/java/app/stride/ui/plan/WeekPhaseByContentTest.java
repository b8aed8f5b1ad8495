package app.stride.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.plan.Plan;
import app.stride.plan.SessionType;
import app.stride.settings.DistanceUnit;
import org.junit.jupiter.api.Test;

/**
 * New-user review: weeks of the run/walk phase whose every session is a continuous run (25 minutes without stopping)
 * were labelled "Run/walk". The label follows the week's sessions. Failed before: "Run/walk" on every such week.
 */
class WeekPhaseByContentTest {

    @Test
    void aRunWalkPhaseWeekOfContinuousRunsSaysSo() {
        final Plan plan = TimeBasedWeekTotalsTest.couchToFiveK();
        final PlanDisplay d = PlanDisplay.of(plan, DistanceUnit.KM, plan.startDate());
        for (int i = 0; i < plan.weeks().size(); i++) {
            final var w = plan.weeks().get(i);
            if (w.phase() != app.stride.plan.Phase.RUN_WALK) {
                continue;
            }
            final boolean walks = w.sessions().stream().anyMatch(s -> s.type() == SessionType.RUN_WALK);
            assertThat(d.weeks().get(i).phase()).as("week %d", i + 1).isEqualTo(walks ? "Run/walk" : "Non-stop");
        }
        assertThat(d.weeks()).extracting(PlanDisplay.WeekDisplay::phase).contains("Run/walk", "Non-stop");
    }
}
