package app.stride.ui.today;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.common.Messages;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * One word for a skipped session everywhere: Today said "Let it go" for what the Log dialog, the plan and the CLI
 * call "Skipped" (a new user could not tell they were the same thing).
 */
class SkipWordTest {

    @Test
    void todaysButtonsAndNoticeSayTheSameWordAsTheLogAndTheCli() {
        assertThat(Messages.get("log.form.status.skipped")).isEqualTo("Skipped");
        assertThat(Messages.get("today.session.skipped")).isEqualTo("Skipped");
        assertThat(Messages.get("run.status.skipped")).isEqualTo("skipped");
        for (String key : List.of("today.missed.letGo", "today.tickoff.letGo", "today.letGo", "note.skipped")) {
            final String text = key.equals("note.skipped") ? Messages.get(key, 2) : Messages.get(key, "Easy run");
            assertThat(text.toLowerCase(Locale.ROOT)).as(key).contains("skip").doesNotContain("let ").doesNotContain(" go");
        }
    }
}
