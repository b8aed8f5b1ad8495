package app.stride.ui.today;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.plan.CouchToFiveK;
import app.stride.plan.PlanRepository.SavedSession;
import app.stride.plan.Session;
import app.stride.plan.SessionStatus;
import app.stride.settings.DistanceUnit;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * New-user review 4 (z1, p1): Today said "run 90 s–3 min / walk 90 s–3 min", read as "anywhere between"; only the Plan
 * dialog showed the workout. Today now lists the steps when the runs differ, and names no range.
 */
class TodayMixedRunWalkTest {

    private static final LocalDate DAY = LocalDate.of(2027, 2, 15);

    private static SavedSession week(final int stage, final int day) {
        final Session s = CouchToFiveK.session(DAY, CouchToFiveK.firstOf(stage) + day - 1);
        return new SavedSession(1, DAY, DAY, s.type().code(), s.distanceM(), s.duration().map(d -> (int) d.toSeconds()),
                s.pace(), s.effort(), s.runWalk(), s.steps(), s.description(), SessionStatus.PLANNED);
    }

    @Test
    void weekThreeListsItsRepeatAsThePlanDialogDoes() {
        final SavedSession s = week(3, 1);
        assertThat(SessionCard.stepList(s, DistanceUnit.KM)).contains("2 × (run 90 s, walk 90 s, run 3 min, walk 3 min)")
                .first().asString().startsWith("Warm-up 5 min");
        assertThat(SessionCard.facts(s, false, DistanceUnit.KM)).contains("90 s and 3 min runs, 9 min running in all")
                .noneSatisfy(f -> assertThat(f).contains("–3 min"));
        assertThat(SessionCard.description(s, DistanceUnit.KM)).contains("9 min running in all").doesNotContain("–");
    }

    @Test
    void oneRatioNeedsNoStepList() {
        final SavedSession s = week(2, 1);
        assertThat(SessionCard.stepList(s, DistanceUnit.KM)).isEmpty();
        assertThat(SessionCard.facts(s, false, DistanceUnit.KM)).contains("run 90 s / walk 2 min");
    }
}
