package app.stride.ui.today;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.plan.RunWalk;
import org.junit.jupiter.api.Test;

class TodayRunWalkWordsTest {

    @Test
    void runWalkReadsAsOnThePlanScreenNotInRawSeconds() {
        assertThat(TodayView.runWalk(new RunWalk(480, 300))).isEqualTo("run 8 min / walk 5 min");
        assertThat(TodayView.runWalk(new RunWalk(60, 90))).isEqualTo("run 1 min / walk 90 s");
    }
}
