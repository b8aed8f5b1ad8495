package app.stride.store;

import app.stride.tracking.ImportedRuns;
import app.stride.tracking.RecordedRun;
import app.stride.tracking.RunReport;
import app.stride.tracking.RunStatus;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
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

    /**
     * Logs through the same path as a tick-off by hand ({@link SqliteTrainingLog#logSession}): a session already logged
     * keeps its row (and the outfit answer on it); then the run's start and the file's fingerprint are added.
     */
    @Override
    public long log(final RecordedRun run, final LocalDate date, final Optional<Long> plannedSessionId, final String type,
                    final Optional<Long> shoe, final String source, final String notes, final Instant at) {
        final RunReport report = new RunReport(Optional.of(run.distanceM()),
                Optional.of(Duration.ofSeconds(Math.max(1, Math.round(run.movingTime().toMillis() / 1000.0)))),
                Optional.empty(), Optional.empty(), notes);
        return db.inTransaction(c -> {
            final long id = plannedSessionId.isPresent()
                    ? SqliteTrainingLog.logSession(c, plannedSessionId.get(), date, RunStatus.DONE, report, shoe, at)
                    : SqliteTrainingLog.logExtra(c, date, type, RunStatus.DONE, report, shoe, at);
            try (PreparedStatement ps = c.prepareStatement("UPDATE logged_session SET started_at = ? WHERE id = ?")) {
                ps.setString(1, run.start().toString());
                ps.setLong(2, id);
                ps.executeUpdate();
            }
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
}
