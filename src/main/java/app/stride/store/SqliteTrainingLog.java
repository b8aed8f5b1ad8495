package app.stride.store;

import static app.stride.store.LoggedRunRows.RUN_COLUMNS;
import static app.stride.store.LoggedRunRows.runs;

import app.stride.plan.SessionStatus;
import app.stride.tracking.DeletedRun;
import app.stride.tracking.Feel;
import app.stride.tracking.LoggedRun;
import app.stride.tracking.RunReport;
import app.stride.tracking.RunStatus;
import app.stride.tracking.TrainingLog;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Logged runs in SQLite. A planned session's status and its logged run change together, in one transaction; unknown
 * distances and times are stored as NULL, never as 0.
 */
public final class SqliteTrainingLog implements TrainingLog {

    /**
     * The one rule for "the run logged for a session" should it have several (eng6 review 8): the newest by date,
     * then by id. Tick-off, undo, reopen, logging again and the Plan's "What you logged" all choose by it.
     */
    private static final String SESSION_RUN_FIRST = "l.date DESC, l.id DESC";

    private final Database db;

    public SqliteTrainingLog(final Database db) {
        this.db = db;
    }

    @Override
    public long logSession(final long plannedSessionId, final LocalDate date, final RunStatus status, final RunReport report,
                           final Optional<Long> shoe, final Instant at) {
        return db.inTransaction(c -> logSession(c, plannedSessionId, date, status, report, shoe, at));
    }

    /**
     * The one tick-off path, inside the caller's transaction (by hand here, from a watch file in
     * {@link SqliteImportedRuns}): the session's status follows the run, and a session logged again keeps its row.
     */
    static long logSession(final Connection c, final long plannedSessionId, final LocalDate date, final RunStatus status,
                           final RunReport report, final Optional<Long> shoe, final Instant at) throws SQLException {
        setStatus(c, plannedSessionId, sessionStatus(status));
        final Optional<Long> logged = runOf(c, plannedSessionId);
        if (logged.isPresent()) {
            // Logged again (new numbers, a watch file after a manual tick-off): the same row is updated, so what
            // hangs on it (the import record that stops a file being imported twice, the outfit answer) stays.
            try (PreparedStatement ps = c.prepareStatement("UPDATE logged_session SET date = ?, distance_m = ?, "
                    + "duration_s = ?, effort_rpe = ?, feel = ?, notes = ?, updated_at = ?, shoe_id = ?, status = ? WHERE id = ?")) {
                ps.setString(1, date.toString());
                setReport(ps, 2, report);
                ps.setString(7, at.toString());
                setNullable(ps, 8, shoe.orElse(null), Types.INTEGER);
                ps.setString(9, status.code());
                ps.setLong(10, logged.get());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM logged_session WHERE planned_session_id = ? AND id <> ?")) { // one run per session
                ps.setLong(1, plannedSessionId);
                ps.setLong(2, logged.get());
                ps.executeUpdate();
            }
            return logged.get();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO logged_session (planned_session_id, date, type, "
                + "distance_m, duration_s, effort_rpe, feel, notes, created_at, shoe_id, status) "
                + "SELECT id, ?, type, ?, ?, ?, ?, ?, ?, ?, ? FROM planned_session WHERE id = ?", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, date.toString());
            setReport(ps, 2, report);
            ps.setString(7, at.toString());
            setNullable(ps, 8, shoe.orElse(null), Types.INTEGER);
            ps.setString(9, status.code());
            ps.setLong(10, plannedSessionId);
            ps.executeUpdate();
            return Rows.key(ps);
        }
    }

    @Override
    public long logExtra(final LocalDate date, final String type, final RunStatus status, final RunReport report,
                         final Optional<Long> shoe, final Instant at) {
        return db.inTransaction(c -> logExtra(c, date, type, status, report, shoe, at));
    }

    /** An extra run, inside the caller's transaction. */
    static long logExtra(final Connection c, final LocalDate date, final String type, final RunStatus status,
                         final RunReport report, final Optional<Long> shoe, final Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO logged_session (planned_session_id, date, type, "
                + "distance_m, duration_s, effort_rpe, feel, notes, created_at, shoe_id, status) "
                + "VALUES (NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, date.toString());
            ps.setString(2, type);
            setReport(ps, 3, report);
            ps.setString(8, at.toString());
            setNullable(ps, 9, shoe.orElse(null), Types.INTEGER);
            ps.setString(10, status.code());
            ps.executeUpdate();
            return Rows.key(ps);
        }
    }

    @Override
    public void markSkipped(final long plannedSessionId) {
        db.inTransaction(c -> {
            deleteRunsOf(c, plannedSessionId);
            setStatus(c, plannedSessionId, SessionStatus.SKIPPED);
            return null;
        });
    }

