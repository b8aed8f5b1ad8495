package app.stride.progress;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.common.Messages;
import org.junit.jupiter.api.Test;

/** New-user review 4: "1 of 1 sessions this month", "1 of 1 sessions so far". Failed before: "sessions" after 1. */
class SessionPluralTest {

    @Test
    void oneSessionIsSingular() {
        assertThat(Messages.get("progress.highlight.SESSIONS_THIS_MONTH", 1, 1)).isEqualTo("1 of 1 session this month");
        assertThat(Messages.get("progress.tile.adherenceDetail", 1, 1)).isEqualTo("1 of 1 session so far");
        assertThat(Messages.get("progress.tile.adherenceDetailCut", 0, 1, 1)).isEqualTo("0 of 1 session so far (1 cut short)");
        assertThat(Messages.get("note.doneNoDistance", 1, 1)).isEqualTo("I did 1 of 1 planned session.");
    }

    @Test
    void moreSessionsArePlural() {
        assertThat(Messages.get("progress.highlight.SESSIONS_THIS_MONTH", 9, 10)).isEqualTo("9 of 10 sessions this month");
        assertThat(Messages.get("progress.tile.adherenceDetail", 0, 0)).isEqualTo("0 of 0 sessions so far");
        assertThat(Messages.get("note.done", 2, 3, "9.5 km")).isEqualTo("I did 2 of 3 planned sessions, 9.5 km in all.");
    }
}
