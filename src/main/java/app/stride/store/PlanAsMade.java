package app.stride.store;

import app.stride.plan.Goal;
import app.stride.plan.PaceRange;
import app.stride.plan.Plan;
import app.stride.plan.TrainingPaces;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

/**
 * The plan's header as made (V011): the goal as planned and the race week's training paces, so the saved plan says
 * what its preview said (eng6 review 2). A plan saved before V011 has neither and reads as its request's goal and
 * today's paces, which is what its screen showed when it was saved.
 */
final class PlanAsMade {

    private PlanAsMade() {
    }

    /** Writes the plan's goal as planned and its race week's paces. */
    static void insert(final Connection c, final long planId, final Plan plan) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE plan SET goal_as_planned = ? WHERE id = ?")) {
            ps.setString(1, plan.goalAsPlanned().code());
            ps.setLong(2, planId);
            ps.executeUpdate();
        }
        final Optional<TrainingPaces> raceWeek = plan.pacesByRaceWeek();
        if (raceWeek.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO plan_race_week_pace (plan_id, zone, min_s_per_km, max_s_per_km) VALUES (?, ?, ?, ?)")) {
            for (PlanTables.Zone z : PlanTables.zones(raceWeek.get())) {
                ps.setLong(1, planId);
                ps.setString(2, z.code());
                ps.setInt(3, z.pace().minSecPerKm());
                ps.setInt(4, z.pace().maxSecPerKm());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The goal as planned; the request's goal for a plan saved before V011. */
    static Goal goal(final Connection c, final long planId, final Goal requested) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT goal_as_planned FROM plan WHERE id = ?")) {
            ps.setLong(1, planId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Goal.parse(rs.getString(1)).orElse(requested) : requested;
            }
        }
    }

    /** The race week's paces; today's paces for a plan saved before V011 (or whose paces do not change). */
    static Optional<TrainingPaces> raceWeekPaces(final Connection c, final long planId, final Optional<TrainingPaces> today)
            throws SQLException {
        final Map<String, PaceRange> zones = PlanTablesReader.zones(c, planId,
                "SELECT zone, min_s_per_km, max_s_per_km FROM plan_race_week_pace WHERE plan_id = ?");
        final boolean whole = zones.keySet().containsAll(java.util.List.of("easy", "marathon", "threshold", "interval",
                "repetition"));
        return whole ? Optional.of(new TrainingPaces(zones.get("easy"), zones.get("marathon"), zones.get("threshold"),
                zones.get("interval"), zones.get("repetition"))) : today;
    }
}
