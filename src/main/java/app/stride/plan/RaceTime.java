package app.stride.plan;

import java.time.Duration;
import java.util.Optional;

/** Race times as runners write them, {@code [H:]MM:SS}; shared by the command line and the app's form. */
public final class RaceTime {

    private RaceTime() {
    }

    /** Parses {@code [H:]MM:SS}; minutes may exceed 59 only without hours; zero is not a time. */
    public static Optional<Duration> parse(final String text) {
        if (text == null) {
            return Optional.empty();
        }
        final String t = text.trim();
        if (!t.matches("(\\d{1,2}:)?\\d{1,3}:\\d{2}")) {
            return Optional.empty();
        }
        final String[] p = t.split(":");
        final int h = p.length == 3 ? Integer.parseInt(p[0]) : 0;
        final int m = Integer.parseInt(p[p.length - 2]);
        final int sec = Integer.parseInt(p[p.length - 1]);
        if (sec > 59 || (p.length == 3 && m > 59)) {
            return Optional.empty();
        }
        final Duration d = Duration.ofSeconds(h * 3600L + m * 60L + sec);
        return d.isZero() ? Optional.empty() : Optional.of(d);
    }
}
