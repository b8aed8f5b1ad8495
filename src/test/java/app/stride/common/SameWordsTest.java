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
}
