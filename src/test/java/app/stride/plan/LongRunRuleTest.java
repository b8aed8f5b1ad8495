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
        // Coach review 4 (m15): a long run that took more than half the week before the break regains at 60%.
        assertThat(LongRunRule.regainShare(runner(24_000, 12_800))).isEqualTo(LongRunRule.REGAIN_SHARE);
        assertThat(LongRunRule.regainShare(runner(30_000, 12_000))).isEqualTo(LongRunRule.RETURNER_SHARE);
        assertThat(LongRunRule.kept(12_800, 16_000, 14_000, 24_000, 0, LongRunRule.REGAIN_SHARE)).isCloseTo(14_000, within(1e-6));
    }

    private static Fitness runner(final double weekM, final double longestM) {
        return new Fitness(java.util.Optional.empty(), Fitness.Level.RUNNER, weekM, 6, longestM, 0, java.util.Optional.empty(),
                false, false);
    }

    @Test
    void theWeekIsRaisedOnlyAsFarAsTheDistancesMinimumLongRunNeeds() {
        // p29: an 18 km long run wanted on six days once raised the week to 18 / 0.35 = 51.4 km.
        assertThat(LongRunRule.weekFor(18_000, 16_000, 6, 0)).isCloseTo(16_500 / 0.35, within(1e-6));
        // At the share the runner's long run takes now (14 km of 28 km: half) the half's 16 km needs 33 km.
        assertThat(LongRunRule.weekFor(18_000, 16_000, 6, LongRunRule.habitShare(runner(28_000, 14_000))))
                .isCloseTo(33_000, within(1e-6));
        // A long run still under the minimum raises the week for itself only.
        assertThat(LongRunRule.weekFor(12_000, 16_000, 4, 0)).isCloseTo(30_000, within(1e-6));
    }

    @Test
    void theRunnersOwnLongRunShareCountsUpToHalfTheWeek() {
        assertThat(LongRunRule.habitShare(runner(30_000, 10_500))).isCloseTo(0.35, within(1e-9));
        assertThat(LongRunRule.habitShare(runner(20_000, 14_000))).isEqualTo(0.5);
        assertThat(LongRunRule.habitShare(runner(0, 0))).isZero();
        // Kept at that share up to the minimum and the rounding margin, whatever the number of runs.
        assertThat(LongRunRule.habitKept(16_000, 14_000, 0.5, 40_000)).isCloseTo(16_500, within(1e-6));
        assertThat(LongRunRule.habitKept(16_000, 14_000, 0.5, 30_000)).isCloseTo(15_000, within(1e-6));
        // A long run the runner does now past the minimum keeps its share: 15 km of 35 km stays 15 km.
        assertThat(LongRunRule.habitKept(14_000, 15_000, 15.0 / 35, 35_000)).isCloseTo(15_000, within(1e-6));
        assertThat(LongRunRule.kept(14_000, 14_000, 16_000, 30_000, 0.5)).isCloseTo(15_000, within(1e-6));
    }
}
