package app.stride.plan;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A generated plan: the fitness it starts from, the paces, warnings as coded messages and the weeks.
 *
 * @param racePace  the pace race-pace work and the race use (goal pace unless it is a stretch)
 * @param raceTime  the time the race will likely take, run as planned (a range when estimated by effort)
 * @param predicted race times at today's fitness
 */
public record Plan(PlanRequest request, LocalDate startDate, LocalDate endDate, Optional<LocalDate> raceDate,
                   Fitness fitness, Optional<TrainingPaces> paces, Optional<PaceRange> racePace,
                   Optional<TimeRange> raceTime, Map<RaceDistance, Duration> predicted, List<PlanMessage> warnings,
                   List<PlanWeek> weeks) {

    public Plan {
        predicted = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(predicted));
        warnings = List.copyOf(warnings);
        weeks = List.copyOf(weeks);
    }

    /** Every session in date order. */
    public List<Session> sessions() {
        return weeks.stream().flatMap(w -> w.sessions().stream()).toList();
    }
}
