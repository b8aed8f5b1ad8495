package app.stride.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every row of a table, every column, in id order: for tests that check nothing changed, or that undo is exact. */
public final class Tables {

    private Tables() {
    }

    public static List<Map<String, Object>> dump(final Database db, final String table) {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException(table);
        }
        return db.read(c -> {
            final List<Map<String, Object>> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM " + table + " ORDER BY 1"); ResultSet rs = ps.executeQuery()) {
                final ResultSetMetaData md = rs.getMetaData();
                while (rs.next()) {
                    final Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        row.put(md.getColumnName(i), rs.getObject(i));
                    }
                    rows.add(row);
                }
            }
            return rows;
        });
    }

    /** The tables a runner's log lives in, dumped together. */
    public static Map<String, List<Map<String, Object>>> log(final Database db) {
        final Map<String, List<Map<String, Object>>> all = new LinkedHashMap<>();
        for (String t : List.of("logged_session", "planned_session", "outfit_feedback", "runner_profile", "shoe", "imported_run")) {
            if (exists(db, t)) {
                all.put(t, dump(db, t));
            }
        }
        return all;
    }

    /**
     * As {@link #log}, without the calendar revision of planned sessions: a trigger counts every change of day or status
     * there, so an undo (two changes) moves it on by design.
     */
    public static Map<String, List<Map<String, Object>>> logWithoutRevisions(final Database db) {
        final Map<String, List<Map<String, Object>>> all = log(db);
        all.get("planned_session").forEach(r -> {
            r.remove("revision");
            r.remove("modified_at");
        });
        return all;
    }

    private static boolean exists(final Database db, final String table) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")) {
                ps.setString(1, table);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }
}
