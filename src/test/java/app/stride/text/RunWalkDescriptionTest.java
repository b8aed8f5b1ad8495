package app.stride.text;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.plan.CouchToFiveK;
import app.stride.plan.PlanRepository.SavedSession;
import app.stride.plan.Session;
import app.stride.plan.SessionStatus;
import app.stride.settings.DistanceUnit;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * New-user review 11: a run/walk session's headline said "run 5–8 min / walk 3 min" while its description said
 * "5- to 10-minute runs". Both now read the session's steps; a brief alone names no lengths.
 */
class RunWalkDescriptionTest {

    private static final LocalDate DAY = LocalDate.of(2027, 2, 15);

    private static Session week(final int stage, final int day) {
        return CouchToFiveK.session(DAY, CouchToFiveK.firstOf(stage) + day - 1);
    }

    private static String headline(final Session s) {
        return StepText.runWalk(s.runWalk().orElseThrow(), s.steps());
    }

    @Test
    void weekSixDayOneDescriptionSaysTheRunsItsHeadlineSays() {
        final String d = PlanText.description(week(6, 1), DistanceUnit.KM);
        assertThat(headline(week(6, 1))).isEqualTo("5 and 8 min runs, 18 min running in all");
        // New-user review 4: runs that differ are said step by step, as the Plan dialog says them.
        assertThat(d).contains("then run 5 min, walk 3 min, run 8 min, walk 3 min, run 5 min (18 min running in all)")
                .doesNotContain("10").doesNotContain("–");
    }

    /** Every Couch-to-5K run/walk session: the description holds the headline and no other minute figure for a run. */
    @Test
    void everyRunWalkSessionsDescriptionAgreesWithItsHeadline() {
        for (int i = 0; i < CouchToFiveK.SESSIONS; i++) {
            final Session s = CouchToFiveK.session(DAY, i);
            if (s.runWalk().isEmpty()) {
                continue;
            }
            final String d = PlanText.description(s, DistanceUnit.KM);
            final String runs = StepText.mixed(s.steps()) ? StepText.inline(s.steps(), DistanceUnit.KM) : headline(s);
            assertThat(d).as("session %d", i).contains(runs);
            assertThat(d.replace(runs, "")).as("session %d names runs only through its headline", i)
                    .doesNotContainPattern("(?i)(second|minute)[ -]runs");
        }
    }

    @Test
    void aSavedSessionReadsItsStepsToo() {
        final Session s = week(5, 1);
        final SavedSession saved = new SavedSession(1, DAY, DAY, s.type().code(), s.distanceM(),
                s.duration().map(x -> (int) x.toSeconds()), s.pace(), s.effort(), s.runWalk(), s.steps(), s.description(),
                SessionStatus.PLANNED);
        assertThat(PlanText.description(saved, DistanceUnit.KM)).contains("run 5 min / walk 3 min").doesNotContain("8");
    }

    /** Without the steps (a change preview shows the brief alone) the words name no run lengths rather than guess. */
    @Test
    void aBriefAloneNamesNoRunLengths() {
        final String d = PlanText.description(week(6, 1).description(), DistanceUnit.KM);
        final Matcher m = Pattern.compile("(\\d+)").matcher(d);
        while (m.find()) {
            assertThat(m.group(1)).as(d).isIn("6", "5", "5", "18");
        }
        assertThat(d).contains("week 6 of Couch to 5K").contains("18 min running in all");
    }
}
