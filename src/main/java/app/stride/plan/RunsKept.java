package app.stride.plan;

import java.util.Optional;
import java.util.function.DoubleFunction;

/**
 * Keep the runs asked for (coach review 4, finding 11): a week that cannot give each of its runs
 * {@value RunCount#MIN_RUN_MINUTES} minutes keeps them all at {@value RunCount#FLOOR_MINUTES} minutes or more before it
 * drops one. In order: the week raised (within the growth rule) to hold {@value RunCount#MIN_RUN_MINUTES}-minute runs;
 * the week as it is, its runs down to {@value RunCount#FLOOR_MINUTES} minutes; the week raised to hold those; else
 * empty, and the week has a run fewer ({@link RunCount#runs} with the {@value RunCount#FLOOR_MINUTES}-minute floor).
 * Three runs of 15–20 minutes build the habit better than two longer ones; a run under 15 minutes never appears.
 */
final class RunsKept {

    private RunsKept() {
    }

    /**
     * The week's size that keeps {@code runs} runs, if any: {@code now} is the week as the rules size it, {@code holdM}
     * the long run it gives way no lower than, {@code raise} the week sized again to hold at least the given metres.
     */
    static Optional<WeekPlanner.Size> size(final int runs, final WeekPlanner.Size now, final double holdM,
                                           final double minRunM, final double floorM,
                                           final DoubleFunction<WeekPlanner.Size> raise) {
        final boolean few = runs <= RunCount.LEAST_RUNS;
        if (few) {
            final WeekPlanner.Size raised = raise.apply(runs * minRunM);
            if (RunCount.holds(raised.volume(), runs, minRunM, RunCount.heldLong(raised.lng(), holdM))) {
                return Optional.of(raised);
            }
        }
        if (RunCount.runs(now.volume(), now.lng(), runs, floorM, holdM) >= runs) {
            return Optional.of(now);
        }
        if (few) {
            final WeekPlanner.Size raised = raise.apply(runs * floorM);
            if (RunCount.holds(raised.volume(), runs, floorM, RunCount.heldLong(raised.lng(), holdM))) {
                return Optional.of(raised);
            }
        }
        return Optional.empty();
    }
}
