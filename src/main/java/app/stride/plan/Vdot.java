package app.stride.plan;

import java.time.Duration;

/**
 * Running fitness as Daniels–Gilbert VDOT (Oxygen Power, 1979): race times, training paces and the loss after
 * time off all come from this one number.
 */
public record Vdot(double value) {

    /** Below this the formulas leave the range the tables were made for; walkers are planned by effort instead. */
    public static final double MIN = 20;
    public static final double MAX = 85;

    private static final double[][] TIME_OFF = {
        // days, factor, factor if cross-trained (VDOT O2 "adjustments for time off")
        {5, 1.000, 1.000}, {7, 0.994, 0.997}, {14, 0.973, 0.986}, {21, 0.952, 0.976}, {28, 0.931, 0.965},
        {42, 0.889, 0.944}, {56, 0.847, 0.923}, {70, 0.805, 0.902}, {72, 0.800, 0.900},
    };

    public Vdot {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("VDOT must be positive: " + value);
        }
    }

    /** Oxygen cost (ml/kg/min) of running at {@code v} metres per minute. */
    static double oxygenCost(final double v) {
        return -4.60 + 0.182258 * v + 0.000104 * v * v;
    }

    /** Fraction of VO2max a runner can sustain for {@code minutes}. */
    static double sustainableFraction(final double minutes) {
        return 0.8 + 0.1894393 * Math.exp(-0.012778 * minutes) + 0.2989558 * Math.exp(-0.1932605 * minutes);
    }

    /** Velocity (metres per minute) whose oxygen cost is {@code vo2}. */
    static double velocityFor(final double vo2) {
        final double a = 0.000104;
        final double b = 0.182258;
        return (-b + Math.sqrt(b * b + 4 * a * (4.60 + vo2))) / (2 * a);
    }

    /** The VDOT a race result shows. */
    public static Vdot fromRace(final double metres, final Duration time) {
        final double minutes = time.toMillis() / 60000.0;
        if (metres <= 0 || minutes <= 0) {
            throw new IllegalArgumentException("race distance and time must be positive");
        }
        return new Vdot(oxygenCost(metres / minutes) / sustainableFraction(minutes));
    }

    /** The race time this fitness predicts for {@code metres}, by bisection (VDOT falls as time grows). */
    public Duration raceTime(final double metres) {
        double lo = 1;
        double hi = 24 * 60;
        for (int i = 0; i < 100; i++) {
            final double mid = (lo + hi) / 2;
            final double v = oxygenCost(metres / mid) / sustainableFraction(mid);
            if (v > value) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return Duration.ofMillis(Math.round((lo + hi) / 2 * 60000));
    }

    /** Seconds per kilometre when running at {@code fraction} of this VDOT. */
    public double secPerKmAt(final double fraction) {
        return 60000.0 / velocityFor(value * fraction);
    }

    /** Daniels' training paces: T at 88%, I at 97.5%, M = marathon prediction, E a band, R 7% faster than 100%. */
    public TrainingPaces paces() {
        final double m = raceTime(RaceDistance.MARATHON.metres()).toMillis() / 1000.0 / 42.195;
        final double r = secPerKmAt(1.0) / 1.07;
        return new TrainingPaces(
                new PaceRange((int) Math.round(secPerKmAt(0.72)), (int) Math.round(secPerKmAt(0.64))),
                PaceRange.around(m, 3),
                PaceRange.around(secPerKmAt(0.88), 3),
                PaceRange.around(secPerKmAt(0.975), 3),
                PaceRange.around(r, 3));
    }

    /** Fitness left after {@code days} without regular running (published table, interpolated). */
    public Vdot afterTimeOff(final int days, final boolean crossTrained) {
        return new Vdot(value * timeOffFactor(days, crossTrained));
    }

    /** The multiplier for {@code days} off; 1 up to 5 days, 0.8 (0.9 cross-trained) from 72 days. */
    public static double timeOffFactor(final int days, final boolean crossTrained) {
        final int col = crossTrained ? 2 : 1;
        if (days <= TIME_OFF[0][0]) {
            return 1.0;
        }
        for (int i = 1; i < TIME_OFF.length; i++) {
            if (days <= TIME_OFF[i][0]) {
                final double[] a = TIME_OFF[i - 1];
                final double[] b = TIME_OFF[i];
                final double t = (days - a[0]) / (b[0] - a[0]);
                return a[col] + t * (b[col] - a[col]);
            }
        }
        return TIME_OFF[TIME_OFF.length - 1][col];
    }
}
