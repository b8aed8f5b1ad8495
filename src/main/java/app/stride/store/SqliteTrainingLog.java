package app.stride.store;

import app.stride.tracking.LoggedRun;
import app.stride.tracking.RunReport;
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
import java.util.List;
import java.util.Optional;

/** Tick-offs in SQLite: the planned session's status and its logged run change together, in one transaction. */
public final class SqliteTrainingLog implements TrainingLog {

    private final Database db;

    public SqliteTrainingLog(final Database db) {
        this.db = db;
    }

    @Override
    public long markDone(final long plannedSessionId, final LocalDate date, final RunReport report, final Optional<Long> shoe,
                         final Instant at) {
        return db.inTransaction(c -> {
            deleteRunsOf(c, plannedSessionId);
            setStatus(c, plannedSessionId, "done");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO logged_session (planned_session_id, date, type, "
                    + "distance_m, duration_s, effort_rpe, feel, notes, created_at, shoe_id) "
                    + "SELECT id, ?, type, ?, ?, ?, ?, ?, ?, ? FROM planned_session WHERE id = ?", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, date.toString());
                setNullable(ps, 2, report.distanceM().orElse(null), Types.REAL);
                setNullable(ps, 3, report.duration().map(d -> (int) d.toSeconds()).orElse(null), Types.INTEGER);
                setNullable(ps, 4, report.effortRpe().orElse(null), Types.INTEGER);
                setNullable(ps, 5, report.feel().orElse(null), Types.INTEGER);
                ps.setString(6, report.notes().isEmpty() ? null : report.notes());
                ps.setString(7, at.toString());
                setNullable(ps, 8, shoe.orElse(null), Types.INTEGER);
                ps.setLong(9, plannedSessionId);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    @Override
    public void markSkipped(final long plannedSessionId) {
        db.inTransaction(c -> {
            deleteRunsOf(c, plannedSessionId);
            setStatus(c, plannedSessionId, "skipped");
            return null;
        });
    }

    @Override
    public void reopen(final long plannedSessionId) {
        db.inTransaction(c -> {
            deleteRunsOf(c, plannedSessionId);
            setStatus(c, plannedSessionId, "planned");
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
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM logged_session"); ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
    }

    @Override
    public List<LoggedRun> recentRuns(final int limit) {
        return db.read(c -> {
            final List<LoggedRun> runs = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT l.id, l.date, l.type, l.distance_m, l.duration_s, "
                    + "l.effort_rpe, l.feel, l.notes, f.answer FROM logged_session l "
                    + "LEFT JOIN outfit_feedback f ON f.id = (SELECT MAX(id) FROM outfit_feedback WHERE logged_session_id = l.id) "
                    + "ORDER BY l.date DESC, l.id DESC LIMIT ?")) {
                ps.setInt(1, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        final double m = rs.getDouble(4);
                        final Optional<Double> distance = rs.wasNull() ? Optional.empty() : Optional.of(m);
                        final int s = rs.getInt(5);
                        final Optional<Duration> time = rs.wasNull() ? Optional.empty() : Optional.of(Duration.ofSeconds(s));
                        final int e = rs.getInt(6);
                        final Optional<Integer> effort = rs.wasNull() ? Optional.empty() : Optional.of(e);
                        final int f = rs.getInt(7);
                        final Optional<Integer> feel = rs.wasNull() ? Optional.empty() : Optional.of(f);
                        runs.add(new LoggedRun(rs.getLong(1), LocalDate.parse(rs.getString(2)), rs.getString(3),
                                new RunReport(distance, time, effort, feel, rs.getString(8)), Optional.ofNullable(rs.getString(9))));
                    }
                }
            }
            return runs;
        });
    }

    private static void setStatus(final Connection c, final long id, final String status) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE planned_session SET status = ? WHERE id = ?")) {
            ps.setString(1, status);
            ps.setLong(2, id);
            requireOne(ps.executeUpdate(), id);
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
