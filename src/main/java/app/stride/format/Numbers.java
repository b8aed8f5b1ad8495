package app.stride.format;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decimal numbers as a runner types and reads them. Reading is strict: ASCII digits only, one decimal separator
 * (point or comma, whatever the locale), an optional sign; no grouping, exponents, NaN, full-width digits
 * ({@code １２}) or Java suffixes ({@code 10d}). Showing uses the locale's decimal separator and drops a trailing
 * ".0".
 */
public final class Numbers {

    private static final Pattern TYPED = Pattern.compile("[+-]?([0-9]+([.,][0-9]*)?|[.,][0-9]+)");
    /** The command line also takes exponents (-1e9), so a huge value gets the range message, not "not a number". */
    private static final Pattern MACHINE = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?");
    private static final Pattern WHOLE = Pattern.compile("[+-]?[0-9]{1,9}");

    private Numbers() {
    }

    /** The number typed in {@code text} (surrounding spaces ignored), if it is one. */
    public static Optional<Double> parse(final String text) {
        if (text == null) {
            return Optional.empty();
        }
        final String t = text.strip();
        if (!TYPED.matcher(t).matches()) {
            return Optional.empty();
        }
        final double v = Double.parseDouble(t.replace(',', '.'));
        return Double.isFinite(v) ? Optional.of(v) : Optional.empty();
    }

    /**
     * A number as the command line and batch input take it: a point for decimals and an optional exponent. A
     * well-formed number that is merely huge comes back (perhaps infinite) so the caller can name the allowed range.
     */
    public static Optional<Double> parseMachine(final String text) {
        if (text == null) {
            return Optional.empty();
        }
        final String t = text.strip();
        return MACHINE.matcher(t).matches() ? Optional.of(Double.parseDouble(t)) : Optional.empty();
    }

    /** A whole number in ASCII digits (up to nine of them), if {@code text} is one. */
    public static Optional<Integer> parseWhole(final String text) {
        if (text == null) {
            return Optional.empty();
        }
        final String t = text.strip();
        return WHOLE.matcher(t).matches() ? Optional.of(Integer.parseInt(t)) : Optional.empty();
    }

    /** {@code value} to one decimal in the format locale: "8", "5.2" ("5,2" in German); never "8.0" or "-0". */
    public static String oneDecimal(final double value) {
        return oneDecimal(value, Locale.getDefault(Locale.Category.FORMAT));
    }

    /** As {@link #oneDecimal(double)} in {@code locale}. */
    public static String oneDecimal(final double value, final Locale locale) {
        final DecimalFormat f = new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(locale));
        f.setRoundingMode(java.math.RoundingMode.HALF_UP);
        final String s = f.format(value);
        return s.equals("-0") ? "0" : s;
    }

    /** {@code value} rounded to a whole number: "42". */
    public static String whole(final double value) {
        final long v = Math.round(value);
        return Long.toString(v == 0 ? 0 : v);
    }
}
