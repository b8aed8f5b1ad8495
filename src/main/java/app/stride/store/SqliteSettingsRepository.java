package app.stride.store;

import app.stride.settings.DistanceUnit;
import app.stride.settings.Settings;
import app.stride.settings.SettingsRepository;
import app.stride.settings.TemperatureUnit;
import app.stride.settings.Theme;
import app.stride.settings.WindowPlacement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Settings as key/value rows; unknown or damaged values fall back to the defaults rather than failing start-up. */
public final class SqliteSettingsRepository implements SettingsRepository {

    private final Database db;

    public SqliteSettingsRepository(final Database db) {
        this.db = db;
    }

    @Override
    public Settings load() {
        final Map<String, String> v = all();
        final Settings d = Settings.DEFAULTS;
        return new Settings(
                DistanceUnit.parse(v.get("units.distance")).orElse(d.distanceUnit()),
                TemperatureUnit.parse(v.get("units.temperature")).orElse(d.temperatureUnit()),
                parseDay(v.get("calendar.firstDayOfWeek")).orElse(d.firstDayOfWeek()),
                Theme.parse(v.get("ui.theme")).orElse(d.theme()));
    }

    @Override
    public void save(final Settings s) {
        putAll(keys(s));
    }

    @Override
    public void saveChanges(final Settings before, final Settings after) {
        final Map<String, String> old = keys(before);
        final Map<String, String> changed = new HashMap<>();
        keys(after).forEach((k, v) -> {
            if (!v.equals(old.get(k))) {
                changed.put(k, v);
            }
        });
        if (!changed.isEmpty()) {
            putAll(changed);
        }
    }

    private static Map<String, String> keys(final Settings s) {
        return Map.of(
                "units.distance", s.distanceUnit().code(),
                "units.temperature", s.temperatureUnit().code(),
                "calendar.firstDayOfWeek", s.firstDayOfWeek().name().toLowerCase(Locale.ROOT),
                "ui.theme", s.theme().code());
    }

    @Override
    public WindowPlacement loadWindowPlacement() {
        final Map<String, String> v = all();
        try {
            final WindowPlacement d = WindowPlacement.DEFAULT;
            return new WindowPlacement(
                    parseDouble(v.get("window.x"), d.x()), parseDouble(v.get("window.y"), d.y()),
                    parseDouble(v.get("window.width"), d.width()), parseDouble(v.get("window.height"), d.height()),
                    Boolean.parseBoolean(v.getOrDefault("window.maximized", "false")));
        } catch (NumberFormatException e) {
            return WindowPlacement.DEFAULT;
        }
    }

    @Override
    public void saveWindowPlacement(final WindowPlacement p) {
        putAll(Map.of(
                "window.x", Double.toString(p.x()), "window.y", Double.toString(p.y()),
                "window.width", Double.toString(p.width()), "window.height", Double.toString(p.height()),
                "window.maximized", Boolean.toString(p.maximized())));
    }

    /** A single raw setting, for features that keep their own keys (e.g. {@code weather.enabled}). */
    public java.util.Optional<String> get(final String key) {
        return java.util.Optional.ofNullable(all().get(key));
    }

    /** Stores a single raw setting. */
    public void put(final String key, final String value) {
        putAll(Map.of(key, value));
    }

    private Map<String, String> all() {
        return db.read(c -> {
            final Map<String, String> m = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT key, value FROM setting"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    m.put(rs.getString(1), rs.getString(2));
                }
            }
            return m;
        });
    }

    private void putAll(final Map<String, String> values) {
        db.inTransaction(c -> {
            upsert(c, values);
            return null;
        });
    }

    private static void upsert(final Connection c, final Map<String, String> values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
            for (Map.Entry<String, String> e : values.entrySet()) {
                ps.setString(1, e.getKey());
                ps.setString(2, e.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static java.util.Optional<DayOfWeek> parseDay(final String s) {
        if (s == null) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(DayOfWeek.valueOf(s.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    private static double parseDouble(final String s, final double fallback) {
        return s == null ? fallback : Double.parseDouble(s);
    }
}
