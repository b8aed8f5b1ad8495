package app.stride.plan;

import java.time.Duration;

/** A time span a result will likely fall in, e.g. a race time estimated without paces. */
public record TimeRange(Duration fastest, Duration slowest) {

    public TimeRange {
        if (slowest.compareTo(fastest) < 0) {
            throw new IllegalArgumentException("slowest before fastest");
        }
    }

    /** One time, no spread. */
    public static TimeRange of(final Duration d) {
        return new TimeRange(d, d);
    }
}
