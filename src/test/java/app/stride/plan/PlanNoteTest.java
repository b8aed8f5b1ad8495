package app.stride.plan;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.common.Messages;
import org.junit.jupiter.api.Test;

/** The typed note codes are the ones the engine writes and the bundle renders. */
class PlanNoteTest {

    @Test
    void everyNoteHasItsBundleText() {
        for (PlanNote n : PlanNote.values()) {
            assertThat(Messages.has("plan.note." + n.code())).as(n.name()).isTrue();
        }
    }

    @Test
    void aNoteIsRecognisedByItsCodeOnly() {
        assertThat(PlanNote.NOT_READY.is(PlanMessage.of("notReady", 6))).isTrue();
        assertThat(PlanNote.NOT_READY.is(PlanMessage.of("c25kShort", 6))).isFalse();
        assertThat(PlanNote.C25K_SHORT.is(PlanMessage.of("c25kShort", 6))).isTrue();
    }
}
