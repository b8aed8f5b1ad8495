package app.stride.tracking;

import app.stride.common.InvalidInputException;
import java.time.Duration;
import java.util.Optional;

/** What actually happened on a run: all optional but the fact that the runner went out. */
public record RunReport(Optional<Double> distanceM, Optional<Duration> duration, Optional<Integer> effortRpe,
                        Optional<Feel> feel, String notes) {

    /** Longest run Stride accepts in one entry (a 100 km ultra). */
    public static final double MAX_DISTANCE_M = 100_000;
    public static final Duration MAX_DURATION = Duration.ofHours(24);
    /** A note is a few sentences, not a diary: long enough for "left calf tight after 5 km, walked the hills". */
    public static final int MAX_NOTE_LENGTH = 2000;

    public RunReport {
        distanceM.filter(d -> !(d > 0 && d <= MAX_DISTANCE_M)).ifPresent(d -> {
            throw InvalidInputException.coded("distance", "tracking.error.distance");
        });
        duration.filter(d -> d.isNegative() || d.isZero() || d.compareTo(MAX_DURATION) > 0).ifPresent(d -> {
            throw InvalidInputException.coded("duration", "tracking.error.duration");
        });
        effortRpe.filter(e -> e < 1 || e > 10).ifPresent(e -> {
            throw InvalidInputException.coded("effort", "tracking.error.effort");
        });
        notes = notes == null ? "" : notes.strip();
        if (notes.length() > MAX_NOTE_LENGTH) {
            throw InvalidInputException.coded("notes", "tracking.error.note", MAX_NOTE_LENGTH);
        }
    }

    /** "I went out": nothing else recorded. */
    public static RunReport justDone() {
        return new RunReport(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), "");
    }

    /** Whether nothing but the fact of the run was recorded: no numbers, no note. */
    public boolean isEmpty() {
        return distanceM.isEmpty() && duration.isEmpty() && effortRpe.isEmpty() && feel.isEmpty() && notes.isEmpty();
    }

    /** Average pace in seconds per km, when both distance and time are known. */
    public Optional<Double> paceSecPerKm() {
        return distanceM.flatMap(d -> duration.map(t -> t.toMillis() / 1000.0 / (d / 1000.0)));
    }
}
