package app.stride.settings;

import java.util.Locale;
import java.util.Optional;

/** How temperatures are shown; Stride computes in °C. */
public enum TemperatureUnit {
    C("c"),
    F("f");

    private final String code;

    TemperatureUnit(final String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public double fromCelsius(final double c) {
        return this == C ? c : c * 9.0 / 5.0 + 32.0;
    }

    public double toCelsius(final double value) {
        return this == C ? value : (value - 32.0) * 5.0 / 9.0;
    }

    public static Optional<TemperatureUnit> parse(final String text) {
        if (text == null) {
            return Optional.empty();
        }
        final String t = text.trim().toLowerCase(Locale.ROOT);
        for (TemperatureUnit u : values()) {
            if (u.code.equals(t)) {
                return Optional.of(u);
            }
        }
        return Optional.empty();
    }
}
