package app.stride.plan;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the runner asks for: goal, dates, available days and today's fitness. {@code replan} marks a plan that
 * continues one already under way (adapting): it may run 1–12 weeks from its start to the race and is never refused,
 * only warned about.
 */
public record PlanRequest(Goal goal, Optional<RaceDistance> distance, Optional<Duration> targetTime,
                          Optional<LocalDate> startDate, Optional<LocalDate> raceDate, Optional<Integer> weeks,
                          Set<DayOfWeek> days, Optional<DayOfWeek> longRunDay, FitnessInput fitness, boolean replan) {

    public PlanRequest {
        days = java.util.Collections.unmodifiableSet(days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(days));
    }

    /** A new plan (not a re-plan). */
    public PlanRequest(final Goal goal, final Optional<RaceDistance> distance, final Optional<Duration> targetTime,
                       final Optional<LocalDate> startDate, final Optional<LocalDate> raceDate, final Optional<Integer> weeks,
                       final Set<DayOfWeek> days, final Optional<DayOfWeek> longRunDay, final FitnessInput fitness) {
        this(goal, distance, targetTime, startDate, raceDate, weeks, days, longRunDay, fitness, false);
    }

    /** Whether the plan ends with a race. */
    public boolean hasRace() {
        return goal != Goal.CONSISTENCY;
    }
}
