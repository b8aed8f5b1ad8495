package app.stride.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The race time of a runner who told no race, estimated from their week (coach review 5, defect 5). */
class EffortEstimateTest {

    private static FitnessInput told(final Double km, final Double longestKm, final Integer continuous, final int daysOff) {
        return Golden.fitness(Optional.empty(), km, 4, longestKm, continuous, null, daysOff, false);
    }

    private static TimeRange half(final FitnessInput in) {
        return EffortPace.raceTime(in, RaceDistance.HALF, 1.1, 12);
    }

    /** Defect 5: every effort-only half showed 2:43:30 whatever the runner told; a plan's race now says what they told. */
    @Test
    void twoRunnersWhoToldDifferentWeeksGetDifferentRaceTimes() {
        final Plan strong = plan(told(30.0, 16.0, null, 0));
        final Plan small = plan(told(16.0, 9.0, null, 0));
        final TimeRange a = strong.raceTime().orElseThrow();
        final TimeRange b = small.raceTime().orElseThrow();
        assertThat(a).isNotEqualTo(b);
        assertThat(a.slowest()).isLessThan(b.slowest());
        assertThat(a.fastest()).isLessThan(b.fastest());
        assertThat(race(strong).duration()).isNotEqualTo(race(small).duration());
        // A 30 km a week runner with a 16 km long run: about 2:05 to 2:35, not up to 2:43:30.
        assertThat(a.fastest()).isBetween(Duration.ofMinutes(115), Duration.ofMinutes(130));
        assertThat(a.slowest()).isBetween(Duration.ofMinutes(140), Duration.ofMinutes(160));
    }

    @Test
    void moreVolumeOrALongerLongestRunIsNeverSlower() {
        final Random rnd = new Random(7);
        for (int i = 0; i < 3000; i++) {
            final double km = 3 + rnd.nextDouble() * 90;
            final double longest = 1 + rnd.nextDouble() * 20;
            final int off = rnd.nextInt(4) == 0 ? rnd.nextInt(200) : 0;
            final RaceDistance d = RaceDistance.values()[1 + rnd.nextInt(3)];
            final TimeRange base = EffortPace.raceTime(told(km, longest, null, off), d, 1.1, 8);
            final TimeRange moreKm = EffortPace.raceTime(told(km + 1 + rnd.nextDouble() * 10, longest, null, off), d, 1.1, 8);
            final TimeRange longer = EffortPace.raceTime(told(km, longest + 0.5 + rnd.nextDouble() * 5, null, off), d, 1.1, 8);
            final TimeRange rested = EffortPace.raceTime(told(km, longest, null, 0), d, 1.1, 8);
            assertThat(moreKm.fastest()).as("%s km %s", km, d).isLessThanOrEqualTo(base.fastest());
            assertThat(moreKm.slowest()).as("%s km %s", km, d).isLessThanOrEqualTo(base.slowest());
            assertThat(longer.fastest()).isLessThanOrEqualTo(base.fastest());
            assertThat(longer.slowest()).isLessThanOrEqualTo(base.slowest());
            assertThat(rested.slowest()).as("time off never makes it quicker").isLessThanOrEqualTo(base.slowest());
            assertThat(base.slowest()).isGreaterThan(base.fastest());
        }
    }

    @Test
    void neverFasterThanAPlausibleBound() {
        // VDOT 50 at marathon pace: a comfortable half no quicker than about 1:37, however much was told.
        final TimeRange t = half(told(150.0, 35.0, null, 0));
        assertThat(t.fastest()).isGreaterThanOrEqualTo(Duration.ofMinutes(95));
        final TimeRange fiveK = EffortPace.raceTime(told(150.0, 35.0, null, 0), RaceDistance.FIVE_K, 1.1, 12);
        assertThat(fiveK.fastest()).isGreaterThanOrEqualTo(Duration.ofMinutes(22));
    }

    @Test
    void distinctAnswersGiveDistinctRanges() {
        final Set<TimeRange> seen = new HashSet<>();
        for (double km = 10; km <= 60; km += 10) {
            for (double longest = 4; longest <= 16; longest += 4) {
                assertThat(seen.add(half(told(km, longest, null, 0)))).as("%s km, %s longest", km, longest).isTrue();
            }
        }
        assertThat(half(told(30.0, 12.0, null, 90))).isNotEqualTo(half(told(30.0, 12.0, null, 0)));
    }

    @Test
    void theLessWasToldTheWiderTheRange() {
        final TimeRange both = half(told(30.0, 12.0, null, 0));
        final TimeRange weekOnly = half(told(30.0, null, null, 0));
        final TimeRange nothing = half(Golden.fitness(Optional.empty(), null, 4, null, 30, null, 0, false));
        assertThat(width(weekOnly)).isGreaterThan(width(both));
        assertThat(width(nothing)).isGreaterThan(width(weekOnly));
        // A long break leaves more open than none.
        assertThat(width(half(told(30.0, 12.0, null, 120)))).isGreaterThan(width(both));
    }

    /**
     * The old guess was a 5:52/km race pace for everyone (a 29:20 5K, VDOT about 32), which Tanda's formula gives for
     * about 20 km a week: that runner's range still holds the old half's middle (2:19:40, of 1:55:50–2:43:30).
     */
    @Test
    void theOldTypicalRunnersRangeHoldsTheOldMiddle() {
        final TimeRange t = half(told(20.0, null, null, 0));
        assertThat(EffortPace.fromWeeklyKm(20).value()).isBetween(31.0, 33.0);
        assertThat(Duration.ofSeconds(2 * 3600 + 19 * 60 + 40)).isBetween(t.fastest(), t.slowest());
    }

    private static long width(final TimeRange t) {
        return t.slowest().minus(t.fastest()).toSeconds() * 1000 / t.slowest().toSeconds();
    }

    private static Plan plan(final FitnessInput in) {
        return new PlanGenerator(Golden.CLOCK).generate(new PlanRequest(Goal.FINISH, Optional.of(RaceDistance.HALF),
                Optional.empty(), Optional.of(Golden.MONDAY), Optional.empty(), Optional.of(12),
                EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), Optional.empty(), in));
    }

    private static Session race(final Plan p) {
        return p.weeks().get(p.weeks().size() - 1).sessions().stream().filter(s -> s.type() == SessionType.RACE)
                .findFirst().orElseThrow();
    }
}
