package app.stride.store;

import app.stride.export.PlanExtras;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Reads {@link PlanExtras} of the current plan. */
public final class SqlitePlanExtras implements PlanExtras.Source {

    private final Database db;

    public SqlitePlanExtras(final Database db) {
        this.db = db;
    }

    @Override
    public Optional<PlanExtras> current() {
        return db.read(c -> {
            final long id;
            final Instant created;
            try (PreparedStatement ps = c.prepareStatement("SELECT id, created_at FROM plan WHERE status = 'current'");
                 ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                id = rs.getLong(1);
                created = instant(rs.getString(2)).orElse(Instant.EPOCH);
            }
            Optional<String> why = Optional.empty();
            Optional<LocalTime> runTime = Optional.empty();
            try (PreparedStatement ps = c.prepareStatement("SELECT why, usual_run_time FROM runner_profile WHERE id = 1");
                 ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    why = Optional.ofNullable(rs.getString(1)).map(String::strip).filter(s -> !s.isEmpty());
                    runTime = Optional.ofNullable(rs.getString(2)).flatMap(SqlitePlanExtras::time);
                }
            }
            final Map<Long, PlanExtras.Revision> revisions = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT s.id, s.revision, s.modified_at FROM planned_session s "
                    + "JOIN plan_week w ON w.id = s.week_id WHERE w.plan_id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        revisions.put(rs.getLong(1), new PlanExtras.Revision(rs.getInt(2), instant(rs.getString(3))));
                    }
                }
            }
            return Optional.of(new PlanExtras(created, why, runTime, revisions));
        });
    }

    private static Optional<Instant> instant(final String text) {
        try {
            return Optional.ofNullable(text).map(Instant::parse);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalTime> time(final String text) {
        try {
            return Optional.of(LocalTime.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
