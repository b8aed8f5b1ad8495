package app.stride.plan;

import java.util.Optional;

/**
 * What every rule of one generation reads: the request, the calendar, the runner today and the paces the plan uses
 * (for effort-only runners, paces from {@link EffortPace} that size the runs but are never shown), and whether the
 * runner counts in miles (workouts are then set as a coach sets them for a mile runner: tempo in whole miles, mile
 * repeats, track metres). {@code noRacePaceWork}: no race-pace repeats (a target at easy pace, or a race run with walk
 * breaks: threshold work instead).
 */
record PlanContext(PlanRequest req, PlanDates dates, Fitness fit, TrainingPaces pv, boolean effortMode,
                   Optional<PaceRange> racePace, Optional<TimeRange> raceTime, boolean noRacePaceWork, boolean miles) {

    /** Metres covered in {@code minutes} at the middle of the easy pace. */
    double easyM(final double minutes) {
        return minutes * 60 / pv.easy().midSecPerKm() * 1000;
    }

    /**
     * The length runs are rounded to (the composer's chunk of running): half a kilometre, or five minutes at easy pace
     * for a plan by time or effort.
     */
    double chunkM() {
        return effortMode ? easyM(5) : 500;
    }

    /** Whether the plan ends with a race of {@code d}. */
    RaceDistance distance() {
        return req.distance().orElse(RaceDistance.FIVE_K);
    }

    /** Whether the runner is a walker-runner who runs with walk breaks by default ({@link WalkerRunWalk}). */
    boolean walker() {
        return WalkerRunWalk.applies(fit, pv.easy().midSecPerKm());
    }

    /** A walker-runner's ratio after {@code ordinaryWeeks} ordinary weeks. */
    RunWalk walkerRatio(final int ordinaryWeeks) {
        return WalkerRunWalk.ratio(WalkerRunWalk.pace(req.fitness(), pv.easy().midSecPerKm()), ordinaryWeeks);
    }
}
