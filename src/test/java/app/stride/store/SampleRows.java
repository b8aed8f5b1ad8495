package app.stride.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A database with at least one row in every table, and a way to read every row back for comparison. */
final class SampleRows {

    private SampleRows() {
    }

    static void fill(final Database db) {
        db.inTransaction(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("INSERT INTO setting (key, value) VALUES ('distance_unit', 'mi')");
                st.execute("INSERT INTO runner_profile (id, name, why, usual_run_time, updated_at) "
                        + "VALUES (1, 'Ana', 'To run with my daughter, \"again\"', '07:00', '2026-11-01T07:00:00Z')");
                st.execute("INSERT INTO plan (id, status, goal, race_distance_m, race_date, start_date, weeks, created_at) "
                        + "VALUES (1, 'current', 'finish', 5000, '2026-12-20', '2026-11-02', 7, '2026-11-01T08:00:00Z')");
                st.execute("INSERT INTO plan_week (id, plan_id, number, phase, planned_m) VALUES (1, 1, 1, 'base', 12000)");
                st.execute("INSERT INTO planned_session (id, week_id, date, original_date, type, distance_m, description, status) "
                        + "VALUES (1, 1, '2026-11-03', '2026-11-03', 'easy', 4000, 'Easy, chatty', 'done')");
                StoredPlanRows.complete(c, 1);
                st.execute("INSERT INTO plan_pace (plan_id, zone, min_s_per_km, max_s_per_km) VALUES (1, 'easy', 400, 440)");
                st.execute("INSERT INTO plan_prediction (plan_id, distance, time_ms) VALUES (1, '5k', 1650000)");
                st.execute("UPDATE plan SET goal_as_planned = 'finish' WHERE id = 1");
                st.execute("INSERT INTO plan_race_week_pace (plan_id, zone, min_s_per_km, max_s_per_km) VALUES (1, 'easy', 390, 430)");
                st.execute("INSERT INTO plan_warning (plan_id, position, text) VALUES (1, 0, 'A short plan')");
                st.execute("INSERT INTO planned_step (session_id, position, kind, duration_ms, effort) VALUES (1, 0, 'run', 1500000, 'easy')");
                st.execute("INSERT INTO shoe (id, name, initial_m, retire_at_m) VALUES (1, 'Pegasus 40', 120000, 700000)");
                st.execute("INSERT INTO logged_session (id, planned_session_id, date, type, distance_m, duration_s, effort_rpe, feel, notes, shoe_id, created_at) "
                        + "VALUES (1, 1, '2026-11-03', 'easy', 4100.5, 1500, 4, 4, 'Windy; felt ok', 1, '2026-11-03T19:00:00Z')");
                st.execute("INSERT INTO outfit_feedback (logged_session_id, date, dress_for_c, answer, created_at, applied_c) "
                        + "VALUES (1, '2026-11-03', 6.5, 'too-cold', '2026-11-03T19:05:00Z', 0.5)");
                st.execute("INSERT INTO outfit_offset (band_c, offset_c, answers, updated_at, too_cold) VALUES (5, 0.5, 1, '2026-11-03T19:05:00Z', 1)");
                st.execute("INSERT INTO outfit_shown (date, base_dress_for_c, dress_for_c, shown_at) VALUES ('2026-11-03', 6.0, 6.5, '2026-11-03T17:00:00Z')");
                st.execute("INSERT INTO imported_run (fingerprint, logged_session_id, started_at, source, elevation_gain_m, imported_at) "
                        + "VALUES ('ab12', 1, '2026-11-03T18:20:00Z', 'Morning_Run.gpx', 33.5, '2026-11-03T19:10:00Z')");
                st.execute("INSERT INTO weather_place (name, latitude, longitude, country) VALUES ('Portland', 45.5, -122.6, 'US')");
                st.execute("INSERT INTO weather_cache (latitude, longitude, fetched_at, response_json) VALUES (45.5, -122.6, '2026-11-03T16:00:00Z', '{\"hourly\":{}}')");
            }
            return null;
        });
    }

    /** Every user table's rows, in rowid order, as text. */
    static Map<String, List<List<String>>> all(final Database db) {
        return db.read(SampleRows::all);
    }

    static Map<String, List<List<String>>> all(final Connection c) throws SQLException {
        final Map<String, List<List<String>>> out = new LinkedHashMap<>();
        final List<String> tables = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        for (String t : tables) {
            final List<List<String>> rows = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM " + t + " ORDER BY rowid")) {
                final ResultSetMetaData md = rs.getMetaData();
                while (rs.next()) {
                    final List<String> row = new ArrayList<>();
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        row.add(md.getColumnName(i) + "=" + rs.getString(i));
                    }
                    rows.add(row);
                }
            }
            out.put(t, rows);
        }
        return out;
    }
}
