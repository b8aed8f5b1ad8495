package app.stride.plan;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The big step: the first session whose longest non-stop run is well beyond what the runner said they can run today
 * ("I can run 10 minutes" starting at Couch to 5K week 5, whose day 3 is 20 minutes without stopping). The plan names
 * it in a note so the runner meets it with a way through (walk a minute, carry on) instead of as a failure.
 */
final class BigStep {

    /** Half as long again as the runner's own minutes or more is a step worth naming; a minute or two more is not. */
    static final double FACTOR = 1.5;

    /** Past 30 minutes non-stop the runner has the habit; longer runs are ordinary growth, not a big step. */
    static final int BUILDING_BELOW_MIN = 30;

    private BigStep() {
    }

    /** "bigStep" (day, its minutes, the runner's minutes) when a session runs non-stop half as long again as they can. */
    static Optional<PlanMessage> note(final FitnessInput fitness, final List<PlanWeek> weeks) {
        final Optional<Integer> can = fitness.continuousMin().filter(m -> m > 0 && m < BUILDING_BELOW_MIN);
        if (can.isEmpty()) {
            return Optional.empty();
        }
        for (PlanWeek w : weeks) {
            for (Session s : w.sessions()) {
                final long longest = longestRun(s.steps()).toMinutes();
                if (s.type().isRun() && longest >= FACTOR * can.get()) {
                    return Optional.of(PlanMessage.of("bigStep", s.date(), (int) longest, can.get()));
                }
            }
        }
        return Optional.empty();
    }

    /** The longest single running step by time, inside repeats too (warm-ups and walks are not running non-stop). */
    static Duration longestRun(final List<Step> steps) {
        Duration best = Duration.ZERO;
        for (Step st : steps) {
            final Duration d = st.kind() == Step.Kind.REPEAT ? longestRun(st.steps())
                    : st.kind() == Step.Kind.RUN || st.kind() == Step.Kind.WORK ? st.duration().orElse(Duration.ZERO)
                    : Duration.ZERO;
            if (d.compareTo(best) > 0) {
                best = d;
            }
        }
        return best;
    }
}
