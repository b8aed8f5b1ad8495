package app.stride.store;

import java.nio.file.Path;
import java.util.Map;

/** What {@code stride info} reports: where the data is, its schema version and how many rows each table holds. */
public record StoreSummary(Path dataFolder, Path databaseFile, int schemaVersion, String journalMode, Map<String, Long> rowCounts) {

    static final String[] TABLES = {
        "runner_profile", "plan", "plan_week", "planned_session", "logged_session", "shoe",
        "outfit_feedback", "outfit_offset", "outfit_shown", "weather_place", "weather_cache", "setting",
    };

    /** Reads the summary of {@code db} in {@code folder}. */
    public static StoreSummary of(final DataFolder folder, final Database db) {
        final Map<String, Long> counts = db.read(c -> {
            final Map<String, Long> m = new java.util.LinkedHashMap<>();
            for (String t : TABLES) {
                m.put(t, db.count(c, t));
            }
            return m;
        });
        return new StoreSummary(folder.path(), db.file(), db.schemaVersion(), db.journalMode(), counts);
    }
}
