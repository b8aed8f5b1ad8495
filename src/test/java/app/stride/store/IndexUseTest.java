package app.stride.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The queries whose cost grows with the log (ten years: thousands of runs) look rows up through an index; none scans
 * a log table. The statements are those of the repositories (and of the foreign-key actions of deleting a run or a session).
 */
class IndexUseTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {
        // SqliteTrainingLog.recentRuns: the Log screen and Today
        "SELECT l.id, l.date, l.type, l.distance_m, l.duration_s, l.effort_rpe, l.feel, l.notes, f.answer FROM logged_session l "
            + "LEFT JOIN outfit_feedback f ON f.id = (SELECT MAX(id) FROM outfit_feedback WHERE logged_session_id = l.id) "
            + "ORDER BY l.date DESC, l.id DESC LIMIT 50",
        // SqliteTrainingLog.runFor: every Done, skip, reopen and undo on Today
        "SELECT l.id, l.date, l.type, l.distance_m, l.duration_s, l.effort_rpe, l.feel, l.notes, f.answer, l.status, "
            + "l.planned_session_id, l.shoe_id FROM logged_session l "
            + "LEFT JOIN outfit_feedback f ON f.id = (SELECT MAX(id) FROM outfit_feedback WHERE logged_session_id = l.id) "
            + "WHERE l.planned_session_id = 7 ORDER BY l.date DESC, l.id DESC LIMIT 1",
        // SqliteLogHistory.between: the partner note's week on Progress
        "SELECT l.date, p.id, p.type, l.type, p.distance_m, p.duration_s, l.distance_m, l.duration_s, l.effort_rpe, l.feel, "
            + "l.notes, s.name, 0 AS skipped, l.id, l.status FROM logged_session l "
            + "LEFT JOIN planned_session p ON p.id = l.planned_session_id LEFT JOIN shoe s ON s.id = l.shoe_id "
            + "WHERE l.status <> 'skipped' AND l.date BETWEEN '2026-01-05' AND '2026-01-11' "
            + "UNION ALL SELECT p.date, p.id, p.type, p.type, p.distance_m, p.duration_s, NULL, NULL, NULL, NULL, "
            + "(SELECT k.notes FROM logged_session k WHERE k.planned_session_id = p.id AND k.status = 'skipped' "
            + "ORDER BY k.id DESC LIMIT 1), NULL, 1, p.id, 'skipped' FROM planned_session p "
            + "WHERE p.status = 'skipped' AND p.date BETWEEN '2026-01-05' AND '2026-01-11' ORDER BY 1, 13, 14",
        // SqliteTrainingLog.deleteRunsOf: every tick-off
        "DELETE FROM logged_session WHERE planned_session_id = 7",
        // SqliteOutfitFeedbackRepository.runOn / answersOn: every feedback answer
        "SELECT id FROM logged_session WHERE date = '2026-01-01' ORDER BY id DESC LIMIT 1",
        "SELECT date, dress_for_c, answer, logged_session_id, created_at, applied_c, counted FROM outfit_feedback WHERE date = '2026-01-01' ORDER BY id",
        "UPDATE logged_session SET outfit_feedback = NULL WHERE id IN (SELECT logged_session_id FROM outfit_feedback WHERE date = '2026-01-01' AND logged_session_id IS NOT NULL)",
        // SqlitePlanRepository.current: the plan's sessions
        "SELECT s.date FROM planned_session s JOIN plan_week w ON s.week_id = w.id WHERE w.plan_id = 3 ORDER BY s.original_date, s.id",
        // what ON DELETE SET NULL does when a session, a run or a shoe goes
        "UPDATE logged_session SET planned_session_id = NULL WHERE planned_session_id = 7",
        "UPDATE outfit_feedback SET logged_session_id = NULL WHERE logged_session_id = 7",
        "UPDATE logged_session SET shoe_id = NULL WHERE shoe_id = 2",
        "DELETE FROM planned_session WHERE week_id = 5",
    })
    void growingQueriesUseAnIndex(final String sql) {
        final Database db = Database.open(new DataFolder(dir));
        final List<String> plan = db.read(c -> {
            final List<String> lines = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("EXPLAIN QUERY PLAN " + sql)) {
                while (rs.next()) {
                    lines.add(rs.getString("detail"));
                }
            }
            return lines;
        });

        assertThat(plan).as(String.join("\n", plan)).noneMatch(line -> line.matches("SCAN (logged_session|outfit_feedback|planned_session)\\b.*")
                && !line.contains("USING"));
        assertThat(plan).noneMatch(line -> line.matches("SCAN (l|f|s)( .*)?") && !line.contains("USING"));
    }
}
