package app.stride.plan.adapt;

import app.stride.plan.PaceRange;
import app.stride.plan.Session;
import app.stride.plan.Step;
import app.stride.plan.Step.Kind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How long a session's steps take, and the same steps made to fit a shorter time: warm-up and cool-down shrink
 * first (to {@link #MIN_WARM} each), then the main set loses repeats (down to {@code minReps}), then a continuous
 * main part gets shorter (to {@link #MIN_MAIN}).
 */
final class StepSizes {

    /** A warm-up or cool-down never shorter than this. */
    static final Duration MIN_WARM = Duration.ofMinutes(5);
    /** A continuous main part (a tempo, an easy run) never shorter than this. */
    static final Duration MIN_MAIN = Duration.ofMinutes(10);
    /** Pace assumed when a session gives none: a gentle jog, 6:30 /km. */
    static final double FALLBACK_SEC_PER_KM = 390;

    private StepSizes() {
    }

    /** What the fit did: the new steps, and whether repeats or the warm-up were cut. */
    record Fit(List<Step> steps, int repsBefore, int repsAfter, boolean warmShortened) {
    }

    /** Seconds per km to convert distances to time: the session's own average, else its pace, else a jog. */
    static double secPerKm(final Session s) {
        if (s.distanceM().isPresent() && s.duration().isPresent() && s.distanceM().get() > 0) {
            return s.duration().get().toMillis() / 1000.0 / (s.distanceM().get() / 1000);
        }
        return s.pace().map(PaceRange::midSecPerKm).orElse(FALLBACK_SEC_PER_KM);
    }

    /** The session's length in time: as planned, else from its steps, else from its distance. */
    static Duration length(final Session s) {
        if (s.duration().isPresent()) {
            return s.duration().get();
        }
        final Duration steps = length(s.steps(), secPerKm(s));
        if (!steps.isZero()) {
            return steps;
        }
        return s.distanceM().map(m -> seconds(m / 1000 * secPerKm(s))).orElse(Duration.ZERO);
    }

    static Duration length(final List<Step> steps, final double fallbackSecPerKm) {
        Duration sum = Duration.ZERO;
        for (Step st : steps) {
            sum = sum.plus(length(st, fallbackSecPerKm));
        }
        return sum;
    }

    static Duration length(final Step st, final double fallbackSecPerKm) {
        if (st.kind() == Kind.REPEAT) {
            return length(st.steps(), fallbackSecPerKm).multipliedBy(st.times());
        }
        if (st.duration().isPresent()) {
            return st.duration().get();
        }
        final double pace = st.pace().map(PaceRange::midSecPerKm).orElse(fallbackSecPerKm);
        return st.distanceM().map(m -> seconds(m / 1000 * pace)).orElse(Duration.ZERO);
    }

    /** {@code steps} fitted into {@code target} as far as the minimum sizes allow. */
    static Fit fit(final List<Step> steps, final Duration target, final double fallbackSecPerKm, final int minReps,
                   final boolean workout) {
        final List<Step> out = new ArrayList<>(steps);
        final int main = mainIndex(out, workout);
        final int repsBefore = main >= 0 && out.get(main).kind() == Kind.REPEAT ? out.get(main).times() : 0;
        boolean warmShortened = false;
        // 1. Warm-up, cool-down and walks around the main set shrink first, each in proportion to what it can give.
        Duration excess = length(out, fallbackSecPerKm).minus(target);
        if (positive(excess)) {
            long give = 0;
            for (int i = 0; i < out.size(); i++) {
                if (i != main && isAround(out.get(i))) {
                    give += Math.max(0, length(out.get(i), fallbackSecPerKm).minus(MIN_WARM).toSeconds());
                }
            }
            if (give > 0) {
                final double share = Math.min(1, excess.toSeconds() / (double) give);
                for (int i = 0; i < out.size(); i++) {
                    final Step st = out.get(i);
                    if (i == main || !isAround(st)) {
                        continue;
                    }
                    final Duration len = length(st, fallbackSecPerKm);
                    final long spare = Math.max(0, len.minus(MIN_WARM).toSeconds());
                    final long cut = (long) Math.ceil(spare * share / 60.0) * 60; // whole minutes
                    if (cut > 0) {
                        out.set(i, timed(st, max(MIN_WARM, len.minusSeconds(cut))));
                        warmShortened = true;
                    }
                }
            }
        }
        // 2. The main set keeps fewer repeats, never fewer than minReps.
        excess = length(out, fallbackSecPerKm).minus(target);
        int repsAfter = repsBefore;
        if (positive(excess) && main >= 0 && out.get(main).kind() == Kind.REPEAT) {
            final Step block = out.get(main);
            final Duration perRep = length(block.steps(), fallbackSecPerKm);
            final Duration others = length(out, fallbackSecPerKm).minus(length(block, fallbackSecPerKm));
            final long room = target.minus(others).toSeconds();
            repsAfter = (int) Math.max(minReps, Math.min(block.times(), perRep.isZero() ? block.times() : room / perRep.toSeconds()));
            out.set(main, new Step(Kind.REPEAT, block.distanceM(), block.duration(), block.pace(), block.effort(), repsAfter, block.steps()));
        }
        // 3. A continuous main part runs for less time, never under MIN_MAIN.
        excess = length(out, fallbackSecPerKm).minus(target);
        if (positive(excess) && main >= 0 && out.get(main).kind() != Kind.REPEAT) {
            final Duration len = length(out.get(main), fallbackSecPerKm);
            final Duration shorter = max(MIN_MAIN, len.minus(excess));
            out.set(main, resized(out.get(main), wholeMinutes(shorter), fallbackSecPerKm));
        }
        return new Fit(out, repsBefore, repsAfter, warmShortened);
    }

    /**
     * The main set: in a workout the first repeat block, else its work step; in an easy run the run itself (strides
     * after it stay, they are its point), else its run/walk block; -1 if none.
     */
    static int mainIndex(final List<Step> steps, final boolean workout) {
        final List<Kind> order = workout ? List.of(Kind.REPEAT, Kind.WORK, Kind.RUN)
                : List.of(Kind.RUN, Kind.REPEAT, Kind.WORK, Kind.CROSS);
        for (Kind k : order) {
            for (int i = 0; i < steps.size(); i++) {
                if (steps.get(i).kind() == k) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static boolean isAround(final Step st) {
        return st.kind() == Kind.WARM_UP || st.kind() == Kind.COOL_DOWN || st.kind() == Kind.WALK;
    }

    /** The step as a set time, same pace and effort. */
    static Step timed(final Step st, final Duration d) {
        return new Step(st.kind(), Optional.empty(), Optional.of(d), st.pace(), st.effort(), 1, List.of());
    }

    /** The step at a new length: a workout's distance stays a distance (to 100 m); a run is timed (the runner has minutes). */
    private static Step resized(final Step st, final Duration d, final double fallbackSecPerKm) {
        if (st.kind() != Kind.RUN && st.distanceM().isPresent() && st.duration().isEmpty()) {
            final double pace = st.pace().map(PaceRange::midSecPerKm).orElse(fallbackSecPerKm);
            final double metres = Math.max(100, Math.round(d.toSeconds() / pace * 10) * 100.0);
            return new Step(st.kind(), Optional.of(metres), Optional.empty(), st.pace(), st.effort(), 1, List.of());
        }
        return timed(st, d);
    }

    static Duration wholeMinutes(final Duration d) {
        return Duration.ofMinutes(Math.max(1, d.toSeconds() / 60));
    }

    static Duration seconds(final double s) {
        return Duration.ofSeconds(Math.round(s));
    }

    private static boolean positive(final Duration d) {
        return !d.isNegative() && !d.isZero();
    }

    private static Duration max(final Duration a, final Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
