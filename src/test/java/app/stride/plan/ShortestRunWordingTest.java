package app.stride.plan;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.common.Messages;
import org.junit.jupiter.api.Test;

/**
 * Coach review 5, defect 10 (n06): a note said runs "under 20 minutes, the shortest worth going out for" while plans
 * keep runs down to {@value RunCount#FLOOR_MINUTES} minutes (RunsKept). Every text that names the shortest run names
 * the engine's one constant, {@link RunCount#FLOOR_MINUTES}. Failed before the fix (the adapt warnings said 20).
 */
class ShortestRunWordingTest {

    private static final String MINUTES = RunCount.FLOOR_MINUTES + " minutes";

    @Test
    void theFewerRunsNoteNamesTheFloor() {
        assertThat(Messages.get("plan.note.weeksFewerRuns", 4, 2)).contains("under " + MINUTES + ", the shortest worth");
    }

    @Test
    void theAddedDayWarningsNameTheFloor() {
        assertThat(Messages.get("adapt.warning.days-not-used")).contains("under " + MINUTES + ", the shortest worth")
                .doesNotContain("20 minutes");
        assertThat(Messages.get("adapt.warning.days-used-from", "Saturday", "4 January", 1)).contains("one more run of " + MINUTES)
                .doesNotContain("20 minutes");
    }
}
