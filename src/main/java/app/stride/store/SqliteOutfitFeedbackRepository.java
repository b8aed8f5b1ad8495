package app.stride.store;

import app.stride.outfit.FeedbackAnswer;
import app.stride.outfit.FeedbackEntry;
import app.stride.outfit.FiledAnswer;
import app.stride.outfit.LearnedBand;
import app.stride.outfit.OutfitFeedbackRepository;
import app.stride.outfit.OutfitLearning;
import app.stride.outfit.PersonalOffsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Answers in {@code outfit_feedback}, bands in {@code outfit_offset}, shown outfits in {@code outfit_shown}. */
public final class SqliteOutfitFeedbackRepository implements OutfitFeedbackRepository {

    private final Database db;
    private final Clock clock;

    public SqliteOutfitFeedbackRepository(final Database db, final Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public PersonalOffsets offsets() {
        return db.read(SqliteOutfitFeedbackRepository::offsets);
    }

    private static PersonalOffsets offsets(final Connection c) throws SQLException {
        final List<LearnedBand> bands = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT band_c, offset_c, too_cold, ok, too_warm FROM outfit_offset ORDER BY band_c");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                bands.add(new LearnedBand(rs.getInt(1), rs.getDouble(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)));
            }
        }
        return new PersonalOffsets(bands);
    }

    @Override
    public Change recordAtomically(final LocalDate date, final Decision decision) {
        return db.inTransaction(c -> {
            final Change change = decision.decide(offsets(c), answersOn(c, date), runOn(c, date));
            write(c, change.entry(), change.appliedC(), change.updated());
            return change;
        });
    }

    @Override
    public void record(final FeedbackEntry e, final double appliedC, final List<LearnedBand> updated) {
        db.inTransaction(c -> {
            write(c, e, appliedC, updated);
            return null;
        });
    }

    private static void write(final Connection c, final FeedbackEntry e, final double appliedC, final List<LearnedBand> updated)
            throws SQLException {
        // one answer per day: the earlier answers of this day (and their marks on runs) give way to this one
        try (PreparedStatement ps = c.prepareStatement("UPDATE logged_session SET outfit_feedback = NULL WHERE id IN "
                + "(SELECT logged_session_id FROM outfit_feedback WHERE date = ? AND logged_session_id IS NOT NULL)")) {
            ps.setString(1, e.date().toString());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM outfit_feedback WHERE date = ?")) {
            ps.setString(1, e.date().toString());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO outfit_feedback (logged_session_id, date, dress_for_c, answer, created_at, applied_c, counted) "
                        + "VALUES (?, ?, ?, ?, ?, ?, 1)")) {
            if (e.loggedSessionId().isPresent()) {
                ps.setLong(1, e.loggedSessionId().get());
            } else {
                ps.setNull(1, Types.INTEGER);
            }
            ps.setString(2, e.date().toString());
            ps.setDouble(3, e.baseDressForC());
            ps.setString(4, e.answer().code());
            ps.setString(5, e.answeredAt().toString());
            ps.setDouble(6, appliedC);
            ps.executeUpdate();
        }
        if (e.loggedSessionId().isPresent()) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE logged_session SET outfit_feedback = ? WHERE id = ?")) {
                ps.setString(1, e.answer().code());
                ps.setLong(2, e.loggedSessionId().get());
                ps.executeUpdate();
            }
        }
        for (LearnedBand b : updated) {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO outfit_offset (band_c, offset_c, answers, updated_at, too_cold, ok, too_warm) VALUES (?, ?, ?, ?, ?, ?, ?) "
                            + "ON CONFLICT (band_c) DO UPDATE SET offset_c = excluded.offset_c, answers = excluded.answers, "
                            + "updated_at = excluded.updated_at, too_cold = excluded.too_cold, ok = excluded.ok, too_warm = excluded.too_warm")) {
                ps.setInt(1, b.bandC());
                ps.setDouble(2, b.offsetC());
                ps.setInt(3, b.answers());
                ps.setString(4, e.answeredAt().toString());
                ps.setInt(5, b.tooCold());
                ps.setInt(6, b.ok());
                ps.setInt(7, b.tooWarm());
                ps.executeUpdate();
            }
        }
    }

    @Override
    public List<FiledAnswer> answersOn(final LocalDate date) {
        return db.read(c -> answersOn(c, date));
    }

    private static List<FiledAnswer> answersOn(final Connection c, final LocalDate date) throws SQLException {
        final List<FiledAnswer> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT date, dress_for_c, answer, logged_session_id, created_at, "
                + "applied_c, counted FROM outfit_feedback WHERE date = ? ORDER BY id")) {
            ps.setString(1, date.toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    final FeedbackEntry e = entry(rs);
                    final double applied = rs.getDouble(6);
                    list.add(new FiledAnswer(e, rs.wasNull() ? OutfitLearning.nominalStep(e.answer()) : applied, rs.getInt(7) == 1));
                }
            }
        }
        return list;
    }

    private static FeedbackEntry entry(final ResultSet rs) throws java.sql.SQLException {
        final long run = rs.getLong(4);
        final Optional<Long> runId = rs.wasNull() ? Optional.empty() : Optional.of(run);
        return new FeedbackEntry(LocalDate.parse(rs.getString(1)), rs.getDouble(2),
                FeedbackAnswer.parse(rs.getString(3)).orElseThrow(), runId, Instant.parse(rs.getString(5)));
    }

    @Override
    public List<FeedbackEntry> history() {
        return db.read(c -> {
            final List<FeedbackEntry> list = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT date, dress_for_c, answer, logged_session_id, created_at FROM outfit_feedback ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(entry(rs));
                }
            }
            return list;
        });
    }

    @Override
    public void resetBand(final int bandC) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE outfit_feedback SET counted = 0 WHERE dress_for_c >= ? AND dress_for_c < ?")) {
                ps.setInt(1, bandC);
                ps.setInt(2, bandC + OutfitLearning.BAND_WIDTH_C);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM outfit_offset WHERE band_c = ?")) {
                ps.setInt(1, bandC);
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public void resetAll() {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE outfit_feedback SET counted = 0")) {
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM outfit_offset")) {
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public Optional<Long> runOn(final LocalDate date) {
        return db.read(c -> runOn(c, date));
    }

    private static Optional<Long> runOn(final Connection c, final LocalDate date) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM logged_session WHERE date = ? AND status <> 'skipped' ORDER BY id DESC LIMIT 1")) {
            ps.setString(1, date.toString());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.<Long>empty();
            }
        }
    }

    @Override
    public void rememberOutfit(final LocalDate date, final double baseDressForC, final double dressForC) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    // Shown, not chosen: never touches an outfit the runner kept ("I'm wearing this"), whose items
                    // and temperatures are what the answer after the run is about.
                    "INSERT INTO outfit_shown (date, base_dress_for_c, dress_for_c, shown_at) VALUES (?, ?, ?, ?) "
                            + "ON CONFLICT (date) DO UPDATE SET base_dress_for_c = excluded.base_dress_for_c, "
                            + "dress_for_c = excluded.dress_for_c, shown_at = excluded.shown_at "
                            + "WHERE outfit_shown.items IS NULL OR outfit_shown.items = ''")) {
                ps.setString(1, date.toString());
                ps.setDouble(2, baseDressForC);
                ps.setDouble(3, dressForC);
                ps.setString(4, clock.instant().toString());
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public void rememberOutfit(final LocalDate date, final double baseDressForC, final double dressForC,
                               final List<String> itemIds) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO outfit_shown (date, base_dress_for_c, dress_for_c, shown_at, items) VALUES (?, ?, ?, ?, ?) "
                            + "ON CONFLICT (date) DO UPDATE SET base_dress_for_c = excluded.base_dress_for_c, "
                            + "dress_for_c = excluded.dress_for_c, shown_at = excluded.shown_at, items = excluded.items")) {
                ps.setString(1, date.toString());
                ps.setDouble(2, baseDressForC);
                ps.setDouble(3, dressForC);
                ps.setString(4, clock.instant().toString());
                ps.setString(5, String.join(",", itemIds));
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public List<String> keptItems(final LocalDate date) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT items FROM outfit_shown WHERE date = ?")) {
                ps.setString(1, date.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    final String items = rs.next() ? rs.getString(1) : null;
                    return items == null || items.isBlank() ? List.<String>of() : List.of(items.split(","));
                }
            }
        });
    }

    @Override
    public Optional<Double> shownBaseDressFor(final LocalDate date) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT base_dress_for_c FROM outfit_shown WHERE date = ?")) {
                ps.setString(1, date.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getDouble(1)) : Optional.<Double>empty();
                }
            }
        });
    }
}
