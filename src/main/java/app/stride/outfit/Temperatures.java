package app.stride.outfit;

/** Conversions of temperatures and wind speeds (display: {@link app.stride.format.Degrees}); the domain computes in °C and km/h. */
public final class Temperatures {

    /** Kilometres per hour in one mile per hour. */
    public static final double KMH_PER_MPH = 1.609344;
    /** Kilometres per hour in one metre per second. */
    public static final double KMH_PER_MS = 3.6;

    private Temperatures() {
    }

    public static double toF(final double c) {
        return c * 9.0 / 5.0 + 32.0;
    }

    public static double toC(final double f) {
        return (f - 32.0) * 5.0 / 9.0;
    }
}
