package app.stride.weather;

import app.stride.common.Messages;
import app.stride.outfit.Conditions;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * The conditions for a run taken from a forecast: the place, the hour used, the conditions, and when the forecast
 * was fetched. Wherever these are shown, show {@link #attribution()} too (Open-Meteo's CC BY 4.0 terms).
 *
 * @param at the time asked for, in the place's local time
 * @param fromCache whether the forecast came from the local cache (no network call was made)
 */
public record ForecastConditions(Place place, LocalDateTime at, ForecastHour hour, Conditions conditions,
                                 Instant fetchedAt, boolean fromCache) {

    /** "Weather data by Open-Meteo.com". */
    public String attribution() {
        return Messages.get("weather.attribution");
    }
}
