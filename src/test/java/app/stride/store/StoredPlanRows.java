package app.stride.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Completes a plan a test wrote as bare plan, week and session rows with what the store's own format also keeps
 * (request, fitness, week starts, end date), so the repository reads it back as a whole plan.
 */
public final class StoredPlanRows {

    private StoredPlanRows() {
    }

    /** Fills in the rows plan {@code planId} needs beyond plan, plan_week and planned_session. */
    public static void complete(final Connection c, final long planId) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("UPDATE plan SET end_date = date(start_date, '+' || (weeks * 7 - 1) || ' days') WHERE id = " + planId);
            st.execute("UPDATE plan_week SET start_date = (SELECT date(p.start_date, '+' || ((plan_week.number - 1) * 7) || ' days') "
                    + "FROM plan p WHERE p.id = plan_week.plan_id) WHERE plan_id = " + planId);
            st.execute("INSERT INTO plan_request (plan_id, goal, distance, start_date, race_date, weeks, days, days_off, cross_trained) "
                    + "SELECT id, goal, CASE WHEN race_distance_m = 5000 THEN '5k' END, start_date, race_date, weeks, 'tue,thu,sat', 0, 0 "
                    + "FROM plan WHERE id = " + planId);
            st.execute("INSERT INTO plan_fitness (plan_id, level, current_weekly_m, current_runs, longest_run_m, c25k_stage, "
                    + "reentry, assumed) VALUES (" + planId + ", 'runner', 15000, 3, 6000, 0, 0, 0)");
        }
    }
}
