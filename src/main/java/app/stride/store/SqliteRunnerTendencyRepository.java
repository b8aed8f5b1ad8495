package app.stride.store;

import app.stride.outfit.RunnerTendencyRepository;
import app.stride.outfit.Tendency;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;

/** The runner's tendency in {@code runner_profile.runs} (the single profile row, id 1). */
public final class SqliteRunnerTendencyRepository implements RunnerTendencyRepository {

    private final Database db;
    private final Clock clock;

    public SqliteRunnerTendencyRepository(final Database db, final Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public Tendency tendency() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT runs FROM runner_profile WHERE id = 1");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Tendency.parse(rs.getString(1)).orElse(Tendency.NEUTRAL) : Tendency.NEUTRAL;
            }
        });
    }

    @Override
    public java.util.Optional<java.time.LocalTime> usualRunTime() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT usual_run_time FROM runner_profile WHERE id = 1");
                 ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || rs.getString(1) == null) {
                    return java.util.Optional.<java.time.LocalTime>empty();
                }
                try {
                    return java.util.Optional.of(java.time.LocalTime.parse(rs.getString(1).strip()));
                } catch (java.time.format.DateTimeParseException e) {
                    // a damaged value must not break the outfit screen: fall back to the default time
                    return java.util.Optional.<java.time.LocalTime>empty();
                }
            }
        });
    }

    @Override
    public void setTendency(final Tendency tendency) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO runner_profile (id, runs, updated_at) VALUES (1, ?, ?) "
                            + "ON CONFLICT (id) DO UPDATE SET runs = excluded.runs, updated_at = excluded.updated_at")) {
                ps.setString(1, tendency.code());
                ps.setString(2, clock.instant().toString());
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public void setUsualRunTime(final java.time.LocalTime time) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO runner_profile (id, usual_run_time, updated_at) VALUES (1, ?, ?) "
                            + "ON CONFLICT (id) DO UPDATE SET usual_run_time = excluded.usual_run_time, updated_at = excluded.updated_at")) {
                ps.setString(1, time.toString());
                ps.setString(2, clock.instant().toString());
                return ps.executeUpdate();
            }
        });
    }
}
