package app.stride.plan;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Workouts resized to the week they ended up in: Daniels' limits measured on the week after rounding. */
final class WorkoutFit {

    private WorkoutFit() {
    }

    /** Rounding made the week smaller: a workout now over Daniels' limits is resized or becomes an easy run. */
    static void fit(final Sessions sessions, final List<Session> out, final WeekComposer.Week w) {
        for (int round = 0; round < 3; round++) {
            final double actual = WeekComposer.total(out);
            boolean changed = false;
            for (int i = 0; i < out.size(); i++) {
                final Session s = out.get(i);
                if (!s.type().isQuality() || sessions.fits(s.load(), actual)) {
                    continue;
                }
                // The largest size that fits what the week now is: a workout sized to the week shrinks by a repeat,
                // not by a third, so the week keeps its volume.
                Optional<Session> fitted = Optional.empty();
                for (double by = 1.0; by >= 0.849 && fitted.isEmpty(); by -= 0.05) {
                    fitted = sessions.workout(s.date(), s.type(), actual * by, w.step(), w.peakForm(), warmUp(s))
                            .filter(x -> x.load().totalM() <= s.load().totalM() + 1e-6
                                    && sessions.fits(x.load(), actual - s.load().totalM() + x.load().totalM()));
                }
                out.set(i, fitted.orElseGet(() -> sessions.easyInstead(s)));
                changed = true;
            }
            if (!changed) {
                break;
            }
        }
        twoAtTheirMinimum(sessions, out);
        MinimumDose.underTheLong(sessions, out, w);
    }

    /**
     * Two workouts raised to their minimum dose may together run more than the week's 20% (about 80% easy): the later
     * one beyond Daniels' shares is an easy run instead ({@link MinimumDose}).
     */
    private static void twoAtTheirMinimum(final Sessions sessions, final List<Session> out) {
        final double actual = WeekComposer.total(out);
        final double work = out.stream().filter(s -> s.type().isQuality()).mapToDouble(s -> s.load().workM()).sum();
        if (MinimumDose.weekHolds(work, actual)) {
            return;
        }
        for (int i = out.size() - 1; i >= 0; i--) {
            final Session s = out.get(i);
            if (s.type().isQuality() && !DanielsLimits.withinShares(s.load(), actual)) {
                out.set(i, sessions.easyInstead(s));
                return;
            }
        }
    }

    /** A workout's warm-up (as long as its cool-down): kept when the workout is resized. */
    private static Duration warmUp(final Session s) {
        return s.steps().stream().filter(x -> x.kind() == Step.Kind.WARM_UP).findFirst().flatMap(Step::duration)
                .orElse(Sessions.WARM);
    }
}
