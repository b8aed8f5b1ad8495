package app.stride.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A runner's database at every earlier schema version, with data in every table, upgrades to the latest without
 * losing a row or a value. A new table without fixture data below fails {@code everyTableHasData}: add some.
 */
class MigrationUpgradeTest {

    @TempDir
    Path dir;

    /** Fixture rows, each applied once the schema has what it needs (by migration version). */
    private static final Map<Integer, String> FIXTURES = new TreeMap<>(Map.of(
            1, """
                INSERT INTO setting (key, value) VALUES ('units.distance', 'mi'), ('weather.enabled', 'true');
                INSERT INTO runner_profile (id, name, why, runs, usual_run_time, inputs_json, updated_at)
                    VALUES (1, 'Ana', 'feel strong again; and sleep better', 'cold', '06:30', '{"weeklyKm":12}', '2025-01-01T00:00:00Z');
                INSERT INTO plan (id, status, goal, race_distance_m, race_date, target_time_s, start_date, weeks, inputs_json, plan_json, warnings_json, created_at, archived_at)
                    VALUES (1, 'history', 'finish', 5000, '2025-03-01', NULL, '2025-01-06', 8, '{"goal":"finish","distance":"5k","days":["tue","thu","sat"],"weeklyKm":12.0}', '{"weeks":[]}', '[]', '2025-01-01T00:00:00Z', '2025-03-02T00:00:00Z'),
                           (2, 'current', 'time', 10000, '2025-06-01', 3300, '2025-03-10', 12, '{"goal":"time","distance":"10k","targetTime":"55:00","days":["tue","fri","sun"],"weeklyKm":20.0}', '{"weeks":[]}', '["x"]', '2025-03-03T00:00:00Z', NULL);
                INSERT INTO plan_week (id, plan_id, number, phase, planned_m) VALUES (1, 2, 1, 'base', 15000), (2, 2, 2, 'base', 16500);
                INSERT INTO planned_session (id, week_id, date, original_date, type, distance_m, duration_s, pace_min_s_per_km, pace_max_s_per_km, effort, run_s, walk_s, steps_json, description, status, run_time)
                    VALUES (1, 1, '2025-03-11', '2025-03-11', 'easy', 5000, 1800, 360, 400, 'easy', NULL, NULL, '[]', 'Easy; chatty pace', 'done', '07:00'),
                           (2, 1, '2025-03-14', '2025-03-13', 'run-walk', NULL, 1500, NULL, NULL, 'easy', 60, 90, '[]', '', 'moved', NULL);
                INSERT INTO shoe (id, name, brand, model, started_on, initial_m, retire_at_m, retired_on, notes)
                    VALUES (1, 'Pegasus', 'Nike', '40', '2025-01-01', 12000, 700000, NULL, 'wide toe box');
                INSERT INTO logged_session (id, planned_session_id, date, started_at, type, distance_m, duration_s, effort_rpe, feel, notes, shoe_id, outfit_json, weather_json, outfit_feedback, created_at)
                    VALUES (1, 1, '2025-03-11', '2025-03-11T07:02:00Z', 'easy', 5120.5, 1840, 4, 4, 'windy; fine', 1, '{}', '{}', 'ok', '2025-03-11T08:00:00Z');
                INSERT INTO outfit_feedback (id, logged_session_id, date, dress_for_c, answer, created_at)
                    VALUES (1, 1, '2025-03-11', 6.5, 'ok', '2025-03-11T08:01:00Z');
                INSERT INTO outfit_offset (band_c, offset_c, answers, updated_at) VALUES (5, 0.5, 1, '2025-03-11T08:01:00Z');
                INSERT INTO weather_place (id, name, latitude, longitude, country, admin1, timezone)
                    VALUES (1, 'Porto', 41.15, -8.61, 'PT', 'Porto', 'Europe/Lisbon');
                INSERT INTO weather_cache (id, latitude, longitude, fetched_at, response_json)
                    VALUES (1, 41.15, -8.61, '2025-03-11T06:00:00Z', '{"hourly":{}}');
                """,
            2, """
                UPDATE outfit_offset SET too_cold = 2, ok = 1, too_warm = 0 WHERE band_c = 5;
                INSERT INTO outfit_shown (date, base_dress_for_c, dress_for_c, shown_at) VALUES ('2025-03-11', 6.5, 7.0, '2025-03-11T06:30:00Z');
                """,
            3, """
                UPDATE outfit_feedback SET applied_c = 0.25, counted = 0 WHERE id = 1;
                """,
            4, """
                INSERT INTO plan_pace (plan_id, zone, min_s_per_km, max_s_per_km) VALUES (2, 'easy', 380, 420);
                INSERT INTO plan_prediction (plan_id, distance, time_ms) VALUES (2, '10k', 3401500);
                INSERT INTO planned_step (session_id, position, kind, duration_ms, effort) VALUES (1, 0, 'run', 1800000, 'easy');
                """,
            6, """
                INSERT INTO imported_run (fingerprint, logged_session_id, started_at, source, elevation_gain_m, imported_at)
                    VALUES ('ab12', 1, '2025-03-11T07:02:00Z', 'Morning_Run.gpx', 33.5, '2025-03-11T08:10:00Z');
                """,
            8, """
                INSERT INTO planned_session (id, week_id, date, original_date, type, distance_m, duration_s, duration_ms, effort, description, status)
                    VALUES (3, 2, '2025-03-18', '2025-03-18', 'recovery', 4000, 1600, 1600000, 'very easy and short (RPE 2–3)',
                            'Short, very easy run to loosen up.', 'planned');
                INSERT INTO planned_step (session_id, position, kind, distance_m, effort) VALUES (3, 0, 'run', 4000, 'very easy and short (RPE 2–3)');
                """,
            9, """
                UPDATE planned_session SET description_code = 'strides', description_args = 'I:4' WHERE id = 1;
                """,
            10, """
                UPDATE outfit_shown SET items = 'long-sleeve,tights,gloves' WHERE date = '2025-03-11';
                """,
            11, """
                UPDATE plan SET goal_as_planned = 'finish' WHERE id = 2;
                INSERT INTO plan_race_week_pace (plan_id, zone, min_s_per_km, max_s_per_km) VALUES (2, 'threshold', 330, 340);
                """));

