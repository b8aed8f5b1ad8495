package app.stride.plan.adapt;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.plan.RunWalk;
import app.stride.plan.Session;
import app.stride.plan.SessionBrief;
import app.stride.plan.SessionEffort;
import app.stride.plan.SessionStatus;
import app.stride.plan.SessionType;
import app.stride.plan.Step;
import app.stride.plan.Step.Kind;
import app.stride.settings.DistanceUnit;
import app.stride.text.PlanText;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Review (today): "not feeling 100%" turned a Couch to 5K run/walk of 31 minutes, planned by time, into "Run/walk ·
 * 20 min · 3.1 km": a distance made up from a fallback pace, far too fast for week 2.
 */
class TimeBasedEaseTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    /** 5 min walk, 7 × (90 s run, 2 min walk) with a last run, 5 min walk; by time only, as the plan makes it. */
    private static Session couchToFiveK() {
        final List<Step> steps = List.of(Step.timed(Kind.WARM_UP, Duration.ofMinutes(5), Optional.empty(), Optional.of(SessionEffort.WALK)),
                Step.repeat(6, List.of(Step.timed(Kind.RUN, Duration.ofSeconds(90), Optional.empty(), Optional.of(SessionEffort.EASY)),
                        Step.timed(Kind.WALK, Duration.ofMinutes(2), Optional.empty(), Optional.of(SessionEffort.WALK)))),
                Step.timed(Kind.COOL_DOWN, Duration.ofMinutes(5), Optional.empty(), Optional.of(SessionEffort.WALK)));
        return new Session(TODAY, SessionType.RUN_WALK, Optional.empty(), Optional.of(Duration.ofSeconds(31 * 60)), Optional.empty(),
                Optional.of(SessionEffort.EASY), Optional.of(new RunWalk(90, 120)), steps, SessionBrief.of("c25k", 2, 9),
                Session.Load.easy(3000));
    }

    @Test
    void aSessionPlannedByTimeStaysByTimeWhenEased() {
        final LifeChange c = EaseDays.propose(List.of(new PlanDay(1, TODAY, SessionStatus.PLANNED, couchToFiveK())), TODAY);

        final Session to = c.edits().get(0).to();

        assertThat(to.duration()).contains(Duration.ofMinutes(20));
        assertThat(to.distanceM()).isEmpty();
        assertThat(PlanText.size(to, DistanceUnit.KM)).isEqualTo("Run/walk · 20:00");
        assertThat(PlanText.size(c.edits().get(0).from(), DistanceUnit.KM)).isEqualTo("Run/walk · 31:00");
    }
}
