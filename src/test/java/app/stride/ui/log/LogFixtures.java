package app.stride.ui.log;

import app.stride.app.StrideServices;
import app.stride.plan.FitnessInput;
import app.stride.plan.Goal;
import app.stride.plan.PlanGenerator;
import app.stride.plan.PlanRequest;
import app.stride.plan.RaceDistance;
import app.stride.plan.RaceResult;
import app.stride.store.SqlitePlanRepository;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Optional;

/** A plan and a clock for the Log and Progress tests: an 8-week 5K plan from Monday 13 July 2026 (Mon, Wed, Sat). */
public final class LogFixtures {

    /** Monday 20 July 2026: week 2, with a session. */
    public static final LocalDate TODAY = LocalDate.of(2026, 7, 20);
    public static final LocalDate START = LocalDate.of(2026, 7, 13);

    private LogFixtures() {
    }

    public static Clock clockOn(final LocalDate d) {
        return Clock.fixed(d.atTime(17, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    /** Saves the plan as current; {@code goal} TIME for a 5K race plan, CONSISTENCY for regular running. */
    public static void savePlan(final StrideServices services, final Goal goal) {
        final Clock made = clockOn(START);
        final boolean race = goal != Goal.CONSISTENCY;
        new SqlitePlanRepository(services.database(), made).saveAsCurrent(new PlanGenerator(made).generate(
                new PlanRequest(goal, race ? Optional.of(RaceDistance.FIVE_K) : Optional.empty(), Optional.empty(),
                        Optional.of(START), Optional.empty(), Optional.of(8),
                        EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.SATURDAY), Optional.empty(),
                        new FitnessInput(Optional.of(new RaceResult(RaceDistance.FIVE_K, Duration.ofMinutes(27))),
                                Optional.of(15_000.0), Optional.of(3), Optional.empty(), Optional.empty(), Optional.empty(), 0,
                                false))));
    }
}
