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

    @Test
    void aLongRunTheRunnerRanBeforeTheBreakMayTakeHalfTheWeekUpToTheDistancesMinimum() {
        // Returner's cliff: 18 km long runs before 60 days off (6.3 km now), half with a time goal (16 km minimum).
        assertThat(LongRunRule.kept(6_300, 18_000, 16_000, 28_000)).isCloseTo(14_000, within(1e-6));
        assertThat(LongRunRule.kept(6_300, 18_000, 16_000, 40_000)).isCloseTo(16_000, within(1e-6));
        // What they ran before, not more: 12 km long runs keep 12 km at most.
        assertThat(LongRunRule.kept(4_200, 12_000, 16_000, 40_000)).isCloseTo(12_000, within(1e-6));
        // The long run they do now is kept whatever the week (up to the minimum), as before.
        assertThat(LongRunRule.kept(15_000, 15_000, 16_000, 20_000)).isCloseTo(15_000, within(1e-6));
    }
}
