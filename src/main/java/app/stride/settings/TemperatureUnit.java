package app.stride.settings;

import app.stride.common.Coded;
import java.util.Optional;

/** How temperatures are shown; Stride computes in °C. */
public enum TemperatureUnit implements Coded {
    C("c"),
    F("f");

    private final String code;

    TemperatureUnit(final String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public double fromCelsius(final double c) {
        return this == C ? c : c * 9.0 / 5.0 + 32.0;
    }

    /** A temperature difference in °C expressed in this unit (no 32° shift). */
    public double fromCelsiusDifference(final double deltaC) {
        return this == C ? deltaC : deltaC * 9.0 / 5.0;
    }

    /** The unit's sign, "°C" or "°F". */
    public String symbol() {
        return this == F ? "°F" : "°C";
    }

    public double toCelsius(final double value) {
        return this == C ? value : (value - 32.0) * 5.0 / 9.0;
    }

    public static Optional<TemperatureUnit> parse(final String text) {
        return Coded.parse(TemperatureUnit.class, text);
    }
}
