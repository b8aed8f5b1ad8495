package app.stride.settings;

import java.util.Locale;
import java.util.Optional;

/** How distances and paces are shown to the runner; Stride stores metres either way. */
public enum DistanceUnit {
    KM("km", 1000.0),
    MI("mi", 1609.344);

    private final String code;
    private final double metres;

    DistanceUnit(final String code, final double metres) {
        this.code = code;
        this.metres = metres;
    }

    public String code() {
        return code;
    }

    /** Metres in one of this unit. */
    public double metres() {
        return metres;
    }

    public double fromMetres(final double m) {
        return m / metres;
    }

    public double toMetres(final double value) {
        return value * metres;
    }

    public static Optional<DistanceUnit> parse(final String text) {
        if (text == null) {
            return Optional.empty();
        }
        final String t = text.trim().toLowerCase(Locale.ROOT);
        for (DistanceUnit u : values()) {
            if (u.code.equals(t)) {
                return Optional.of(u);
            }
        }
        return Optional.empty();
    }
}
