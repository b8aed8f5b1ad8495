package app.stride.store;

import app.stride.gear.Shoe;
import app.stride.gear.ShoeRack;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Shoes in SQLite; their distance is summed from the runs logged in them. */
public final class SqliteShoeRack implements ShoeRack {

    private final Database db;

    public SqliteShoeRack(final Database db) {
        this.db = db;
    }

    @Override
    public List<Shoe> all() {
        return db.read(c -> {
            final List<Shoe> shoes = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT s.id, s.name, s.started_on, s.initial_m, s.retire_at_m, "
                    + "s.retired_on, COALESCE(SUM(l.distance_m), 0) FROM shoe s LEFT JOIN logged_session l ON l.shoe_id = s.id "
                    + "GROUP BY s.id ORDER BY s.retired_on IS NOT NULL, s.id DESC");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    shoes.add(new Shoe(rs.getLong(1), rs.getString(2), Optional.ofNullable(rs.getString(3)).map(LocalDate::parse),
                            rs.getDouble(4), rs.getDouble(5), Optional.ofNullable(rs.getString(6)).map(LocalDate::parse),
                            rs.getDouble(7)));
                }
            }
            return shoes;
        });
    }

    @Override
    public long add(final String name, final double initialM, final double retireAtM, final LocalDate startedOn) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO shoe (name, started_on, initial_m, retire_at_m) VALUES (?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, name);
                ps.setString(2, startedOn.toString());
                ps.setDouble(3, initialM);
                ps.setDouble(4, retireAtM);
                ps.executeUpdate();
                return Rows.key(ps);
            }
        });
    }

    @Override
    public void retire(final long id, final LocalDate on) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE shoe SET retired_on = ? WHERE id = ?")) {
                ps.setString(1, on.toString());
                ps.setLong(2, id);
                return ps.executeUpdate();
            }
        });
    }
}
