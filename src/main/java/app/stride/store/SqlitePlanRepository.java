package app.stride.store;

import app.stride.export.PlanJson;
import app.stride.plan.Plan;
import app.stride.plan.PlanRepository;
import app.stride.plan.PlanWeek;
import app.stride.plan.RaceDistance;
import app.stride.plan.Session;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * Plans in the store's own tables (ADR 0008): plan with plan_request, plan_fitness, plan_pace, plan_prediction and
 * plan_warning; plan_week; planned_session with planned_step. Adapted plans are new versions linked by previous_id.
 * The inputs also go to runner_profile.inputs_json, the runner's profile.
 */
public final class SqlitePlanRepository implements PlanRepository {

    private final Database db;
    private final Clock clock;

    public SqlitePlanRepository(final Database db, final Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public long saveAsCurrent(final Plan plan) {
        final String now = Instant.now(clock).toString();
        final String inputs = PlanJson.write(PlanJson.inputs(plan.request()));
        return db.inTransaction(c -> {
            archiveCurrent(c, now);
            final long planId = insertPlan(c, plan, Optional.empty(), now);
            for (PlanWeek w : plan.weeks()) {
                final long weekId = PlanTables.insertWeek(c, planId, w);
                for (Session s : w.sessions()) {
                    PlanTables.insertSession(c, weekId, s);
                }
            }
            saveProfile(c, inputs, now);
            return planId;
        });
    }

    @Override
    public long saveVersion(final long previousId, final LocalDate from, final Plan next, final Map<Integer, Long> sameAs) {
        final String now = Instant.now(clock).toString();
        return db.inTransaction(c -> {
            if (currentId(c).filter(id -> id == previousId).isEmpty()) {
                throw new IllegalStateException("plan " + previousId + " is no longer the current plan");
            }
            archiveCurrent(c, now);
            final long planId = insertPlan(c, next, Optional.of(previousId), now);
            try (PreparedStatement ps = c.prepareStatement("UPDATE plan SET adapted_from = ? WHERE id = ?")) {
                ps.setString(1, from.toString());
                ps.setLong(2, planId);
                ps.executeUpdate();
            }
            int index = 0;
            for (PlanWeek w : next.weeks()) {
                final long weekId = PlanTables.insertWeek(c, planId, w);
                for (Session s : w.sessions()) {
                    final long id = PlanTables.insertSession(c, weekId, s);
                    final Long old = sameAs.get(index++);
                    if (old != null) {
                        carryOver(c, previousId, old, id);
                    }
                }
            }
            return planId;
        });
    }

    @Override
    public void replaceSessions(final Map<Long, Session> byId) {
        db.inTransaction(c -> {
            final long planId = currentId(c).orElseThrow(() -> new IllegalStateException("no current plan"));
            for (Map.Entry<Long, Session> e : byId.entrySet()) {
                PlanTables.replaceSession(c, planId, e.getKey(), e.getValue());
            }
            return null;
        });
    }

    /** The new session takes the old one's day, status and logged run; the old version keeps its own copy of the day. */
    private static void carryOver(final Connection c, final long previousId, final long oldId, final long newId)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE planned_session SET (date, original_date, status, run_time) = "
                + "(SELECT o.date, o.original_date, o.status, o.run_time FROM planned_session o JOIN plan_week w ON o.week_id = w.id "
                + "WHERE o.id = ? AND w.plan_id = ?) WHERE id = ?")) {
            ps.setLong(1, oldId);
            ps.setLong(2, previousId);
            ps.setLong(3, newId);
            // An id not in the previous version leaves the day empty, which the schema refuses: nothing is stored.
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE logged_session SET planned_session_id = ? WHERE planned_session_id = ?")) {
            ps.setLong(1, newId);
            ps.setLong(2, oldId);
            ps.executeUpdate();
        }
    }

    private static void archiveCurrent(final Connection c, final String now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE plan SET status = 'history', archived_at = ? WHERE status = 'current'")) {
            ps.setString(1, now);
            ps.executeUpdate();
        }
    }

    private static long insertPlan(final Connection c, final Plan plan, final Optional<Long> previous, final String now)
            throws SQLException {
        final long planId;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO plan (status, goal, race_distance_m, race_date, "
                + "target_time_s, start_date, weeks, end_date, previous_id, exact, created_at, race_time_fastest_ms, "
                + "race_time_slowest_ms) VALUES ('current', ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, plan.request().goal().code());
            PlanTables.set(ps, 2, plan.request().distance().map(RaceDistance::metres), Types.REAL);
            ps.setString(3, plan.raceDate().map(LocalDate::toString).orElse(null));
            PlanTables.set(ps, 4, plan.request().targetTime().map(Duration::toSeconds), Types.INTEGER);
            ps.setString(5, plan.startDate().toString());
            ps.setInt(6, plan.weeks().size());
            ps.setString(7, plan.endDate().toString());
            PlanTables.set(ps, 8, previous, Types.INTEGER);
            ps.setString(9, now);
            PlanTables.set(ps, 10, plan.raceTime().map(t -> t.fastest().toMillis()), Types.INTEGER);
            PlanTables.set(ps, 11, plan.raceTime().map(t -> t.slowest().toMillis()), Types.INTEGER);
            ps.executeUpdate();
            planId = Rows.key(ps);
        }
        PlanTables.insertParts(c, planId, plan);
        PlanAsMade.insert(c, planId, plan);
        if (plan.request().replan()) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE plan_request SET replan = 1 WHERE plan_id = ?")) {
                ps.setLong(1, planId);
                ps.executeUpdate();
            }
        }
        return planId;
    }

    private static void saveProfile(final Connection c, final String inputs, final String now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO runner_profile (id, inputs_json, updated_at) "
                + "VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET inputs_json = excluded.inputs_json, "
                + "updated_at = excluded.updated_at")) {
            ps.setString(1, inputs);
            ps.setString(2, now);
            ps.executeUpdate();
        }
    }

    private static Optional<Long> currentId(final Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM plan WHERE status = 'current'");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
        }
    }

    @Override
    public Optional<PlanVersion> currentVersion() {
        return db.read(c -> {
            final Optional<Long> id = currentId(c);
            return id.isEmpty() ? Optional.empty() : PlanTablesReader.version(c, id.get());
        });
    }

    @Override
    public Optional<PlanVersion> version(final long id) {
        return db.read(c -> PlanTablesReader.version(c, id));
    }

    @Override
    public Optional<SavedPlan> current() {
        return currentVersion().map(SqlitePlanRepository::savedPlan);
    }

    /** The older shape of a stored plan, as Today and the plan screen read it. */
    static SavedPlan savedPlan(final PlanVersion v) {
        final Plan p = v.plan();
        return new SavedPlan(v.id(), p.request().goal(), p.request().distance().map(RaceDistance::code), p.raceDate(),
                p.startDate(), p.weeks().size(), p.warnings(), v.sessions().stream()
                        .sorted(java.util.Comparator.comparing(SavedSession::originalDate)).toList());
    }

    @Override
    public java.util.List<PlanEntry> entries() {
        return db.read(c -> {
            final java.util.List<PlanEntry> all = new java.util.ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, status, previous_id, adapted_from, created_at FROM plan ORDER BY created_at DESC, id DESC");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    final long previous = rs.getLong(3);
                    final Optional<Long> prev = rs.wasNull() ? Optional.empty() : Optional.of(previous);
                    all.add(new PlanEntry(rs.getLong(1), "current".equals(rs.getString(2)), prev,
                            Optional.ofNullable(rs.getString(4)).map(LocalDate::parse), instant(rs.getString(5))));
                }
            }
            return all;
        });
    }

    /** A stored time; one written in another form by an early build reads as unknown rather than failing the list. */
    private static Optional<Instant> instant(final String text) {
        try {
            return Optional.ofNullable(text).map(Instant::parse);
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The outline of any stored version. */
    @Override
    public Optional<PlanOutline> outline(final long id) {
        return db.read(c -> version(id).isEmpty() ? Optional.empty() : Optional.of(PlanTablesReader.outline(c, id)));
    }

    @Override
    public Optional<PlanOutline> currentOutline() {
        return db.read(c -> {
            final Optional<Long> id = currentId(c);
            return id.isEmpty() ? Optional.empty() : Optional.of(PlanTablesReader.outline(c, id.get()));
        });
    }

    @Override
    public int historyCount() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM plan WHERE status = 'history'");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
    }

    /** The runner's remembered plan inputs (JSON), if a plan was ever saved. */
    public Optional<String> profileInputs() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT inputs_json FROM runner_profile WHERE id = 1");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        });
    }
}
