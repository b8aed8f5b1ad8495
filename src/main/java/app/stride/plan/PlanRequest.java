package app.stride.plan;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** Everything the runner asks for: goal, dates, available days and today's fitness. */
public record PlanRequest(Goal goal, Optional<RaceDistance> distance, Optional<Duration> targetTime,
                          Optional<LocalDate> startDate, Optional<LocalDate> raceDate, Optional<Integer> weeks,
                          Set<DayOfWeek> days, Optional<DayOfWeek> longRunDay, FitnessInput fitness) {

    public PlanRequest {
        days = java.util.Collections.unmodifiableSet(days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(days));
    }

    /** Whether the plan ends with a race. */
    public boolean hasRace() {
        return goal != Goal.CONSISTENCY;
    }
}
