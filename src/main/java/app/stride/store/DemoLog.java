package app.stride.store;

import app.stride.outfit.FeedbackAnswer;
import app.stride.outfit.LearnedBand;
import app.stride.outfit.OutfitLearning;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Fills a demo data folder's log (for benchmarks and screenshots): the planned sessions before {@code end} ticked off
 * or skipped, runs between plans, notes, shoes, outfit answers and what they taught. One transaction; deterministic
 * from the seed. Plans themselves are saved through {@link SqlitePlanRepository} beforehand.
 */
public final class DemoLog {

    private static final String[] NOTES = {
        "Felt easy, could have gone on.", "Legs heavy after yesterday; kept it gentle.", "Windy along the river.",
        "Rain for the last 2 km, loved it.", "Hills felt better than last week.", "Hot and humid: walked twice.",
        "New route through the park.", "Ran with Sam, chatty pace.", "Slight niggle in the left calf, watch it.",
        "Strong finish, negative split.", "Dark and cold, head torch on.", "Too fast at the start again.", "",
    };

    private DemoLog() {
    }

    /** What was written. */
    public record Summary(int runs, int shoes, int answers) {
    }

    /** Writes the log up to (not including) {@code end}, aiming at {@code runsPerYear} runs a year. */
    public static Summary fill(final Database db, final long seed, final LocalDate start, final LocalDate end, final int runsPerYear) {
        final Random r = new Random(seed);
        return db.inTransaction(c -> {
            final List<long[]> shoes = new ArrayList<>(); // {id, startEpochDay}
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO shoe (name, brand, model, started_on, initial_m, retire_at_m, retired_on) "
                    + "VALUES (?, ?, ?, ?, 0, 700000, ?)", Statement.RETURN_GENERATED_KEYS)) {
                final String[] models = {"Pegasus", "Ghost", "Clifton", "Novablast", "Kinvara", "Ride"};
                int n = 0;
                for (LocalDate d = start; d.isBefore(end); d = d.plusMonths(9)) {
                    final LocalDate next = d.plusMonths(9);
                    ps.setString(1, models[n % models.length] + " " + (n / models.length + 1));
                    ps.setString(2, "Brand");
                    ps.setString(3, models[n % models.length]);
                    ps.setString(4, d.toString());
                    ps.setString(5, next.isBefore(end) ? next.toString() : null);
                    ps.executeUpdate();
                    shoes.add(new long[] {Rows.key(ps), d.toEpochDay()});
                    n++;
                }
            }
            // planned sessions before the end: most done, some skipped
            final List<Object[]> planned = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, date, type, distance_m, duration_s FROM planned_session WHERE date < ? ORDER BY date");) {
                ps.setString(1, end.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        planned.add(new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4), rs.getObject(5)});
                    }
                }
            }
            final java.util.Set<String> runDays = new java.util.HashSet<>();
            int runs = 0;
            try (PreparedStatement status = c.prepareStatement("UPDATE planned_session SET status = ? WHERE id = ?");
                 PreparedStatement log = insertRun(c)) {
                for (Object[] p : planned) {
                    if (r.nextInt(100) < 12) {
                        status.setString(1, app.stride.plan.SessionStatus.SKIPPED.code());
                        status.setLong(2, (Long) p[0]);
                        status.executeUpdate();
                        continue;
                    }
                    status.setString(1, app.stride.plan.SessionStatus.DONE.code());
                    status.setLong(2, (Long) p[0]);
                    status.executeUpdate();
                    final double planM = p[3] == null ? 4000 + r.nextInt(4000) : ((Number) p[3]).doubleValue();
                    addRun(log, r, (Long) p[0], LocalDate.parse((String) p[1]), (String) p[2], planM * (0.9 + r.nextDouble() * 0.2), shoes);
                    runDays.add((String) p[1]);
                    runs++;
                }
                // runs between plans and extra easy runs, up to the yearly aim
                final long days = end.toEpochDay() - start.toEpochDay();
                final int target = (int) (runsPerYear * days / 365);
                for (int tries = 0; runs < target && tries < target * 4; tries++) {
                    final LocalDate d = start.plusDays(r.nextInt((int) days));
                    if (runDays.add(d.toString())) {
                        addRun(log, r, null, d, "easy", 3000 + r.nextInt(9000), shoes);
                        runs++;
                    }
                }
            }
            final int answers = answers(c, r);
            return new Summary(runs, shoes.size(), answers);
        });
    }

    private static PreparedStatement insertRun(final Connection c) throws SQLException {
        return c.prepareStatement("INSERT INTO logged_session (planned_session_id, date, type, distance_m, duration_s, effort_rpe, "
                + "feel, notes, shoe_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }

    private static void addRun(final PreparedStatement ps, final Random r, final Long planned, final LocalDate date, final String type,
                               final double metres, final List<long[]> shoes) throws SQLException {
        if (planned == null) {
            ps.setNull(1, Types.INTEGER);
        } else {
            ps.setLong(1, planned);
        }
        ps.setString(2, date.toString());
        ps.setString(3, type);
        ps.setDouble(4, Math.round(metres));
        ps.setInt(5, (int) (metres / 1000 * (330 + r.nextInt(90))));
        ps.setInt(6, 2 + r.nextInt(7));
        ps.setInt(7, 1 + r.nextInt(5));
        final String note = NOTES[r.nextInt(NOTES.length)];
        ps.setString(8, note.isEmpty() ? null : note);
        long shoe = shoes.get(0)[0];
        for (long[] s : shoes) {
            if (s[1] <= date.toEpochDay()) {
                shoe = s[0];
            }
        }
        ps.setLong(9, shoe);
        ps.setString(10, date.atTime(8, 0).toString() + ":00Z");
        ps.executeUpdate();
    }

    /** One answer on about every fifth run, and the bands they teach (through the outfit rules themselves). */
    private static int answers(final Connection c, final Random r) throws SQLException {
        final List<Object[]> runs = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id, date FROM logged_session ORDER BY date, id")) {
            while (rs.next()) {
                if (r.nextInt(5) == 0) {
                    runs.add(new Object[] {rs.getLong(1), rs.getString(2)});
                }
            }
        }
        final Map<Integer, LearnedBand> bands = new TreeMap<>();
        final java.util.Set<String> answered = new java.util.HashSet<>();
        int n = 0;
        try (PreparedStatement fb = c.prepareStatement("INSERT INTO outfit_feedback (logged_session_id, date, dress_for_c, answer, "
                + "created_at, applied_c, counted) VALUES (?, ?, ?, ?, ?, ?, 1)");
             PreparedStatement mark = c.prepareStatement("UPDATE logged_session SET outfit_feedback = ? WHERE id = ?")) {
            for (Object[] run : runs) {
                if (!answered.add((String) run[1])) {
                    continue; // one answer per day
                }
                final LocalDate d = LocalDate.parse((String) run[1]);
                // a seasonal temperature: cold in January, warm in July
                final double c0 = 11 - 10 * Math.cos(2 * Math.PI * (d.getDayOfYear() - 15) / 365.0) + r.nextGaussian() * 4;
                final double base = Math.max(-20, Math.min(35, Math.round(c0 * 2) / 2.0));
                final FeedbackAnswer a = r.nextInt(10) < 6 ? FeedbackAnswer.OK : base < 8 ? FeedbackAnswer.TOO_COLD : FeedbackAnswer.TOO_WARM;
                final int bandC = OutfitLearning.bandOf(base);
                final LearnedBand before = bands.getOrDefault(bandC, LearnedBand.empty(bandC));
                final LearnedBand after = OutfitLearning.answer(before, a);
                bands.put(bandC, after);
                fb.setLong(1, (Long) run[0]);
                fb.setString(2, d.toString());
                fb.setDouble(3, base);
                fb.setString(4, a.code());
                fb.setString(5, d.atTime(9, 0).toString() + ":00Z");
                fb.setDouble(6, after.offsetC() - before.offsetC());
                fb.executeUpdate();
                mark.setString(1, a.code());
                mark.setLong(2, (Long) run[0]);
                mark.executeUpdate();
                n++;
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO outfit_offset (band_c, offset_c, answers, updated_at, too_cold, ok, too_warm) "
                + "VALUES (?, ?, ?, '2026-01-01T00:00:00Z', ?, ?, ?)")) {
            for (LearnedBand b : bands.values()) {
                ps.setInt(1, b.bandC());
                ps.setDouble(2, b.offsetC());
                ps.setInt(3, b.answers());
                ps.setInt(4, b.tooCold());
                ps.setInt(5, b.ok());
                ps.setInt(6, b.tooWarm());
                ps.executeUpdate();
            }
        }
        return n;
    }
}
