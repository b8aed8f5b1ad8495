package app.stride.store;

import app.stride.tracking.Feel;
import app.stride.tracking.LoggedRun;
import app.stride.tracking.RunReport;
import app.stride.tracking.RunStatus;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** How a {@code logged_session} row (with its latest outfit answer) reads as a {@link LoggedRun}. */
final class LoggedRunRows {

    /** The columns {@link #runs} reads, in its order; append WHERE / ORDER BY. */
    static final String RUN_COLUMNS = "SELECT l.id, l.date, l.type, l.distance_m, l.duration_s, l.effort_rpe, "
            + "l.feel, l.notes, f.answer, l.status, l.planned_session_id, l.shoe_id FROM logged_session l "
            + "LEFT JOIN outfit_feedback f ON f.id = (SELECT MAX(id) FROM outfit_feedback WHERE logged_session_id = l.id) ";

    private LoggedRunRows() {
    }

    static List<LoggedRun> runs(final PreparedStatement ps) throws SQLException {
        final List<LoggedRun> runs = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                runs.add(run(rs));
            }
        }
        return runs;
    }

    /** One row as a run; values no build could have stored (a 0 km distance) read as unknown rather than failing. */
    private static LoggedRun run(final ResultSet rs) throws SQLException {
        final Optional<Double> distance = PlanTablesReader.doubleOpt(rs, 4).filter(m -> m > 0 && m <= RunReport.MAX_DISTANCE_M);
        final Optional<Duration> time = PlanTablesReader.longOpt(rs, 5).filter(s -> s > 0 && s <= RunReport.MAX_DURATION.toSeconds())
                .map(Duration::ofSeconds);
        final Optional<Integer> effort = PlanTablesReader.longOpt(rs, 6).map(Long::intValue).filter(e -> e >= 1 && e <= 10);
        final Optional<Feel> feel = PlanTablesReader.longOpt(rs, 7).flatMap(f -> Feel.ofScore(f.intValue()));
        final String notes = Optional.ofNullable(rs.getString(8)).orElse("");
        final RunReport report = new RunReport(distance, time, effort, feel,
                notes.length() > RunReport.MAX_NOTE_LENGTH ? notes.substring(0, RunReport.MAX_NOTE_LENGTH) : notes);
        return new LoggedRun(rs.getLong(1), LocalDate.parse(rs.getString(2)), rs.getString(3), report,
                Optional.ofNullable(rs.getString(9)), RunStatus.parse(rs.getString(10)).orElse(RunStatus.DONE),
                PlanTablesReader.longOpt(rs, 11), PlanTablesReader.longOpt(rs, 12));
    }
}
