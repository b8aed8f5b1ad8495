package app.stride.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.plan.Goal;
import app.stride.plan.PlanRepository.PlanOutline;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * V011 keeps a plan's header as made (goal as planned, race week's paces). A plan saved at V010 has neither: after the
 * upgrade it reads as its request's goal and today's paces, what its screen showed before; a plan saved now reads
 * back what was stored.
 */
class PlanAsMadeMigrationTest {

    @TempDir
    Path dir;

    @Test
    void aPlanSavedAtV010ReadsAsItsRequestsGoalAndTodaysPaces() {
        final Database old = Database.open(dir.resolve("stride.db"), Migrations.bundledUpTo(10), Database.Tuning.standard());
        old.inTransaction(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("INSERT INTO plan (id, status, goal, race_distance_m, race_date, start_date, weeks, created_at) "
                        + "VALUES (1, 'current', 'time', 5000, '2026-12-20', '2026-11-02', 7, '2026-11-01T08:00:00Z')");
                st.execute("INSERT INTO plan_week (id, plan_id, number, phase, planned_m) VALUES (1, 1, 1, 'base', 12000)");
                st.execute("INSERT INTO planned_session (id, week_id, date, original_date, type, distance_m, status) "
                        + "VALUES (1, 1, '2026-11-03', '2026-11-03', 'easy', 4000, 'planned')");
                StoredPlanRows.complete(c, 1);
                st.execute("INSERT INTO plan_pace (plan_id, zone, min_s_per_km, max_s_per_km) VALUES "
                        + "(1, 'easy', 400, 440), (1, 'marathon', 350, 360), (1, 'threshold', 330, 340), "
                        + "(1, 'interval', 300, 310), (1, 'repetition', 280, 290)");
            }
            return null;
        });

        final Database upgraded = Database.open(new DataFolder(dir));
        final PlanOutline outline = new SqlitePlanRepository(upgraded, Clock.systemUTC()).outline(1).orElseThrow();

        assertThat(upgraded.schemaVersion()).isGreaterThanOrEqualTo(11);
        assertThat(outline.goalAsPlanned()).isEqualTo(Goal.TIME);
        assertThat(outline.paces()).isPresent();
        assertThat(outline.pacesByRaceWeek()).isEqualTo(outline.paces());
        assertThat(outline.pacesByRaceWeek().orElseThrow().threshold().minSecPerKm()).isEqualTo(330);
    }
}
