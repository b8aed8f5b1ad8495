package app.stride.format;

import app.stride.settings.DistanceUnit;
import java.time.Duration;
import java.util.Optional;

/**
 * Paces: time per kilometre or mile, to the second, {@code m:ss} ("5:30 /km"). The turnaround of an out-and-back
 * is here too, so every screen halves a session the same way.
 */
public final class Paces {

    private Paces() {
    }

    /** "5:30 /km" for {@code secondsPerKm} shown in {@code unit}. */
    public static String format(final double secondsPerKm, final DistanceUnit unit) {
        return value(secondsPerKm, unit) + " /" + unit.code();
    }

    /** The time part alone: "5:30". */
    public static String value(final double secondsPerKm, final DistanceUnit unit) {
        return Durations.seconds(Math.round(secondsPerKm * unit.metres() / 1000.0));
    }

    /** Seconds per kilometre of a run, if it has both a distance and a time. */
    public static Optional<Double> ofRun(final Optional<Double> metres, final Optional<Duration> time) {
        if (metres.isEmpty() || time.isEmpty() || metres.get() <= 0) {
            return Optional.empty();
        }
        return Optional.of(time.get().toSeconds() / (metres.get() / 1000.0));
    }

    /** Where to turn on an out-and-back: half the distance, else half the time. */
    public static Optional<String> turnaround(final Optional<Double> metres, final Optional<Long> seconds, final DistanceUnit unit) {
        return metres.map(m -> Distances.format(m / 2, unit)).or(() -> seconds.map(s -> Durations.seconds(s / 2)));
    }
}
