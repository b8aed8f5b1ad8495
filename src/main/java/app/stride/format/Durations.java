package app.stride.format;

import java.time.Duration;
import java.util.Optional;

/**
 * Run times. One rule: {@code h:mm:ss} from an hour up, {@code m:ss} below, to the second and never rounded to
 * minutes ("45:00", "1:45:00", "0:42"). Reading takes what a runner types for a run's time: minutes ("45"),
 * {@code m:ss} or {@code h:mm:ss}, in ASCII digits.
 */
public final class Durations {

    private Durations() {
    }

    /** "45:00", "1:05:30"; a negative duration shows as 0:00. */
    public static String format(final Duration d) {
        return seconds(Math.max(0, d.toSeconds()));
    }

    /** As {@link #format(Duration)} for a number of seconds. */
    public static String seconds(final long seconds) {
        final long s = Math.max(0, seconds);
        final long h = s / 3600;
        final long m = s % 3600 / 60;
        final long sec = s % 60;
        return h > 0 ? String.format(java.util.Locale.ROOT, "%d:%02d:%02d", h, m, sec)
                : String.format(java.util.Locale.ROOT, "%d:%02d", m, sec);
    }

    /**
     * A total of time on your feet, for the app and the command line alike: whole minutes, never rounded up
     * ("32 min" for 32:30), and hours with minutes from an hour up ("550 h 42 min", "2 h").
     */
    public static String total(final Duration d) {
        final long minutes = Math.max(0, d.toSeconds()) / 60;
        if (minutes < 60) {
            return minutes + " min";
        }
        final long h = minutes / 60;
        final long m = minutes % 60;
        return m == 0 ? h + " h" : h + " h " + m + " min";
    }

    /**
     * A positive time typed as minutes ("45", "45.5"), {@code m:ss} ("45:30") or {@code h:mm:ss} ("1:05:30"); minutes
     * and seconds after the first part must be below 60.
     */
    public static Optional<Duration> parse(final String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        final String[] parts = text.strip().split(":", -1);
        if (parts.length == 1) {
            return Numbers.parse(parts[0]).filter(min -> min > 0 && min < 100_000)
                    .map(min -> Duration.ofSeconds(Math.round(min * 60)));
        }
        if (parts.length > 3) {
            return Optional.empty();
        }
        long seconds = 0;
        for (int i = 0; i < parts.length; i++) {
            if (!parts[i].matches("[0-9]{1,5}") || i > 0 && parts[i].length() != 2) {
                return Optional.empty();
            }
            final long v = Long.parseLong(parts[i]);
            if (i > 0 && v >= 60) {
                return Optional.empty();
            }
            seconds = seconds * 60 + v;
        }
        return seconds > 0 ? Optional.of(Duration.ofSeconds(seconds)) : Optional.empty();
    }
}
