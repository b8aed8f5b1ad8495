package app.stride.plan.adapt;

import app.stride.plan.Session;
import app.stride.plan.Step;
import app.stride.settings.DistanceUnit;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A shortened run by pace back on the plan's own steps: whole half kilometres, rounded down (a shortened run is never
 * longer than its factor allows). Coach review B40: after a bridge the weeks that grow back showed 9.9 and 13.2 km runs.
 * A mile runner's steps are half miles (coach review n06: 2.2 and 3.4 mi read as oddly as 9.9 km; quarter miles would
 * still show as 2.3 and 5.8 mi in the one decimal the CLI and app give miles).
 */
final class HalfKm {

    private static final double STEP_M = 500;
    /** Half a mile: a mile runner's step. */
    static final double HALF_MI_M = 804.672;
    /** Runs under this stay as they are. */
    private static final double MIN_M = 1000;

    private HalfKm() {
    }

    /** The step runs by pace come in for a runner who counts in {@code unit}: half a kilometre, or half a mile. */
    static double stepM(final DistanceUnit unit) {
        return unit == DistanceUnit.MI ? HALF_MI_M : STEP_M;
    }

    /** {@link #down(Session, double)} in half kilometres. */
    static Session down(final Session s) {
        return down(s, STEP_M);
    }

    /**
     * {@code s} at the step ({@code stepM}) at or below its distance: its first running step given by distance gives up the
     * metres, its time and load follow at its own pace. Runs by time or effort, and runs under a kilometre, stay.
     */
    static Session down(final Session s, final double stepM) {
        if (s.distanceM().isEmpty() || s.pace().isEmpty()) {
            return s;
        }
        final double m = s.distanceM().get();
        final double target = Math.floor(m / stepM + 1e-6) * stepM;
        if (m - target < 1 || target < MIN_M) {
            return s;
        }
        final List<Step> steps = new ArrayList<>(s.steps());
        int run = -1;
        double others = 0;
        for (int i = 0; i < steps.size(); i++) {
            final Step st = steps.get(i);
            if (st.kind() == Step.Kind.RUN && st.distanceM().isPresent() && st.duration().isEmpty() && run < 0) {
                run = i;
            } else if (st.kind() == Step.Kind.RUN) {
                others += st.distanceM().orElse(0.0);
            }
        }
        if (run < 0 && !steps.isEmpty()) {
            return s;
        }
        // The steps add up to the session's distance again (a shortened run's time-based cut can leave them apart).
        final double was = run < 0 ? m : steps.get(run).distanceM().get();
        final double now = run < 0 ? target : target - others;
        if (now < stepM || now > was + 1) {
            return s;
        }
        if (run >= 0) {
            final Step st = steps.get(run);
            steps.set(run, new Step(st.kind(), Optional.of(now), st.duration(), st.pace(), st.effort(), st.times(), st.steps()));
        }
        final double secPerKm = s.steps().isEmpty() ? StepSizes.secPerKm(s)
                : steps.get(run).pace().map(app.stride.plan.PaceRange::midSecPerKm).orElse(StepSizes.secPerKm(s));
        final Optional<Duration> time = s.duration().map(d -> d.minusSeconds(Math.round((was - now) / 1000 * secPerKm)));
        final Session.Load l = s.load();
        return new Session(s.date(), s.type(), Optional.of(target), time, s.pace(), s.effort(), s.runWalk(), steps,
                s.description(), new Session.Load(l.totalM() * target / m, l.thresholdM(), l.intervalM(), l.repetitionM()));
    }
}
