package app.stride.format;

import app.stride.settings.DistanceUnit;
import java.util.Locale;
import java.util.Optional;

/**
 * Distances in the runner's unit. One rule: one decimal, no trailing ".0" for whole numbers ("8 km", "5.2 km",
 * "3.1 mi"), in the locale's decimal separator. Stored values stay in metres.
 */
public final class Distances {

    private Distances() {
    }

    /** "8 km", "5.2 km", "3.1 mi". */
    public static String format(final double metres, final DistanceUnit unit) {
        return value(metres, unit) + " " + unit.code();
    }

    /** As {@link #format(double, DistanceUnit)} in {@code locale}. */
    public static String format(final double metres, final DistanceUnit unit, final Locale locale) {
        return Numbers.oneDecimal(unit.fromMetres(metres), locale) + " " + unit.code();
    }

    /** The number alone, for a text field the runner may edit: "8", "5.2". */
    public static String value(final double metres, final DistanceUnit unit) {
        return Numbers.oneDecimal(unit.fromMetres(metres));
    }

    /** Metres for a distance typed in {@code unit} ("5.2", "5,2"); empty if it is not a number. */
    public static Optional<Double> parse(final String text, final DistanceUnit unit) {
        return Numbers.parse(text).map(unit::toMetres);
    }
}
