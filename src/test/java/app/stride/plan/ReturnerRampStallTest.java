package app.stride.plan;

import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.stride.settings.DistanceUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * p18 (coach review): 12 mi a week and 5 mi long runs before 90 days off, a 10K in 10 weeks on three days, by effort.
 * The ramp's first week was rounded down to whole five minutes (45 min for a third of 19.3 km, 48), and every week after
 * is measured from it: week 3 (at most 30% over week 1) rounded down to week 2's 55 minutes, and the long run peaked
 * at 3.7 mi (6.0 km).
 */
class ReturnerRampStallTest {

    static Plan p18() {
        final double mile = 1609.344;
        final FitnessInput f = new FitnessInput(Optional.empty(), Optional.of(12 * mile), Optional.of(3),
                Optional.of(5 * mile), Optional.empty(), Optional.empty(), 90, false);
        return new PlanGenerator(WalkBreaksBridgeTest.CLOCK, DistanceUnit.MI).generate(new PlanRequest(Goal.FINISH,
                Optional.of(RaceDistance.TEN_K), Optional.empty(), Optional.of(WalkBreaksBridgeTest.START),
                Optional.empty(), Optional.of(10), EnumSet.of(TUESDAY, THURSDAY, SUNDAY), Optional.empty(), f));
    }

    @Test
    void theRampGrowsEveryWeekAndTheLongRunPassesFourMiles() {
        final Plan p = p18();
        assertTrue(PlanRules.check(p).isEmpty(), () -> PlanRules.check(p).toString());
        final List<PlanWeek> w = p.weeks();
        // About a third of 19.3 km (6.4 km): was 6.0 km.
        assertTrue(w.get(0).trainingM() >= 6_400, () -> PlanPrinter.print(p));
        // Week 3 grows over week 2 (both were 7.3 km).
        assertTrue(w.get(2).trainingM() > w.get(1).trainingM() + 500, () -> PlanPrinter.print(p));
        final double longest = PlanWeek.longRunM(p.sessions());
        // 4.1 mi: half of a week at three quarters of the old volume, the most the returner rules allow by week 8.
        assertTrue(longest >= 6_400, () -> longest + "\n" + PlanPrinter.print(p));
    }
}
