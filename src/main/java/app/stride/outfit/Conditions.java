package app.stride.outfit;

import app.stride.common.InvalidInputException;
import java.util.Objects;

/**
 * The weather a run happens in. SI inside: air temperature in °C, 10 m wind in km/h (the unit of the NWS metric
 * wind-chill formula and of Open-Meteo's default), relative humidity in percent.
 *
 * @param thunderstorm a thunderstorm is expected (WMO codes 95-99)
 * @param freezing the precipitation freezes on contact (freezing drizzle or rain, WMO 56/57/66/67)
 */
public record Conditions(double airC, double windKmh, double humidityPct, Precipitation precipitation, Light light, Sky sky,
                         boolean thunderstorm, boolean freezing) {

    /** Coldest air the helper accepts; colder is not a place to run outdoors, and likely a typo. */
    public static final double MIN_AIR_C = -50.0;
    /** Hottest air the helper accepts (about 131°F, hotter than any record but Death Valley's). */
    public static final double MAX_AIR_C = 55.0;
    /** Strongest wind accepted (a hurricane). */
    public static final double MAX_WIND_KMH = 200.0;
    /** Warmest air snow is accepted at (39.2°F): wet snow still reaches the ground a little above freezing, not beyond. */
    public static final double MAX_SNOW_AIR_C = 4.0;

    public Conditions {
        Objects.requireNonNull(precipitation, "precipitation");
        Objects.requireNonNull(light, "light");
        Objects.requireNonNull(sky, "sky");
        if (!(airC >= MIN_AIR_C && airC <= MAX_AIR_C)) {
            throw InvalidInputException.coded("temperature", "outfit.invalid.temperature", MIN_AIR_C, MAX_AIR_C);
        }
        if (!(windKmh >= 0 && windKmh <= MAX_WIND_KMH)) {
            throw InvalidInputException.coded("wind", "outfit.invalid.wind", MAX_WIND_KMH);
        }
        if (!(humidityPct >= 0 && humidityPct <= 100)) {
            throw InvalidInputException.coded("humidity", "outfit.invalid.humidity");
        }
        if (precipitation == Precipitation.SNOW && airC > MAX_SNOW_AIR_C) {
            throw InvalidInputException.coded("precipitation", "outfit.invalid.snowTooWarm");
        }
    }

    /** Calm, 50% humidity, dry, daylight, overcast: the CLI defaults. */
    public static Conditions of(final double airC) {
        return new Conditions(airC, 0, 50, Precipitation.NONE, Light.DAY, Sky.OVERCAST, false, false);
    }

    public Conditions withAirC(final double c) {
        return new Conditions(c, windKmh, humidityPct, precipitation, light, sky, thunderstorm, freezing);
    }

    public Conditions withWindKmh(final double kmh) {
        return new Conditions(airC, kmh, humidityPct, precipitation, light, sky, thunderstorm, freezing);
    }

    public Conditions withHumidity(final double pct) {
        return new Conditions(airC, windKmh, pct, precipitation, light, sky, thunderstorm, freezing);
    }

    /** The same air with the relative humidity that gives this dew point. */
    public Conditions withDewPointC(final double dewC) {
        return withHumidity(humidityFromDewPoint(airC, dewC));
    }

    public Conditions withPrecipitation(final Precipitation p) {
        return new Conditions(airC, windKmh, humidityPct, p, light, sky, thunderstorm, freezing);
    }

    public Conditions withLight(final Light l) {
        return new Conditions(airC, windKmh, humidityPct, precipitation, l, sky, thunderstorm, freezing);
    }

    public Conditions withSky(final Sky s) {
        return new Conditions(airC, windKmh, humidityPct, precipitation, light, s, thunderstorm, freezing);
    }

    public Conditions withThunderstorm(final boolean t) {
        return new Conditions(airC, windKmh, humidityPct, precipitation, light, sky, t, freezing);
    }

    public Conditions withFreezing(final boolean f) {
        return new Conditions(airC, windKmh, humidityPct, precipitation, light, sky, thunderstorm, f);
    }

    public double airF() {
        return Temperatures.toF(airC);
    }

    public double windMph() {
        return windKmh / Temperatures.KMH_PER_MPH;
    }

    /** Dew point by the Magnus formula (β = 17.625, λ = 243.04 °C); bone-dry air is treated as 1% humidity. */
    public double dewPointC() {
        final double rh = Math.max(1.0, humidityPct);
        final double g = Math.log(rh / 100.0) + BETA * airC / (LAMBDA + airC);
        return LAMBDA * g / (BETA - g);
    }

    /** Relative humidity in percent from air temperature and dew point (Magnus), capped at 100. */
    public static double humidityFromDewPoint(final double airC, final double dewC) {
        final double rh = 100.0 * Math.exp(BETA * dewC / (LAMBDA + dewC)) / Math.exp(BETA * airC / (LAMBDA + airC));
        return Math.min(100.0, Math.max(0.0, rh));
    }

    private static final double BETA = 17.625;
    private static final double LAMBDA = 243.04;
}
