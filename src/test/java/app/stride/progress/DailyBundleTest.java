package app.stride.progress;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.common.Messages;
import app.stride.tracking.Feel;
import app.stride.tracking.RunStatus;
import org.junit.jupiter.api.Test;

/** Every code the daily loop hands to the CLI and UI has its words in the bundle. */
class DailyBundleTest {

    @Test
    void everySummaryCodeStatusAndFeelHasAText() {
        for (Highlight.Code c : Highlight.Code.values()) {
            assertThat(Messages.has("progress.highlight." + c.name())).as(c.name()).isTrue();
        }
        for (RunStatus s : RunStatus.values()) {
            assertThat(Messages.has("run.status." + s.code())).as(s.code()).isTrue();
        }
        for (Feel f : Feel.values()) {
            assertThat(Messages.has("run.feel." + f.code())).as(f.code()).isTrue();
            assertThat(Feel.ofScore(f.score())).contains(f);
        }
    }
}
