package app.stride.settings;

import app.stride.common.Coded;
import java.util.Optional;

/** How distances and paces are shown to the runner; Stride stores metres either way. */
public enum DistanceUnit implements Coded {
    KM("km", 1000.0),
    MI("mi", 1609.344);

    private final String code;
    private final double metres;

    DistanceUnit(final String code, final double metres) {
        this.code = code;
        this.metres = metres;
    }

    @Override
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
        return Coded.parse(DistanceUnit.class, text);
    }
}
