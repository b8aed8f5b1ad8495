package app.stride.weather;

import java.time.LocalDateTime;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One hour of an Open-Meteo forecast, in the place's local time; any value may be missing (null in the JSON).
 * Units as requested: °C, km/h, %, mm (summed over the preceding hour).
 *
 * @param apparentC Open-Meteo's Australian apparent temperature: shown as information only, never used to dress
 */
public record ForecastHour(LocalDateTime time, OptionalDouble temperatureC, OptionalDouble humidityPct,
                           OptionalDouble dewPointC, OptionalDouble apparentC, OptionalDouble precipitationProbability,
                           OptionalDouble precipitationMm, OptionalInt weatherCode, OptionalDouble windKmh,
                           OptionalDouble gustsKmh, Optional<Boolean> isDay, OptionalDouble uvIndex) {
}
