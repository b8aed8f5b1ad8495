package app.stride.text;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.plan.CouchToFiveK;
import app.stride.plan.Session;
import app.stride.settings.DistanceUnit;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** New-user review 11 and 9b: a run/walk headline says what the steps hold, in the words the steps use. */
class RunWalkHeadlineTest {

    private static Session week(final int stage, final int day) {
        return CouchToFiveK.session(LocalDate.of(2027, 1, 11), CouchToFiveK.firstOf(stage) + day - 1);
    }

    private static String headline(final Session s) {
        return StepText.runWalk(s.runWalk().orElseThrow(), s.steps());
    }

    /** New-user review 4: "run 90 s–3 min / walk 90 s–3 min" read as "anywhere between"; the runs are named, no range. */
    @Test
    void weekThreesHeadlineNamesItsNinetySecondAndThreeMinuteRuns() {
        assertThat(headline(week(3, 1))).isEqualTo("90 s and 3 min runs, 9 min running in all");
    }

    @Test
    void weekFoursHeadlineNamesItsThreeAndFiveMinuteRuns() {
        assertThat(headline(week(4, 1))).isEqualTo("3 and 5 min runs, 16 min running in all");
        assertThat(StepText.ratio(week(4, 1).runWalk().orElseThrow(), week(4, 1).steps())).isEqualTo(headline(week(4, 1)));
    }

    @Test
    void weekSixDayOneNamesItsEightMinuteRun() {
        assertThat(headline(week(6, 1))).isEqualTo("5 and 8 min runs, 18 min running in all");
    }

    @Test
    void noMixedHeadlineHoldsARange() {
        for (int i = 0; i < CouchToFiveK.SESSIONS; i++) {
            final Session s = CouchToFiveK.session(LocalDate.of(2027, 1, 11), i);
            s.runWalk().ifPresent(rw -> assertThat(StepText.runWalk(rw, s.steps())).doesNotContain("–"));
        }
    }

    @Test
    void aSessionWithOneRatioKeepsIt() {
        assertThat(headline(week(2, 1))).isEqualTo("run 90 s / walk 2 min");
        assertThat(headline(week(5, 2))).isEqualTo("run 8 min / walk 5 min");
    }

    /** 9b: the steps, the headline and the description say 90 seconds the same way; 2 min 30 s is not rounded to 3 min. */
    @Test
    void ninetySecondsIsSaidOneWay() {
        assertThat(StepText.ratio(90)).isEqualTo("90 s");
        assertThat(StepText.lines(week(2, 1).steps(), DistanceUnit.KM)).anySatisfy(l -> assertThat(l).contains("run 90 s"));
        assertThat(StepText.lines(week(4, 1).steps(), DistanceUnit.KM)).anySatisfy(l -> assertThat(l).contains("walk 2 min 30 s"));
        assertThat(PlanText.description(week(2, 1), DistanceUnit.KM)).contains("run 90 s / walk 2 min");
    }
}
