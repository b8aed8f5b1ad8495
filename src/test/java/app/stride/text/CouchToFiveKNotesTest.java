package app.stride.text;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.plan.PlanMessage;
import app.stride.plan.RaceDistance;
import app.stride.plan.RunWalk;
import app.stride.settings.DistanceUnit;
import org.junit.jupiter.api.Test;

/** New-user review 16b: the Couch-to-5K note says what is true of the plan and of the programme. */
class CouchToFiveKNotesTest {

    private static String note(final int minutes) {
        return PlanText.note(PlanMessage.of("c25kWalkBreaks", minutes, RaceDistance.FIVE_K, new RunWalk(600, 60)),
                DistanceUnit.KM, PlanText.Surface.APP);
    }

    @Test
    void aPlanThatStopsAtTwentyEightMinutesSaysTheProgrammeGoesOn() {
        assertThat(note(28)).startsWith("In the weeks you have, Couch to 5K builds up to 28 minutes of running without"
                + " stopping (the full programme ends at 30), and the 5K takes");
    }

    @Test
    void theFullProgrammeSaysThirtyPlainly() {
        assertThat(note(30)).startsWith("Couch to 5K builds up to 30 minutes of running without stopping, and the 5K");
    }

    /** New-user review 16c: plan week 1 read "Couch to 5K week 2"; the programme's week reads as a reference. */
    @Test
    void theProgrammesWeekReadsAsAReferenceNotAsThePlansWeek() {
        final java.time.LocalDate monday = java.time.LocalDate.of(2027, 1, 11);
        assertThat(PlanText.description(app.stride.plan.CouchToFiveK.session(monday, app.stride.plan.CouchToFiveK.firstOf(2)),
                DistanceUnit.KM)).startsWith("Run/walk (as in week 2 of Couch to 5K): ").contains("run 90 s / walk 2 min");
        assertThat(PlanText.description(app.stride.plan.CouchToFiveK.session(monday, app.stride.plan.CouchToFiveK.firstOf(7)),
                DistanceUnit.KM)).startsWith("25 minutes running without stopping (as in week 7 of Couch to 5K): ");
    }
}
