package app.stride.plan.adapt;

import app.stride.plan.Session;
import app.stride.plan.Step;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A shortened run by pace back on the plan's own steps: whole half kilometres, rounded down (a shortened run is never
 * longer than its factor allows). Coach review B40: after a bridge the weeks that grow back showed 9.9 and 13.2 km runs.
 */
final class HalfKm {

    private static final double STEP_M = 500;

    private HalfKm() {
    }

    /**
     * {@code s} at the half kilometre at or below its distance: its first running step given by distance gives up the
     * metres, its time and load follow at its own pace. Runs by time or effort, and runs under a kilometre, stay.
     */
    static Session down(final Session s) {
        if (s.distanceM().isEmpty() || s.pace().isEmpty()) {
            return s;
        }
        final double m = s.distanceM().get();
        final double target = Math.floor(m / STEP_M + 1e-6) * STEP_M;
        if (m - target < 1 || target < 2 * STEP_M) {
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
        if (now < STEP_M || now > was + 1) {
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