    @Override
    public void reopen(final long plannedSessionId) {
        db.inTransaction(c -> {
            deleteRunsOf(c, plannedSessionId);
            setStatus(c, plannedSessionId, SessionStatus.PLANNED);
            return null;
        });
    }

    @Override
    public void move(final long plannedSessionId, final LocalDate to) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE planned_session SET date = ? WHERE id = ?")) {
                ps.setString(1, to.toString());
                ps.setLong(2, plannedSessionId);
                requireOne(ps.executeUpdate(), plannedSessionId);
            }
            return null;
        });
    }

    @Override
    public int runsLogged() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM logged_session WHERE status <> 'skipped'");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
    }

    @Override
    public List<LoggedRun> recentRuns(final int limit) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(RUN_COLUMNS + "ORDER BY l.date DESC, l.id DESC LIMIT ?")) {
                ps.setInt(1, limit);
                return runs(ps);
            }
        });
    }

    @Override
    public List<LoggedRun> runsBetween(final LocalDate from, final LocalDate to) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(RUN_COLUMNS + "WHERE l.date >= ? AND l.date <= ? ORDER BY l.date, l.id")) {
                ps.setString(1, from.toString());
                ps.setString(2, to.toString());
                return runs(ps);
            }
        });
    }

    @Override
    public List<LoggedRun> allRuns() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(RUN_COLUMNS + "ORDER BY l.date, l.id")) {
                return runs(ps);
            }
        });
    }

    @Override
    public Optional<LoggedRun> find(final long id) {
        return db.read(c -> find(c, id));
    }

    @Override
    public Optional<LoggedRun> runFor(final long plannedSessionId) {
        return db.read(c -> {
            // the same order as allRuns, last first: a tick-off reads one row through logged_session_planned, not the log
            try (PreparedStatement ps = c.prepareStatement(RUN_COLUMNS + "WHERE l.planned_session_id = ? "
                    + "ORDER BY " + SESSION_RUN_FIRST + " LIMIT 1")) {
                ps.setLong(1, plannedSessionId);
                return runs(ps).stream().findFirst();
            }
        });
    }

    @Override
    public java.util.Map<Long, LoggedRun> sessionRuns(final LocalDate from, final LocalDate to) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(RUN_COLUMNS + "JOIN planned_session s ON s.id = l.planned_session_id "
                    + "WHERE (s.date >= ? AND s.date <= ?) OR (s.original_date >= ? AND s.original_date <= ?) "
                    + "ORDER BY l.planned_session_id, " + SESSION_RUN_FIRST)) {
                ps.setString(1, from.toString());
                ps.setString(2, to.toString());
                ps.setString(3, from.toString());
                ps.setString(4, to.toString());
                final java.util.Map<Long, LoggedRun> out = new java.util.HashMap<>();
                // Each session's rows come first-chosen first: the first one seen is its run.
                runs(ps).forEach(r -> out.putIfAbsent(r.plannedSessionId().orElseThrow(), r));
                return java.util.Map.copyOf(out);
            }
        });
    }

    private static Optional<LoggedRun> find(final Connection c, final long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(RUN_COLUMNS + "WHERE l.id = ?")) {
            ps.setLong(1, id);
            return runs(ps).stream().findFirst();
        }
    }

    @Override
    public boolean update(final long id, final LocalDate date, final RunStatus status, final RunReport report,
                          final Optional<Long> shoe, final Instant at) {
        return db.inTransaction(c -> {
            final Optional<LoggedRun> before = find(c, id);
            if (before.isEmpty()) {
                return false;
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE logged_session SET date = ?, distance_m = ?, duration_s = ?, "
                    + "effort_rpe = ?, feel = ?, notes = ?, shoe_id = ?, status = ?, updated_at = ? WHERE id = ?")) {
                ps.setString(1, date.toString());
                setReport(ps, 2, report);
                setNullable(ps, 7, shoe.orElse(null), Types.INTEGER);
                ps.setString(8, status.code());
                ps.setString(9, at.toString());
                ps.setLong(10, id);
                ps.executeUpdate();
            }
            if (before.get().plannedSessionId().isPresent()) {
                setStatus(c, before.get().plannedSessionId().get(), sessionStatus(status));
            }
            return true;
        });
    }

    @Override
    public Optional<DeletedRun> delete(final long id) {
        return db.inTransaction(c -> {
            final Optional<LoggedRun> run = find(c, id);
            if (run.isEmpty()) {
                return Optional.empty();
            }
            final Map<String, Object> stored = Rows.select(c, "SELECT * FROM logged_session WHERE id = ?", id).get(0);
            // The import record goes with the run (ON DELETE CASCADE); undo puts it back so the file still counts as logged.
            final List<Map<String, Object>> imports = Rows.tableExists(c, "imported_run")
                    ? Rows.select(c, "SELECT * FROM imported_run WHERE logged_session_id = ?", id) : List.of();
            Optional<SessionStatus> statusBefore = Optional.empty();
            if (run.get().plannedSessionId().isPresent()) {
                try (PreparedStatement ps = c.prepareStatement("SELECT status FROM planned_session WHERE id = ?")) {
                    ps.setLong(1, run.get().plannedSessionId().get());
                    try (ResultSet rs = ps.executeQuery()) {
                        statusBefore = rs.next() ? SessionStatus.parse(rs.getString(1)) : Optional.empty();
                    }
                }
            }
            final List<Long> answers = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM outfit_feedback WHERE logged_session_id = ? ORDER BY id")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        answers.add(rs.getLong(1));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM logged_session WHERE id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
            if (statusBefore.isPresent()) {
                setStatus(c, run.get().plannedSessionId().get(), SessionStatus.PLANNED);
            }
            return Optional.of(new DeletedRun(run.get(), stored, statusBefore, answers, imports));
        });
    }

    @Override
    public long restore(final DeletedRun deleted) {
        return db.inTransaction(c -> {
            final Map<String, Object> row = new LinkedHashMap<>(deleted.stored());
            final long oldId = deleted.run().id();
            if (exists(c, "SELECT 1 FROM logged_session WHERE id = ?", oldId)) {
                // Already back exactly as it was (a second undo of the same delete): one copy, never two.
                if (Rows.select(c, "SELECT * FROM logged_session WHERE id = ?", oldId).get(0).equals(deleted.stored())) {
                    return oldId;
                }
                row.remove("id");
            }
            final Object session = row.get("planned_session_id");
            final boolean sessionKept = session != null && exists(c, "SELECT 1 FROM planned_session WHERE id = ?", ((Number) session).longValue());
            if (session != null && !sessionKept) {
                row.put("planned_session_id", null);
            }
            final Object shoe = row.get("shoe_id");
            if (shoe != null && !exists(c, "SELECT 1 FROM shoe WHERE id = ?", ((Number) shoe).longValue())) {
                row.put("shoe_id", null);
            }
            final long id = Rows.insert(c, "logged_session", row);
            for (Map<String, Object> record : deleted.importRecords()) {
                final Map<String, Object> r = new LinkedHashMap<>(record);
                r.put("logged_session_id", id);
                Rows.insert(c, "imported_run", r);
            }
            if (sessionKept && deleted.sessionStatusBefore().isPresent()) {
                setStatus(c, ((Number) session).longValue(), deleted.sessionStatusBefore().get());
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE outfit_feedback SET logged_session_id = ? WHERE id = ? AND logged_session_id IS NULL")) {
                for (long answer : deleted.outfitAnswerIds()) {
                    ps.setLong(1, id);
                    ps.setLong(2, answer);
                    ps.executeUpdate();
                }
            }
            return id;
        });
    }

    private static boolean exists(final Connection c, final String sql, final long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** The planned session's status for a run's status: a partial run still ticks the session off. */
    private static SessionStatus sessionStatus(final RunStatus status) {
        return status == RunStatus.SKIPPED ? SessionStatus.SKIPPED : SessionStatus.DONE;
    }

    /** Sets the five report columns distance, time, effort, feel, notes from parameter {@code first} on. */
    private static void setReport(final PreparedStatement ps, final int first, final RunReport report) throws SQLException {
        setNullable(ps, first, report.distanceM().orElse(null), Types.REAL);
        setNullable(ps, first + 1, report.duration().map(Duration::toSeconds).orElse(null), Types.INTEGER);
        setNullable(ps, first + 2, report.effortRpe().orElse(null), Types.INTEGER);
        setNullable(ps, first + 3, report.feel().map(Feel::score).orElse(null), Types.INTEGER);
        ps.setString(first + 4, report.notes().isEmpty() ? null : report.notes());
    }

    private static void setStatus(final Connection c, final long id, final SessionStatus status) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE planned_session SET status = ? WHERE id = ?")) {
            ps.setString(1, status.code());
            ps.setLong(2, id);
            requireOne(ps.executeUpdate(), id);
        }
    }

    /** The run logged for a planned session, chosen as {@link #runFor} chooses it. */
    private static Optional<Long> runOf(final Connection c, final long plannedSessionId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT l.id FROM logged_session l WHERE l.planned_session_id = ? ORDER BY " + SESSION_RUN_FIRST + " LIMIT 1")) {
            ps.setLong(1, plannedSessionId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    private static void deleteRunsOf(final Connection c, final long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM logged_session WHERE planned_session_id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }

    private static void requireOne(final int rows, final long id) throws SQLException {
        if (rows != 1) {
            throw new SQLException("no planned session " + id);
        }
    }

    private static void setNullable(final PreparedStatement ps, final int i, final Object v, final int type) throws SQLException {
        if (v == null) {
            ps.setNull(i, type);
        } else {
            ps.setObject(i, v);
        }
    }
}
