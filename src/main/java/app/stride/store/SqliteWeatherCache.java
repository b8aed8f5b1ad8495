package app.stride.store;

import app.stride.weather.WeatherCache;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;

/**
 * Forecast responses in {@code weather_cache}, one row per position. Positions are rounded to 3 decimals (about
 * 100 m) so a place chosen twice hits the same row.
 */
public final class SqliteWeatherCache implements WeatherCache {

    private final Database db;

    public SqliteWeatherCache(final Database db) {
        this.db = db;
    }

    @Override
    public Optional<Entry> get(final double latitude, final double longitude) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT fetched_at, response_json FROM weather_cache WHERE latitude = ? AND longitude = ?")) {
                ps.setDouble(1, round(latitude));
                ps.setDouble(2, round(longitude));
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new Entry(Instant.parse(rs.getString(1)), rs.getString(2))) : Optional.<Entry>empty();
                }
            }
        });
    }

    @Override
    public void put(final double latitude, final double longitude, final Instant fetchedAt, final String json) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO weather_cache (latitude, longitude, fetched_at, response_json) VALUES (?, ?, ?, ?) "
                            + "ON CONFLICT (latitude, longitude) DO UPDATE SET fetched_at = excluded.fetched_at, "
                            + "response_json = excluded.response_json")) {
                ps.setDouble(1, round(latitude));
                ps.setDouble(2, round(longitude));
                ps.setString(3, fetchedAt.toString());
                ps.setString(4, json);
                return ps.executeUpdate();
            }
        });
    }

    private static double round(final double v) {
        return Math.round(v * 1000.0) / 1000.0;
    }
}
