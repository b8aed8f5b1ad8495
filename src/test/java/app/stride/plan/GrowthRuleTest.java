package app.stride.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GrowthRuleTest {

    @Test
    void tenPercentAboveTheBestWeekAtVolume() {
        assertThat(GrowthRule.cap(40_000, 4)).isCloseTo(44_000, within(1e-6));
    }

    @Test
    void halfAKilometreARunningDayAtLowVolume() {
        assertThat(GrowthRule.cap(8_000, 3)).isCloseTo(9_500, within(1e-6));
    }

    @Test
    void aLighterWeekDoesNotLowerTheBestItIsMeasuredAgainst() {
        // Finding 1: the week after a cutback grew from the cutback; the rule takes the best earlier week.
        final double best = Math.max(30_000, 22_500);
        assertThat(GrowthRule.cap(best, 4)).isCloseTo(33_000, within(1e-6));
    }

    @Test
    void aDipIsNotACutbackTheNextWeekGrowsFromIt() {
        // Quality review: a hills week at 33.9 km after 38 km weeks was followed by a 41.6 km tempo week (+23%).
        assertThat(GrowthRule.cap(38_000, 33_900, 4)).isCloseTo(GrowthRule.cap(33_900, 4), within(1e-6));
        // No dip (or a cutback, given as NaN): the best week rules.
        assertThat(GrowthRule.cap(38_000, 38_000, 4)).isCloseTo(GrowthRule.cap(38_000, 4), within(1e-6));
        assertThat(GrowthRule.cap(38_000, Double.NaN, 4)).isCloseTo(GrowthRule.cap(38_000, 4), within(1e-6));
    }
}
