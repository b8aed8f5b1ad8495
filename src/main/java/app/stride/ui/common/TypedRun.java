package app.stride.ui.common;

import app.stride.common.InvalidInputException;
import app.stride.common.Messages;
import app.stride.format.Distances;
import app.stride.format.Durations;
import app.stride.format.Numbers;
import app.stride.settings.DistanceUnit;
import app.stride.tracking.RunReport;
import java.time.Duration;
import java.util.Optional;

/**
 * The one reading of a run's distance and time as typed, for the Log's form and for Today ("I ran it", a missed
 * session's "Log it") alike, so the two faces accept and refuse the same text. Blank is unknown, never 0. A refusal
 * names its field ({@code distance}, {@code duration}) and what is allowed.
 */
public final class TypedRun {

    private TypedRun() {
    }

    /**
     * The distance in metres, typed in {@code unit} ("5", "5.2", "5,2"): above 0 and at most the longest run the log
     * keeps (a value just over it by rounding, "62.14 mi", is the limit itself).
     */
    public static Optional<Double> distance(final String text, final DistanceUnit unit) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        final Optional<Double> metres = Distances.parse(text, unit).filter(m -> m > 0 && m <= RunReport.MAX_DISTANCE_M + 1e-6)
                .map(m -> Math.min(m, RunReport.MAX_DISTANCE_M));
        if (metres.isEmpty()) {
            throw new InvalidInputException("distance", Messages.get("log.form.error.distance", unit.code(),
                    Numbers.oneDecimal(Math.floor(unit.fromMetres(RunReport.MAX_DISTANCE_M) * 10) / 10)));
        }
        return metres;
    }

    /** The time as minutes ("45"), m:ss ("45:30") or h:mm:ss ("1:05:30"), at most 24 hours. */
    public static Optional<Duration> time(final String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        final Optional<Duration> d = Durations.parse(text).filter(x -> x.compareTo(RunReport.MAX_DURATION) <= 0);
        if (d.isEmpty()) {
            throw new InvalidInputException("duration", Messages.get("log.form.error.time"));
        }
        return d;
    }
}
