package app.stride.store;

import app.stride.tracking.LogEntry;
import app.stride.tracking.LogHistory;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The history for exports: logged runs with their planned session and shoes, and skipped sessions, by date. */
public final class SqliteLogHistory implements LogHistory {

    private final Database db;

    public SqliteLogHistory(final Database db) {
        this.db = db;
    }

    @Override
    public List<LogEntry> all() {
        return entries("", "", List.of());
    }

    @Override
    public List<LogEntry> between(final LocalDate from, final LocalDate to) {
        // through logged_session_date and planned_session_date
        return entries(" AND l.date BETWEEN ? AND ?", " AND p.date BETWEEN ? AND ?", List.of(from, to, from, to));
    }

    /** The history, runs narrowed by {@code loggedWhere} and skipped sessions by {@code skippedWhere}, bound to {@code dates}. */
    private List<LogEntry> entries(final String loggedWhere, final String skippedWhere, final List<LocalDate> dates) {
        return db.read(c -> {
            final List<LogEntry> out = new ArrayList<>();
            // A session logged as skipped (V007) is listed once, as skipped, with the runner's note; a run logged as
            // partial says so whatever its numbers.
            try (PreparedStatement ps = c.prepareStatement("SELECT l.date, p.id, p.type, l.type, p.distance_m, p.duration_s, "
                    + "l.distance_m, l.duration_s, l.effort_rpe, l.feel, l.notes, s.name, 0 AS skipped, l.id, l.status "
                    + "FROM logged_session l LEFT JOIN planned_session p ON p.id = l.planned_session_id "
                    + "LEFT JOIN shoe s ON s.id = l.shoe_id WHERE l.status <> 'skipped'" + loggedWhere + " "
                    + "UNION ALL SELECT p.date, p.id, p.type, p.type, p.distance_m, p.duration_s, NULL, NULL, NULL, NULL, "
                    + "(SELECT k.notes FROM logged_session k WHERE k.planned_session_id = p.id AND k.status = 'skipped' "
                    + "ORDER BY k.id DESC LIMIT 1), NULL, 1, p.id, 'skipped' "
                    + "FROM planned_session p WHERE p.status = 'skipped'" + skippedWhere + " "
                    + "ORDER BY 1, 13, 14")) {
                for (int i = 0; i < dates.size(); i++) {
                    ps.setString(i + 1, dates.get(i).toString());
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(entry(rs));
                    }
                }
            }
            return out;
        });
    }

    private static LogEntry entry(final ResultSet rs) throws SQLException {
        final boolean planned = rs.getObject(2) != null;
        final Optional<Double> plannedM = PlanTablesReader.doubleOpt(rs, 5);
        final Optional<Duration> plannedTime = PlanTablesReader.longOpt(rs, 6).map(Duration::ofSeconds);
        final Optional<Double> ranM = PlanTablesReader.doubleOpt(rs, 7);
        final Optional<Duration> ranTime = PlanTablesReader.longOpt(rs, 8).map(Duration::ofSeconds);
        final LogEntry.Status status = rs.getInt(13) == 1 ? LogEntry.Status.SKIPPED
                : planned && "partial".equals(rs.getString(15)) ? LogEntry.Status.PARTIAL
                : LogEntry.statusOf(planned, plannedM, plannedTime, ranM, ranTime);
        return new LogEntry(LocalDate.parse(rs.getString(1)), Optional.ofNullable(rs.getString(3)), rs.getString(4), status,
                ranM, ranTime, PlanTablesReader.longOpt(rs, 9).map(Long::intValue), PlanTablesReader.longOpt(rs, 10).map(Long::intValue),
                Optional.ofNullable(rs.getString(11)).orElse(""), Optional.ofNullable(rs.getString(12)));
    }
}
