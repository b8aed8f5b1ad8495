package app.stride.store;

import app.stride.tracking.ImportedRuns;
import app.stride.tracking.RecordedRun;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** Imported runs in SQLite: the logged run, the session's tick-off and the file's fingerprint, in one transaction. */
public final class SqliteImportedRuns implements ImportedRuns {

    /** Two files whose runs start this close together hold the same run. */
    private static final long SAME_RUN_S = 60;

    private final Database db;

    public SqliteImportedRuns(final Database db) {
        this.db = db;
    }

    @Override
    public Optional<LocalDate> alreadyLogged(final String fingerprint, final Instant start) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT l.date FROM imported_run i JOIN logged_session l "
                    + "ON l.id = i.logged_session_id WHERE i.fingerprint = ? UNION ALL SELECT date FROM logged_session "
                    + "WHERE started_at IS NOT NULL AND ABS(strftime('%s', started_at) - ?) <= ? LIMIT 1")) {
                ps.setString(1, fingerprint);
                ps.setLong(2, start.getEpochSecond());
                ps.setLong(3, SAME_RUN_S);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(LocalDate.parse(rs.getString(1))) : Optional.empty();
                }
            }
        });
    }

    @Override
    public long log(final RecordedRun run, final LocalDate date, final Optional<Long> plannedSessionId, final String type,
                    final Optional<Long> shoe, final String source, final String notes, final Instant at) {
        return db.inTransaction(c -> {
            if (plannedSessionId.isPresent()) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM logged_session WHERE planned_session_id = ?")) {
                    ps.setLong(1, plannedSessionId.get());
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement("UPDATE planned_session SET status = 'done' WHERE id = ?")) {
                    ps.setLong(1, plannedSessionId.get());
                    if (ps.executeUpdate() != 1) {
                        throw new SQLException("no planned session " + plannedSessionId.get());
                    }
                }
            }
            final long id = insertRun(c, run, date, plannedSessionId, type, shoe, notes, at);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO imported_run (fingerprint, logged_session_id, "
                    + "started_at, source, elevation_gain_m, imported_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, run.fingerprint());
                ps.setLong(2, id);
                ps.setString(3, run.start().toString());
                ps.setString(4, source);
                ps.setDouble(5, run.elevationGainM());
                ps.setString(6, at.toString());
                ps.executeUpdate();
            }
            return id;
        });
    }

    private static long insertRun(final Connection c, final RecordedRun run, final LocalDate date, final Optional<Long> planned,
                                  final String type, final Optional<Long> shoe, final String notes, final Instant at)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO logged_session (planned_session_id, date, started_at, type, "
                + "distance_m, duration_s, shoe_id, created_at, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            if (planned.isPresent()) {
                ps.setLong(1, planned.get());
            } else {
                ps.setNull(1, Types.INTEGER);
            }
            ps.setString(2, date.toString());
            ps.setString(3, run.start().toString());
            ps.setString(4, type);
            ps.setDouble(5, run.distanceM());
            ps.setLong(6, Math.max(1, Math.round(run.movingTime().toMillis() / 1000.0)));
            if (shoe.isPresent()) {
                ps.setLong(7, shoe.get());
            } else {
                ps.setNull(7, Types.INTEGER);
            }
            ps.setString(8, at.toString());
            ps.setString(9, notes.isBlank() ? null : notes);
            ps.executeUpdate();
            return Rows.key(ps);
        }
    }
}
