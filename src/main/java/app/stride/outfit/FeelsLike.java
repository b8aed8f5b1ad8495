package app.stride.outfit;

/**
 * The NWS "feels like" temperature: wind chill in the cold, heat index in the heat, else the air temperature.
 * Computed in °F and mph, as the NWS formulas and charts are.
 */
public record FeelsLike(double celsius, Kind kind) {

    /** Which formula gave the value. */
    public enum Kind {
        AIR, WIND_CHILL, HEAT_INDEX
    }

    /**
     * The hottest cell of the NWS heat index chart, °F. Far beyond the chart (e.g. 110°F at 90%) the regression gives
     * absurd values (247°F), so the feels-like is capped here and flagged {@link #beyondChart()}.
     */
    public static final double MAX_HEAT_INDEX_F = 137.0;

    public double fahrenheit() {
        return Temperatures.toF(celsius);
    }

    /** The heat index reached the top of the NWS chart ({@value #MAX_HEAT_INDEX_F}°F): dangerous heat, not a number. */
    public boolean beyondChart() {
        return kind == Kind.HEAT_INDEX && fahrenheit() >= MAX_HEAT_INDEX_F - 1e-9;
    }

    /**
     * Wind chill when the air is at most 50°F and the wind above 3 mph; heat index from 80°F up, where it is
     * higher than the air (in very dry heat the NWS index reads below the air, but sun and effort dominate then, and
     * never letting hotter air feel cooler keeps the outfit monotonic); the air temperature otherwise. The heat index is
     * capped at the top of the NWS chart ({@link #MAX_HEAT_INDEX_F}); capping keeps it monotonic.
     */
    public static FeelsLike of(final Conditions c) {
        final double t = c.airF();
        final double v = c.windMph();
        if (t <= 50.0 && v > 3.0) {
            return new FeelsLike(Temperatures.toC(windChillF(t, v)), Kind.WIND_CHILL);
        }
        if (t >= 80.0) {
            final double hi = heatIndexF(t, c.humidityPct());
            if (hi > t) {
                return new FeelsLike(Temperatures.toC(Math.min(hi, MAX_HEAT_INDEX_F)), Kind.HEAT_INDEX);
            }
        }
        return new FeelsLike(c.airC(), Kind.AIR);
    }

    /** NWS wind chill (2001) in °F for air {@code t} °F and wind {@code v} mph; the air itself outside its domain. */
    public static double windChillF(final double t, final double v) {
        if (t > 50.0 || v <= 3.0) {
            return t;
        }
        final double p = Math.pow(v, 0.16);
        return 35.74 + 0.6215 * t - 35.75 * p + 0.4275 * t * p;
    }

    /** NWS heat index in °F (simple formula, then Rothfusz with the NWS adjustments) for air °F and humidity %. */
    public static double heatIndexF(final double t, final double rh) {
        final double simple = 0.5 * (t + 61.0 + (t - 68.0) * 1.2 + rh * 0.094);
        if ((simple + t) / 2.0 < 80.0) {
            return simple;
        }
        double hi = -42.379 + 2.04901523 * t + 10.14333127 * rh - 0.22475541 * t * rh - 0.00683783 * t * t
                - 0.05481717 * rh * rh + 0.00122874 * t * t * rh + 0.00085282 * t * rh * rh - 0.00000199 * t * t * rh * rh;
        if (rh < 13.0 && t >= 80.0 && t <= 112.0) {
            hi -= ((13.0 - rh) / 4.0) * Math.sqrt((17.0 - Math.abs(t - 95.0)) / 17.0);
        } else if (rh > 85.0 && t >= 80.0 && t <= 87.0) {
            hi += ((rh - 85.0) / 10.0) * ((87.0 - t) / 5.0);
        }
        return hi;
    }
}
