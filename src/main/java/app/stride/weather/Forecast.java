package app.stride.weather;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An hourly forecast for one place, with the sunrise and sunset of each day, all in the place's local time. */
public record Forecast(String timezone, int utcOffsetSeconds, List<ForecastHour> hours, Map<LocalDate, SunTimes> sun) {

    /** Sunrise and sunset of one day; either may be missing near the poles. */
    public record SunTimes(Optional<LocalDateTime> sunrise, Optional<LocalDateTime> sunset) {
    }

    public Forecast {
        hours = List.copyOf(hours);
        sun = Map.copyOf(sun);
    }

    /** The hour starting at {@code time} (already rounded to the hour). */
    public Optional<ForecastHour> hour(final LocalDateTime time) {
        return hours.stream().filter(h -> h.time().equals(time)).findFirst();
    }

    public Optional<LocalDateTime> first() {
        return hours.isEmpty() ? Optional.empty() : Optional.of(hours.get(0).time());
    }

    public Optional<LocalDateTime> last() {
        return hours.isEmpty() ? Optional.empty() : Optional.of(hours.get(hours.size() - 1).time());
    }
}
