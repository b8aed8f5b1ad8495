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

    /**
     * The paces of the race week: a returner's work paces quicken week by week with the fitness coming back, and a
     * time goal's build from today's toward those that lead its race pace ({@link WeekPaces}), so they may differ from
     * {@link #paces()} (week 1's, today's); a plan without paced workouts has the same.
     */
    public Optional<TrainingPaces> pacesByRaceWeek() {
        final boolean workouts = weeks.stream().flatMap(w -> w.sessions().stream()).anyMatch(s -> s.type().isQuality()
                && s.pace().isPresent());
        return paces.isEmpty() || !workouts ? paces
                : WeekPaces.of(this).filter(l -> !l.isEmpty()).map(l -> l.get(l.size() - 1)).or(() -> paces);
    }

    /**
     * Whether the runner is coming back from time off with fitness to regain over the plan ({@link RegainedFitness}):
     * their paces move with it; everyone else's work paces build toward the race's ({@link WeekPaces#ramp}).
     */
    public boolean regaining() {
        return fitness.vdot().map(v -> RegainedFitness.onRaceDay(request.fitness(), v, weeks.size()).value() > v.value())
                .orElse(false);
    }

    /**
     * The goal as the plan is made: a time goal whose race is run as a finish (a returner starting again with walk
     * breaks, coach review 5 r05, or a race run with walk breaks) is a finish.
     */
    public Goal goalAsPlanned() {
        final boolean finish = request.goal() == Goal.TIME && weeks.stream().flatMap(w -> w.sessions().stream())
                .filter(s -> s.type() == SessionType.RACE).anyMatch(s -> s.effort().equals(Optional.of(SessionEffort.FINISH)));
        return finish ? Goal.FINISH : request.goal();
    }

    /** Every session in date order. */
    public List<Session> sessions() {
        return weeks.stream().flatMap(w -> w.sessions().stream()).toList();
    }
}
