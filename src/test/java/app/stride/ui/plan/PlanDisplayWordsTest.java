package app.stride.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.common.Messages;
import org.junit.jupiter.api.Test;

class PlanDisplayWordsTest {

    @Test
    void thePastStartWarningSpeaksTheFormsWordsNotTheCommandLines() {
        final String engine = Messages.get("plan.warn.pastStart", "Mon 23 Nov 2026", "Wed 25 Nov 2026");
        assertThat(engine).contains("--start-date");

        final String app = PlanDisplay.inAppWords(engine);

        assertThat(app).doesNotContain("--").contains("choose a later Start on date");
    }
}
