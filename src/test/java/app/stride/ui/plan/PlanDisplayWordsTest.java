package app.stride.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.plan.PlanMessage;
import app.stride.text.PlanText;
import app.stride.settings.DistanceUnit;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PlanDisplayWordsTest {

    @Test
    void aPlanHistoryTitleNamesTheYearOfARaceOutsideThisOne() {
        // Review D: the history listed "10K on Sunday 28 December" across two years with no year to tell them apart.
        final String last = PlanDisplay.title(app.stride.plan.Goal.TIME, java.util.Optional.of(app.stride.plan.RaceDistance.TEN_K),
                java.util.Optional.of(LocalDate.of(2025, 12, 28)), LocalDate.of(2025, 10, 6), 12, java.util.OptionalInt.of(2026));
        final String now = PlanDisplay.title(app.stride.plan.Goal.TIME, java.util.Optional.of(app.stride.plan.RaceDistance.TEN_K),
                java.util.Optional.of(LocalDate.of(2026, 12, 27)), LocalDate.of(2026, 10, 5), 12, java.util.OptionalInt.of(2026));
        assertThat(last).contains("28 December 2025");
        assertThat(now).contains("27 December").doesNotContain("2026");
    }

    @Test
    void thePastStartWarningSpeaksTheFormsWordsInTheAppAndTheOptionsOnTheCommandLine() {
        final PlanMessage m = PlanMessage.of("pastStart", LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 25));

        assertThat(PlanText.note(m, DistanceUnit.KM, PlanText.Surface.CLI)).contains("--start-date");
        assertThat(PlanText.note(m, DistanceUnit.KM, PlanText.Surface.APP)).doesNotContain("--")
                .contains("choose a later Start on date").contains("Mon 23 Nov 2026");
    }
}
