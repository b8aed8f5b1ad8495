package app.stride.app;

import app.stride.outfit.OutfitService;
import app.stride.store.Database;
import app.stride.store.SqliteOutfitFeedbackRepository;
import app.stride.store.SqliteRunnerTendencyRepository;
import app.stride.store.SqliteSettingsRepository;
import app.stride.store.SqliteWeatherCache;
import app.stride.weather.WeatherService;
import app.stride.weather.WeatherSettings;
import java.time.Clock;
import java.util.Optional;

/** Wires the outfit helper and the weather feature to the runner's database; used by the app and the command line. */
public final class OutfitServices {

    private OutfitServices() {
    }

    /** The outfit helper with its repositories; the temperature unit follows the runner's settings. */
    public static OutfitService outfit(final Database db, final Clock clock) {
        final SqliteSettingsRepository settings = new SqliteSettingsRepository(db);
        return new OutfitService(new SqliteOutfitFeedbackRepository(db, clock), new SqliteRunnerTendencyRepository(db, clock),
                () -> settings.load().temperatureUnit(), clock);
    }

    /** The weather feature; creating it makes no network call. */
    public static WeatherService weather(final Database db, final Clock clock) {
        return WeatherService.create(settings(db), new SqliteWeatherCache(db), clock);
    }

    /** The {@code weather.*} settings as raw keys in the settings table. */
    public static WeatherSettings settings(final Database db) {
        final SqliteSettingsRepository repo = new SqliteSettingsRepository(db);
        return new WeatherSettings() {
            @Override
            public Optional<String> get(final String key) {
                return repo.get(key);
            }

            @Override
            public void put(final String key, final String value) {
                repo.put(key, value);
            }
        };
    }
}
