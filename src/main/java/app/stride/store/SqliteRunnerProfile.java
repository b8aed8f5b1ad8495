package app.stride.store;

import app.stride.profile.RunnerProfile;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** The runner's profile in the single row of runner_profile. */
public final class SqliteRunnerProfile implements RunnerProfile {

    private final Database db;
    private final Clock clock;

    public SqliteRunnerProfile(final Database db, final Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public Optional<String> why() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT why FROM runner_profile WHERE id = 1");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)).filter(s -> !s.isBlank()) : Optional.empty();
            }
        });
    }

    @Override
    public void saveWhy(final Optional<String> why) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO runner_profile (id, why, updated_at) VALUES (1, ?, ?) "
                    + "ON CONFLICT (id) DO UPDATE SET why = excluded.why, updated_at = excluded.updated_at")) {
                ps.setString(1, why.orElse(null));
                ps.setString(2, Instant.now(clock).toString());
                ps.executeUpdate();
            }
            return null;
        });
    }
}