    /**
     * Columns a migration replaces on purpose; PlanFormatMigrationTest checks what they became (V004), and
     * {@link #englishBecomesCodes} for V009 (efforts and descriptions as codes).
     */
    private static final java.util.Set<String> REPLACED = java.util.Set.of("plan.plan_json", "plan.inputs_json",
            "plan.warnings_json", "planned_session.steps_json", "planned_session.effort", "planned_session.description",
            "planned_step.effort");

    static List<Integer> earlierVersions() {
        final List<Migrations.Migration> all = Migrations.bundled().all();
        return all.subList(0, all.size() - 1).stream().map(Migrations.Migration::version).toList();
    }

    @ParameterizedTest(name = "from schema {0}")
    @MethodSource("earlierVersions")
    void upgradesWithEveryRowAndValueKept(final int version) {
        final Path file = dir.resolve("stride.db");
        // Each fixture goes in while its schema is the newest, as a runner's data would: later migrations convert it.
        Database old = null;
        for (Migrations.Migration m : Migrations.bundled().all()) {
            if (m.version() > version) {
                break;
            }
            old = Database.open(file, Migrations.bundledUpTo(m.version()), Database.Tuning.standard());
            final String fixture = FIXTURES.get(m.version());
            if (fixture != null) {
                old.inTransaction(c -> {
                    try (Statement st = c.createStatement()) {
                        st.executeUpdate(fixture);
                    }
                    return null;
                });
            }
        }
        final Map<String, List<Map<String, Object>>> before = old.read(MigrationUpgradeTest::everything);
        assertThat(before).as("every table at schema " + version + " has fixture rows")
                .allSatisfy((table, rows) -> assertThat(rows).as(table).isNotEmpty());

        final Database upgraded = Database.open(new DataFolder(dir));

        assertThat(upgraded.schemaVersion()).isEqualTo(Migrations.bundled().latestVersion());
        final Map<String, List<Map<String, Object>>> after = upgraded.read(MigrationUpgradeTest::everything);
        before.forEach((table, rows) -> {
            assertThat(after).containsKey(table);
            assertThat(after.get(table)).as(table).hasSameSizeAs(rows);
            for (int i = 0; i < rows.size(); i++) {
                final Map<String, Object> now = after.get(table).get(i);
                rows.get(i).forEach((column, value) -> {
                    if (!REPLACED.contains(table + "." + column)) {
                        assertThat(now).as(table + "." + column).containsEntry(column, value);
                    }
                });
            }
        });
        assertThat(upgraded.check().problems()).isEmpty();
        if (version < 9) {
            englishBecomesCodes(before, after);
        }
    }

    /** V009: English the engine wrote becomes codes; text it does not know (the V001 rows) stays as it was. */
    private static void englishBecomesCodes(final Map<String, List<Map<String, Object>>> before,
                                            final Map<String, List<Map<String, Object>>> after) {
        for (int i = 0; i < before.get("planned_session").size(); i++) {
            final Map<String, Object> was = before.get("planned_session").get(i);
            final Map<String, Object> now = after.get("planned_session").get(i);
            if (Long.valueOf(3).equals(((Number) was.get("id")).longValue())) {
                assertThat(now).containsEntry("effort", "recovery").containsEntry("description", "")
                        .containsEntry("description_code", "recovery").containsEntry("description_args", "");
            } else {
                assertThat(now).containsEntry("effort", was.get("effort")).containsEntry("description", was.get("description"))
                        .containsEntry("description_code", null);
            }
        }
        final boolean english = before.getOrDefault("planned_step", List.of()).stream().anyMatch(r -> "very easy and short (RPE 2–3)".equals(r.get("effort")));
        if (english) {
            assertThat(after.get("planned_step")).extracting(r -> r.get("effort")).contains("recovery")
                    .doesNotContain("very easy and short (RPE 2–3)");
        }
    }

    private static Map<String, List<Map<String, Object>>> everything(final Connection c) throws java.sql.SQLException {
        final List<String> tables = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        final Map<String, List<Map<String, Object>>> all = new LinkedHashMap<>();
        for (String t : tables) {
            final List<Map<String, Object>> rows = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM \"" + t + "\" ORDER BY rowid")) {
                final ResultSetMetaData md = rs.getMetaData();
                while (rs.next()) {
                    final Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        row.put(md.getColumnName(i), rs.getObject(i));
                    }
                    rows.add(row);
                }
            }
            all.put(t, rows);
        }
        return all;
    }
}
