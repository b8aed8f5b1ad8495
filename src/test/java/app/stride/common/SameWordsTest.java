package app.stride.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The same action or status reads the same on every screen and on the command line. */
class SameWordsTest {

    @Test
    void everyEmptyStateOffersToCreateAPlanInTheSameWords() {
        // Review K: Today said "Create a plan", Plan "+ Create your plan".
        assertThat(Messages.get("planscreen.empty.action"))
                .isEqualTo(Messages.get("today.createPlan"))
                .isEqualTo(Messages.get("progress.empty.createPlan"));
    }

    @Test
    void aRunCutShortIsCalledSoOnTodayInTheLogAndOnTheCommandLine() {
        // Review I: Today said "Partly", the Log dialog "Cut short", the command line "partial".
        assertThat(Messages.get("today.tickoff.partial")).isEqualTo(Messages.get("log.form.status.partial"));
        assertThat(Messages.get("run.status.partial")).isEqualToIgnoringCase(Messages.get("log.form.status.partial"));
        assertThat(Messages.get("run.status.done")).isEqualToIgnoringCase(Messages.get("today.tickoff.done"));
    }
}
