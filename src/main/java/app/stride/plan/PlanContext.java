package app.stride.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What every rule of one generation reads: the request, the calendar, the runner today and the paces the plan uses
 * (for effort-only runners, paces from {@link EffortPace} that size the runs but are never shown), and whether the
 * runner counts in miles (workouts are then set as a coach sets them for a mile runner: tempo in whole miles, mile
 * repeats, track metres). {@code noRacePaceWork}: no race-pace repeats (a target at easy pace, or a race run with walk
 * breaks: threshold work instead). {@code pv} are week 1's paces, which size the runs; {@code weekly} each week's
 * paces the sessions show ({@link WeekPaces}: a returner's move along the regain curve), empty when every week is
 * {@code pv}.
 */
record PlanContext(PlanRequest req, PlanDates dates, Fitness fit, TrainingPaces pv, boolean effortMode,
                   Optional<PaceRange> racePace, Optional<TimeRange> raceTime, boolean noRacePaceWork, boolean miles,
                   List<TrainingPaces> weekly) {

    PlanContext {
        weekly = List.copyOf(weekly);
    }

    /** A context whose every week runs at {@code pv}. */
    PlanContext(final PlanRequest req, final PlanDates dates, final Fitness fit, final TrainingPaces pv,
                final boolean effortMode, final Optional<PaceRange> racePace, final Optional<TimeRange> raceTime,
                final boolean noRacePaceWork, final boolean miles) {
        this(req, dates, fit, pv, effortMode, racePace, raceTime, noRacePaceWork, miles, List.of());
    }

    /** The paces of the week {@code date} falls in (the last week's for race day and after). */
    TrainingPaces pv(final LocalDate date) {
        if (weekly.isEmpty()) {
            return pv;
        }
        final int w = WeekPaces.weekOf(dates.start(), date);
        return weekly.get(Math.max(0, Math.min(weekly.size() - 1, w - 1)));
    }

    /** The paces of the last week, the race week's. */
    TrainingPaces raceWeekPaces() {
        return weekly.isEmpty() ? pv : weekly.get(weekly.size() - 1);
    }

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
