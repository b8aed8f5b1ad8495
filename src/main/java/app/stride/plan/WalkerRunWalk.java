package app.stride.plan;

import java.util.List;
import java.util.Optional;

/**
 * Walker-runners (easy pace 9:00/km or slower, {@link EffortPace#walker}; a 45-minute 5K) run with walk breaks by
 * default: Galloway's ratio for the pace of their race to start (training.md: 12:15–14:30/mi → 30 s / 30 s, slower →
 * 15 s / 30 s), one rung longer every two ordinary weeks (three rungs at most), held in cutbacks and the taper, race
 * day at the ratio trained last. A runner who told how long they can run without stopping keeps continuous runs up to
 * that ability (growing as {@link ReturnerRamp#continuousMinutes} says); hard efforts stay gentle (strides only).
 */
public final class WalkerRunWalk {

    /** The ratios a walker-runner moves through: the walk stays 30 s while the run grows. */
    static final List<RunWalk> LADDER = List.of(new RunWalk(10, 30), new RunWalk(15, 30), new RunWalk(20, 30),
            new RunWalk(30, 30), new RunWalk(40, 30), new RunWalk(50, 30), new RunWalk(60, 30), new RunWalk(75, 30),
            new RunWalk(90, 30), new RunWalk(120, 30), new RunWalk(180, 30), new RunWalk(240, 30));

    /** Rungs a plan climbs at most: a ratio is lengthened gradually, never doubled in a few weeks. */
    static final int MAX_RUNGS = 3;

    private WalkerRunWalk() {
    }

    /** Whether the plan's runner is a walker-runner who gets walk breaks by default. */
    static boolean applies(final Fitness fit, final double easySecPerKm) {
        return fit.level() == Fitness.Level.RUNNER && fit.runWalk().isEmpty() && EffortPace.walker(easySecPerKm);
    }

    /** The pace (s/km) Galloway's table is read at: the runner's race, else easy pace less 15%. */
    static double pace(final FitnessInput in, final double easySecPerKm) {
        return in.recentRace().map(r -> r.time().toMillis() / r.distance().metres()).orElse(easySecPerKm / 1.15);
    }

    /** The rung of the ladder Galloway's ratio for {@code secPerKm} sits on. */
    static int startRung(final double secPerKm) {
        final RunWalk g = RunWalk.galloway(secPerKm);
        int rung = 0;
        for (int i = 0; i < LADDER.size(); i++) {
            if (LADDER.get(i).runSec() <= g.runSec()) {
                rung = i;
            }
        }
        return rung;
    }

    /** The ratio after {@code ordinaryWeeks} ordinary weeks (cutbacks and taper weeks don't count). */
    public static RunWalk ratio(final double racePaceSecPerKm, final int ordinaryWeeks) {
        final int start = startRung(racePaceSecPerKm);
        final int up = Math.min(MAX_RUNGS, Math.max(0, ordinaryWeeks) / 2);
        return LADDER.get(Math.min(LADDER.size() - 1, start + up));
    }

    /**
     * Walk breaks for a run of {@code minutes} in plan week {@code week}: the ratio, unless the runner told a
     * continuous ability that covers the run.
     */
    static Optional<RunWalk> breaks(final FitnessInput in, final RunWalk ratio, final int week, final int minutes) {
        if (in.continuousMin().isPresent()
                && minutes <= ReturnerRamp.continuousMinutes(in.continuousMin(), in.daysOff(), week)) {
            return Optional.empty();
        }
        return Optional.of(ratio);
    }
}
