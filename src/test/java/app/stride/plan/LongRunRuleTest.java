package app.stride.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LongRunRuleTest {

    @Test
    void aMileMoreOrTenPercentWhicheverIsMore() {
        assertThat(LongRunRule.next(8_000)).isCloseTo(9_609.344, within(1e-6));
        assertThat(LongRunRule.next(20_000)).isCloseTo(22_000, within(1e-6));
    }

    @Test
    void shareOfTheWeekByRuns() {
        assertThat(LongRunRule.share(3)).isEqualTo(0.50);
        assertThat(LongRunRule.share(4)).isEqualTo(0.40);
        assertThat(LongRunRule.share(5)).isEqualTo(0.35);
        assertThat(LongRunRule.share(7)).isEqualTo(0.35);
    }

    @Test
    void theShareCapNeverCutsALongRunTheRunnerAlreadyDoesUpToTheDistancesMinimum() {
        // Finding 4: a 13 km long run in a 28 km week of 4 runs was held to 40% (11.2 km).
        assertThat(LongRunRule.allowed(13_000, 28_000, 4, 13_000)).isEqualTo(13_000);
        assertThat(LongRunRule.allowed(13_000, 28_000, 4, 0)).isCloseTo(11_200, within(1e-6));
    }

    @Test
    void halfMarathonMinimumDependsOnTheGoal() {
        assertThat(LongRunRule.usualMinimum(RaceDistance.HALF, Goal.TIME)).isEqualTo(16_000);
        assertThat(LongRunRule.usualMinimum(RaceDistance.HALF, Goal.FINISH)).isEqualTo(14_000);
    }
}
