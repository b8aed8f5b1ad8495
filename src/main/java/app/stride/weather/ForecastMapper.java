package app.stride.weather;

import app.stride.common.Messages;
import app.stride.outfit.Conditions;
import app.stride.outfit.Light;
import app.stride.outfit.Precipitation;
import app.stride.outfit.Sky;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;

/** Turns a forecast hour into the helper's {@link Conditions}: WMO codes to rain and sky, sun times to light. */
public final class ForecastMapper {

    /** Within this of sunrise or sunset it is dawn or dusk: low sun, low light. */
    static final Duration TWILIGHT = Duration.ofMinutes(30);

    private ForecastMapper() {
    }

    /** The conditions at {@code at} (local time of the place) from the hour holding it. */
    public static Conditions toConditions(final Forecast f, final ForecastHour h, final LocalDateTime at) {
        if (h.temperatureC().isEmpty()) {
            throw new WeatherException(WeatherException.Kind.NO_DATA, Messages.get("weather.error.noTemperature", h.time()));
        }
        final double air = clamp(h.temperatureC().getAsDouble(), Conditions.MIN_AIR_C, Conditions.MAX_AIR_C);
        final double wind = clamp(h.windKmh().orElse(0.0), 0.0, Conditions.MAX_WIND_KMH);
        Conditions c = new Conditions(air, wind, 50.0, Precipitation.NONE, light(f, h, at), Sky.OVERCAST, false, false);
        if (h.humidityPct().isPresent()) {
            c = c.withHumidity(clamp(h.humidityPct().getAsDouble(), 0, 100));
        } else if (h.dewPointC().isPresent()) {
            c = c.withDewPointC(Math.min(air, h.dewPointC().getAsDouble()));
        }
        if (h.weatherCode().isPresent()) {
            return fromCode(c, h.weatherCode().getAsInt());
        }
        final double mm = h.precipitationMm().orElse(0.0);
        final Precipitation p = mm <= 0 ? Precipitation.NONE : air <= 0 ? Precipitation.SNOW
                : mm >= 4 ? Precipitation.HEAVY_RAIN : mm >= 0.5 ? Precipitation.RAIN : Precipitation.DRIZZLE;
        return c.withPrecipitation(p);
    }

    /** WMO weather interpretation codes (as Open-Meteo documents them) applied to {@code c}. */
    static Conditions fromCode(final Conditions c, final int code) {
        return switch (code) {
            case 0, 1 -> c.withSky(Sky.SUNNY);
            case 2 -> c.withSky(Sky.PARTLY);
            case 51, 53, 55 -> c.withPrecipitation(Precipitation.DRIZZLE);
            case 56, 57 -> c.withPrecipitation(Precipitation.DRIZZLE).withFreezing(true);
            case 61, 63, 80, 81 -> c.withPrecipitation(Precipitation.RAIN);
            case 65, 82 -> c.withPrecipitation(Precipitation.HEAVY_RAIN);
            case 66 -> c.withPrecipitation(Precipitation.RAIN).withFreezing(true);
            case 67 -> c.withPrecipitation(Precipitation.HEAVY_RAIN).withFreezing(true);
            // snow codes in air above +4 °C: what reaches the ground there is wet, so it is taken as rain
            case 71, 73, 75, 77, 85, 86 -> c.withPrecipitation(c.airC() <= Conditions.MAX_SNOW_AIR_C ? Precipitation.SNOW : Precipitation.RAIN);
            case 95 -> c.withPrecipitation(Precipitation.RAIN).withThunderstorm(true);
            case 96, 99 -> c.withPrecipitation(Precipitation.HEAVY_RAIN).withThunderstorm(true);
            default -> c; // 3 overcast, 45/48 fog and unknown codes: grey and dry
        };
    }

    /** Dawn or dusk within 30 minutes of sunrise or sunset, dark outside them; from is_day if the day has no sun times. */
    static Light light(final Forecast f, final ForecastHour h, final LocalDateTime at) {
        final Forecast.SunTimes sun = f.sun().get(at.toLocalDate());
        final Optional<LocalDateTime> rise = sun == null ? Optional.empty() : sun.sunrise();
        final Optional<LocalDateTime> set = sun == null ? Optional.empty() : sun.sunset();
        if (rise.isPresent() && set.isPresent()) {
            if (near(at, rise.get())) {
                return Light.DAWN;
            }
            if (near(at, set.get())) {
                return Light.DUSK;
            }
            return at.isAfter(rise.get()) && at.isBefore(set.get()) ? Light.DAY : Light.DARK;
        }
        return h.isDay().map(d -> d ? Light.DAY : Light.DARK).orElse(Light.DAY);
    }

    private static boolean near(final LocalDateTime a, final LocalDateTime b) {
        return Duration.between(a, b).abs().compareTo(TWILIGHT) <= 0;
    }

    private static double clamp(final double v, final double lo, final double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
