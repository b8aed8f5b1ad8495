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

    @Test
    void aReturnerUnderThreeQuartersOfTheOldWeekGrowsFifteenPercentWithinThirtyOverTwoWeeks() {
        // Returner's cliff: 40 km a week before 120 days off, best week 20 km, 17 km two weeks back.
        assertThat(GrowthRule.returnerCap(20_000, 1.3 * 17_000, 40_000, 4)).isCloseTo(22_100, within(1e-6));
        // Two weeks back limits it: 1.3 x 16 km = 20.8 km, under 15% over 20 km.
        assertThat(GrowthRule.returnerCap(20_000, 1.3 * 16_000, 40_000, 4)).isCloseTo(22_000, within(1e-6));
        // Never past three quarters of the old week (30 km).
        assertThat(GrowthRule.returnerCap(28_000, 1.3 * 27_000, 40_000, 4)).isCloseTo(30_800, within(1e-6));
        assertThat(GrowthRule.returnerCap(27_000, 1.3 * 26_000, 40_000, 4)).isCloseTo(30_000, within(1e-6));
        // From three quarters on, or with no week two back yet, the growth rule.
        assertThat(GrowthRule.returnerCap(30_000, 1.3 * 29_000, 40_000, 4)).isCloseTo(33_000, within(1e-6));
        assertThat(GrowthRule.returnerCap(13_000, Double.MAX_VALUE, 40_000, 4)).isCloseTo(15_000, within(1e-6));
    }

    @Test
    void aReturnerAfterAShortBreakClimbsAtTheSameRatesToTheWholeOldWeek() {
        // Set-up A: 30 km before 13 days off; best week 24.2 km, 21.5 km the week two before.
        assertThat(GrowthRule.climbCap(24_200, 1.3 * 21_500, 30_000, 4)).isCloseTo(1.15 * 24_200, within(1e-6));
        // Never past the old week while climbing; at the old week, the growth rule.
        assertThat(GrowthRule.climbCap(28_000, 1.3 * 26_000, 30_000, 4)).isCloseTo(30_800, within(1e-6));
        assertThat(GrowthRule.climbCap(20_000, 1.3 * 19_000, 22_500, 4)).isCloseTo(22_500, within(1e-6));
        assertThat(GrowthRule.climbCap(30_000, 1.3 * 26_000, 30_000, 4)).isCloseTo(GrowthRule.cap(30_000, 4), within(1e-6));
        // The long break's cap is this climb to three quarters of the old week.
        assertThat(GrowthRule.returnerCap(20_000, 1.3 * 17_000, 40_000, 4))
                .isCloseTo(GrowthRule.climbCap(20_000, 1.3 * 17_000, 30_000, 4), within(1e-6));
    }
}
