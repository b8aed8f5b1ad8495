package app.stride.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.plan.PlanMessage;
import app.stride.text.PlanText;
import app.stride.settings.DistanceUnit;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PlanDisplayWordsTest {

    @Test
    void thePastStartWarningSpeaksTheFormsWordsInTheAppAndTheOptionsOnTheCommandLine() {
        final PlanMessage m = PlanMessage.of("pastStart", LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 25));

        assertThat(PlanText.note(m, DistanceUnit.KM, PlanText.Surface.CLI)).contains("--start-date");
        assertThat(PlanText.note(m, DistanceUnit.KM, PlanText.Surface.APP)).doesNotContain("--")
                .contains("choose a later Start on date").contains("Mon 23 Nov 2026");
    }
}
