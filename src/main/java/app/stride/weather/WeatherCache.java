package app.stride.weather;

import java.time.Instant;
import java.util.Optional;

/** Forecast responses kept with their fetch time, per position; the store implements it. */
public interface WeatherCache {

    /** A forecast response as fetched, and when. */
    record Entry(Instant fetchedAt, String json) {
    }

    Optional<Entry> get(double latitude, double longitude);

    void put(double latitude, double longitude, Instant fetchedAt, String json);
}
