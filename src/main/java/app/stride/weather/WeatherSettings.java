package app.stride.weather;

import java.util.Optional;

/** Raw key/value settings the weather feature keeps ({@code weather.*}); the settings store implements it. */
public interface WeatherSettings {

    Optional<String> get(String key);

    void put(String key, String value);
}
