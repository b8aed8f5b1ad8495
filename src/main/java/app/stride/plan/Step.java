package app.stride.plan;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One part of a session a runner follows on the move: warm-up, work, recovery, walk, cool-down, or a block
 * repeated {@code times} times.
 */
public record Step(Kind kind, Optional<Double> distanceM, Optional<Duration> duration, Optional<PaceRange> pace,
                   Optional<SessionEffort> effort, int times, List<Step> steps) {

    /** What the runner does in this step. */
    public enum Kind {
        WARM_UP("warmup"), RUN("run"), WALK("walk"), WORK("work"), RECOVERY("recovery"), COOL_DOWN("cooldown"),
        REPEAT("repeat"),
        /** The race itself, at the race's own effort (a comfortable finish is no "hard" step: new-user review 6, 3). */
        RACE("race"),
        /** Cycling, swimming or brisk walking in place of a run: no running step (new-user review 6, 3). */
        CROSS("cross");

        private final String code;

        Kind(final String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    public Step {
        steps = List.copyOf(steps);
    }

    /** A step of a set time. */
    public static Step timed(final Kind kind, final Duration d, final Optional<PaceRange> pace, final Optional<SessionEffort> effort) {
        return new Step(kind, Optional.empty(), Optional.of(d), pace, effort, 1, List.of());
    }

    /** A step of a set distance. */
    public static Step distance(final Kind kind, final double metres, final Optional<PaceRange> pace,
                                final Optional<SessionEffort> effort) {
        return new Step(kind, Optional.of(metres), Optional.empty(), pace, effort, 1, List.of());
    }

    /** {@code times} repeats of {@code steps}. */
    public static Step repeat(final int times, final List<Step> steps) {
        return new Step(Kind.REPEAT, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), times, steps);
    }
}
