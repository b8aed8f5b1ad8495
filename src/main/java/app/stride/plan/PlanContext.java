package app.stride.plan;

import java.util.Optional;

/**
 * What every rule of one generation reads: the request, the calendar, the runner today and the paces the plan uses
 * (for effort-only runners, paces from {@link EffortPace} that size the runs but are never shown).
 */
record PlanContext(PlanRequest req, PlanDates dates, Fitness fit, TrainingPaces pv, boolean effortMode,
                   Optional<PaceRange> racePace, Optional<TimeRange> raceTime, boolean easyTarget) {

    /** Whether the plan ends with a race of {@code d}. */
    RaceDistance distance() {
        return req.distance().orElse(RaceDistance.FIVE_K);
    }
}
