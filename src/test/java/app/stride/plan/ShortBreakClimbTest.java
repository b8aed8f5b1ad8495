package app.stride.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Coach review, set-up A: a re-plan after 8–27 days without running holds the week back to its share of the old week
 * (Daniels, 6–28 days off: about half, then three quarters, then all of it) and then climbs back to the old week at
 * the returner's rates (15% a week, 30% over two weeks), with no cutback until back, then grows by the growth rule.
 * Before, the whole request was scaled to the week back: 30 km a week came back at 17 km and peaked at 22 km.
 */
class ShortBreakClimbTest {

    private static final double EPS = 1;

    /** A re-plan request as adapting makes it: from {@code start}, the last full week {@code weeklyKm}, {@code daysOff}. */
    private static Plan replan(final LocalDate start, final LocalDate race, final double weeklyKm, final double longestKm,
                               final int daysOff) {
        return new PlanGenerator(Clock.fixed(start.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC))
                .generate(new PlanRequest(Goal.TIME, Optional.of(RaceDistance.TEN_K), Optional.empty(), Optional.of(start),
                        Optional.of(race), Optional.empty(),
                        EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
                        Optional.empty(), new FitnessInput(Optional.of(new RaceResult(RaceDistance.TEN_K, Duration.ofMinutes(55))),
                                Optional.of(weeklyKm * 1000), Optional.of(4), Optional.of(longestKm * 1000), Optional.empty(),
                                Optional.empty(), daysOff, false), true));
    }

    @Test
    void thirteenDaysOffComeBackAtTheWeekBackShareThenClimbToTheOldWeek() {
        // Set-up A's rebuild: 30 km before, 13 days off, seven weeks to the 10K.
        final Plan p = replan(LocalDate.of(2026, 12, 28), LocalDate.of(2027, 2, 14), 30, 11.5, 13);
        assertThat(PlanRules.check(p)).isEmpty();
        final List<PlanWeek> w = p.weeks();
        assertThat(w.get(0).trainingM()).as("week back").isLessThanOrEqualTo(ReturnerRamp.firstWeekLimit(30_000, 13) + 500)
                .isGreaterThan(0.5 * 30_000);
        assertThat(w.get(0).sessions()).as("the week back is easy running").noneMatch(s -> s.type().isQuality());
        assertThat(longest(w.get(0))).as("long run back under the one before the break").isLessThan(11_500);
        climbsWithinTheReturnerRates(w, 30_000);
        final double peak = w.stream().filter(x -> x.phase() != Phase.TAPER).mapToDouble(PlanWeek::trainingM).max().orElse(0);
        // Before: 22 km (the request scaled to the week back).
        assertThat(peak).as("the climb gets back near the old week before the taper").isGreaterThanOrEqualTo(0.85 * 30_000);
        assertThat(w.stream().filter(PlanWeek::cutback)).as("no cutback while climbing back").isEmpty();
        // The long run climbs by the long-run rule: never more than +1.6 km (or +10%) on the longest so far.
        double longestSoFar = 11_500 * Fitness.volumeFactor(13, false);
        for (PlanWeek x : w) {
            assertThat(longest(x)).isLessThanOrEqualTo(LongRunRule.next(longestSoFar) + EPS);
            longestSoFar = Math.max(longestSoFar, longest(x));
        }
    }

    @Test
    void onceBackTheWeeksFollowThePlansOwnBuild() {
        // 40 km before, 20 days off, twelve weeks to the race: 20 km back, then the climb, then the plan's own build.
        final Plan p = replan(LocalDate.of(2027, 1, 4), LocalDate.of(2027, 3, 28), 40, 16, 20);
        assertThat(PlanRules.check(p)).isEmpty();
        final List<PlanWeek> w = p.weeks();
        assertThat(w.get(0).trainingM()).isLessThanOrEqualTo(20_000 + 500);
        climbsWithinTheReturnerRates(w, 40_000);
        int back = -1;
        double best = 0;
        for (int i = 0; i < w.size(); i++) {
            if (best >= ReturnerRamp.BACK_SHARE * 40_000 && back < 0) {
                back = i;
            }
            best = Math.max(best, w.get(i).trainingM());
        }
        assertThat(back).as("back at the old week before the taper").isBetween(2, w.size() - 3);
        for (int i = 0; i < back; i++) {
            assertThat(w.get(i).cutback()).as("no cutback in climbing week " + (i + 1)).isFalse();
        }
        // 20 -> 21.8 -> 24.7 -> 28.1 -> 32.1 -> 36.4 -> 38 -> 40.3 km, then the peak weeks and the taper.
        assertThat(w.subList(back, w.size()).stream().filter(x -> x.phase() != Phase.TAPER))
                .as("once back, the weeks hold the old week up to the taper")
                .allMatch(x -> x.cutback() || x.trainingM() >= ReturnerRamp.BACK_SHARE * 40_000);
        assertThat(w.stream().filter(x -> x.phase() != Phase.TAPER).mapToDouble(PlanWeek::trainingM).max().orElse(0))
                .as("then the build toward the plan's peak").isGreaterThan(40_000);
    }

    @Test
    void aNewPlanIsNotHeld() {
        // Only re-plans climb: a new plan's runner tells the week they run now.
        final Plan fresh = new PlanGenerator(Clock.fixed(LocalDate.of(2026, 12, 28).atStartOfDay(ZoneOffset.UTC).toInstant(),
                ZoneOffset.UTC)).generate(new PlanRequest(Goal.TIME, Optional.of(RaceDistance.TEN_K), Optional.empty(),
                Optional.of(LocalDate.of(2026, 12, 28)), Optional.of(LocalDate.of(2027, 2, 14)), Optional.empty(),
                EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), Optional.empty(),
                new FitnessInput(Optional.of(new RaceResult(RaceDistance.TEN_K, Duration.ofMinutes(55))), Optional.of(30_000.0),
                        Optional.of(4), Optional.of(11_500.0), Optional.empty(), Optional.empty(), 13, false)));
        assertThat(ReturnerRamp.climbsBack(fresh.request(), fresh.fitness())).isFalse();
        assertThat(fresh.weeks().get(0).trainingM()).isGreaterThan(ReturnerRamp.firstWeekLimit(30_000, 13) + 1_000);
    }

    /** Each week after the first at most 15% over the best before it (or the growth rule) and 30% over two weeks. */
    private static void climbsWithinTheReturnerRates(final List<PlanWeek> w, final double old) {
        final List<Double> made = new ArrayList<>();
        double best = 0;
        for (PlanWeek x : w) {
            final double m = x.trainingM();
            if (!made.isEmpty()) {
                final double runs = x.runs();
                assertThat(m).as("week " + x.number()).isLessThanOrEqualTo(
                        Math.max(GrowthRule.RETURNER_FACTOR * best, GrowthRule.cap(best, (int) runs)) + EPS);
            }
            if (made.size() >= 2) {
                final double twoBefore = made.subList(0, made.size() - 1).stream().mapToDouble(Double::doubleValue).max().orElse(0);
                if (best < ReturnerRamp.BACK_SHARE * old) {
                    assertThat(m).as("week " + x.number() + " over two weeks")
                            .isLessThanOrEqualTo(Math.max(ReturnerRamp.TWO_WEEK_FACTOR * twoBefore, GrowthRule.cap(best, x.runs())) + EPS);
                }
            }
            made.add(m);
            best = Math.max(best, m);
        }
    }

    private static double longest(final PlanWeek w) {
        return PlanWeek.longRunM(w.sessions());
    }
}
