package app.stride.ui.common;

import app.stride.settings.DistanceUnit;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/** Distances, paces and times as the runner reads them, in their chosen unit. */
public final class Units {

    private Units() {
    }

    /** "5.2 km" or "3.2 mi". */
    public static String distance(final double metres, final DistanceUnit unit) {
        return String.format(Locale.getDefault(), "%.1f %s", unit.fromMetres(metres), unit.code());
    }

    /** "45 min" under two hours, else "2 h 05 min". */
    public static String duration(final Duration d) {
        final long min = Math.round(d.toSeconds() / 60.0);
        return min < 120 ? min + " min" : String.format(Locale.ROOT, "%d h %02d min", min / 60, min % 60);
    }

    /** "m:ss" for seconds. */
    public static String clock(final long seconds) {
        return String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }

    /** Reads "45", "45:30" or "1:05:30" (minutes, m:ss, h:mm:ss) as a duration. */
    public static Optional<Duration> parseDuration(final String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        final String[] parts = text.strip().split(":");
        try {
            long seconds = 0;
            if (parts.length == 1) {
                final double minutes = Double.parseDouble(parts[0].replace(',', '.'));
                return minutes > 0 && Double.isFinite(minutes) ? Optional.of(Duration.ofSeconds(Math.round(minutes * 60))) : Optional.empty();
            }
            if (parts.length > 3) {
                return Optional.empty();
            }
            for (int i = 0; i < parts.length; i++) {
                final long v = Long.parseLong(parts[i]);
                if (v < 0 || (i > 0 && v >= 60)) {
                    return Optional.empty();
                }
                seconds = seconds * 60 + v;
            }
            return seconds > 0 ? Optional.of(Duration.ofSeconds(seconds)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Reads a decimal number (comma or point), if it is one. */
    public static Optional<Double> parseNumber(final String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            final double v = Double.parseDouble(text.strip().replace(',', '.'));
            return Double.isFinite(v) ? Optional.of(v) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
