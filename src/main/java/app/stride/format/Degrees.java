package app.stride.format;

import app.stride.settings.TemperatureUnit;

/**
 * Temperatures for reading, one rule everywhere: whole degrees in the runner's unit, a space before the unit
 * ("10 °C", "-3 °F"), as the outfit header shows them; differences the same way ("2 °C").
 */
public final class Degrees {

    private Degrees() {
    }

    /** A temperature (°C inside) in {@code unit}, e.g. "10 °C" or "50 °F"; never "-0". */
    public static String of(final double celsius, final TemperatureUnit unit) {
        final long v = Math.round(unit.fromCelsius(celsius));
        return (v == 0 ? 0 : v) + symbol(unit);
    }

    /** The size of a difference (°C inside) in {@code unit}, without sign, e.g. "2 °C" or "4 °F". */
    public static String difference(final double deltaC, final TemperatureUnit unit) {
        return Math.round(Math.abs(unit.fromCelsiusDifference(deltaC))) + symbol(unit);
    }

    private static String symbol(final TemperatureUnit unit) {
        return " " + unit.symbol();
    }
}
