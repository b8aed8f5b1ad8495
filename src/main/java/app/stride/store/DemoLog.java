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

    /**
     * Notes with the efforts (RPE, inclusive) and feels (score, 1 bad to 5 great) they can be written after, so a demo
     * run never says "Effort 8/10" next to "Felt easy".
     */
    private record Note(String text, int minRpe, int maxRpe, int minFeel, int maxFeel, int fromMonth, int toMonth) {
        Note(final String text, final int minRpe, final int maxRpe, final int minFeel, final int maxFeel) {
            this(text, minRpe, maxRpe, minFeel, maxFeel, 1, 12);
        }

        boolean fits(final int rpe, final int feel, final LocalDate day) {
            final int m = day.getMonthValue();
            final boolean season = fromMonth <= toMonth ? m >= fromMonth && m <= toMonth : m >= fromMonth || m <= toMonth;
            return season && rpe >= minRpe && rpe <= maxRpe && feel >= minFeel && feel <= maxFeel;
        }
    }

    private static final List<Note> NOTES = List.of(
        new Note("Felt easy, could have gone on.", 1, 4, 4, 5),
        new Note("Legs heavy after yesterday; kept it gentle.", 2, 5, 1, 3),
        new Note("Windy along the river.", 1, 10, 1, 5),
        new Note("Rain for the last 2 km, loved it.", 1, 10, 4, 5),
        new Note("Hills felt better than last week.", 3, 9, 4, 5),
        new Note("Hot and humid: walked twice.", 4, 9, 1, 3, 6, 8),
        new Note("New route through the park.", 1, 10, 3, 5),
        new Note("Ran with Sam, chatty pace.", 1, 4, 3, 5),
        new Note("Slight niggle in the left calf, watch it.", 1, 10, 1, 3),
        new Note("Strong finish, negative split.", 5, 9, 4, 5),
        new Note("Dark and cold, head torch on.", 1, 10, 2, 5, 11, 2),
        new Note("Too fast at the start again.", 6, 10, 1, 3),
        new Note("", 1, 10, 1, 5));

    private DemoLog() {
    }

    /** What was written. */
    public record Summary(int runs, int shoes, int answers) {
    }

    /** Writes the log up to (not including) {@code end}, aiming at {@code runsPerYear} runs a year. */
    public static Summary fill(final Database db, final long seed, final LocalDate start, final LocalDate end, final int runsPerYear) {
        final Random r = new Random(seed);
        return db.inTransaction(c -> {
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
                    final String type = (String) p[2];
                    // A race is run over its whole distance (a watch reads a little over); other runs land near the plan.
                    final double ran = type.equals("race") ? planM * (1.0 + r.nextDouble() * 0.015) : planM * (0.92 + r.nextDouble() * 0.13);
                    addRun(log, r, (Long) p[0], LocalDate.parse((String) p[1]), type, ran);
                    runDays.add((String) p[1]);
                    runs++;
                }
                // runs between plans and extra easy runs, up to the yearly aim
                final long days = end.toEpochDay() - start.toEpochDay();
                final int target = (int) (runsPerYear * days / 365);
                for (int tries = 0; runs < target && tries < target * 4; tries++) {
                    final LocalDate d = start.plusDays(r.nextInt((int) days));
                    if (runDays.add(d.toString())) {
                        addRun(log, r, null, d, "easy", 4000 + r.nextInt(4000));
                        runs++;
                    }
                }
            }
            final int shoes = shoes(c, r);
            final int answers = answers(c, r);
            return new Summary(runs, shoes, answers);
        });
    }

    private static PreparedStatement insertRun(final Connection c) throws SQLException {
        return c.prepareStatement("INSERT INTO logged_session (planned_session_id, date, type, distance_m, duration_s, effort_rpe, "
                + "feel, notes, shoe_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }

    private static void addRun(final PreparedStatement ps, final Random r, final Long planned, final LocalDate date, final String type,
                               final double metres) throws SQLException {
        if (planned == null) {
            ps.setNull(1, Types.INTEGER);
        } else {
            ps.setLong(1, planned);
        }
        ps.setString(2, date.toString());
        ps.setString(3, type);
        ps.setDouble(4, Math.round(metres));
        ps.setInt(5, (int) Math.round(metres / 1000 * pace(type, r)));
        final int rpe = effort(type, r);
        final int feel = feel(rpe, r);
        ps.setInt(6, rpe);
        ps.setInt(7, feel);
        final List<Note> fitting = NOTES.stream().filter(n -> n.fits(rpe, feel, date)).toList();
        final String note = fitting.get(r.nextInt(fitting.size())).text();
        ps.setString(8, note.isEmpty() ? null : note);
        ps.setNull(9, Types.INTEGER); // set by shoes(), in date order, by the pair's mileage
        ps.setString(10, date.atTime(8, 0).toString() + ":00Z");
        ps.executeUpdate();
    }

    /** Models runners buy, with a plausible version number: {brand, model, first version}. */
    private static final String[][] MODELS = {{"Nike", "Pegasus", "38"}, {"Brooks", "Ghost", "14"}, {"Hoka", "Clifton", "8"},
        {"Asics", "Novablast", "2"}, {"Saucony", "Ride", "15"}, {"Saucony", "Kinvara", "13"}};

    /**
     * Puts every run on a pair of shoes in date order: a pair is retired once it has run its 700-800 km and the next
     * one (a newer version of a model, or another model) takes over the next day. Returns how many pairs.
     */
    private static int shoes(final Connection c, final Random r) throws SQLException {
        final List<Object[]> runs = new ArrayList<>(); // {id, date, metres}
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id, date, distance_m FROM logged_session ORDER BY date, id")) {
            while (rs.next()) {
                runs.add(new Object[] {rs.getLong(1), rs.getString(2), rs.getDouble(3)});
            }
        }
        if (runs.isEmpty()) {
            return 0;
        }
        try (PreparedStatement add = c.prepareStatement("INSERT INTO shoe (name, brand, model, started_on, initial_m, retire_at_m, retired_on) "
                + "VALUES (?, ?, ?, ?, 0, ?, NULL)", Statement.RETURN_GENERATED_KEYS);
             PreparedStatement retire = c.prepareStatement("UPDATE shoe SET retired_on = ? WHERE id = ?");
             PreparedStatement wear = c.prepareStatement("UPDATE logged_session SET shoe_id = ? WHERE id = ?")) {
            int pairs = 0;
            long shoe = -1;
            double worn = 0;
            double limit = 0;
            for (Object[] run : runs) {
                if (shoe < 0 || worn + (Double) run[2] > limit) {
                    if (shoe >= 0) {
                        retire.setString(1, LocalDate.parse((String) run[1]).minusDays(1).toString());
                        retire.setLong(2, shoe);
                        retire.executeUpdate();
                    }
                    final String[] m = MODELS[pairs % MODELS.length];
                    final String version = Integer.toString(Integer.parseInt(m[2]) + pairs / MODELS.length);
                    add.setString(1, m[1] + " " + version);
                    add.setString(2, m[0]);
                    add.setString(3, m[1]);
                    add.setString(4, (String) run[1]);
                    add.setDouble(5, 700_000 + 50_000 * (pairs % 3));
                    add.executeUpdate();
                    shoe = Rows.key(add);
                    limit = 700_000 + r.nextInt(100_000);
                    worn = 0;
                    pairs++;
                }
                worn += (Double) run[2];
                wear.setLong(1, shoe);
                wear.setLong(2, (Long) run[0]);
                wear.executeUpdate();
            }
            return pairs;
        }
    }

    /**
     * Seconds per km for this kind of run, around an easy pace of 6:00-6:30: recovery slowest, a long run a touch slower
     * than easy, tempo and intervals (their average, recoveries included) faster, a race fastest.
     */
    static int pace(final String type, final Random r) {
        final int easy = 360 + r.nextInt(30);
        return switch (type) {
            case "recovery" -> easy + 25;
            case "long" -> easy + 10;
            case "tempo" -> easy - 55;
            case "intervals", "repetitions", "hills", "race-pace" -> easy - 35;
            case "race", "time-trial" -> easy - 75;
            default -> easy;
        };
    }

    /** An effort (RPE 1-10) a runner gives this kind of session: easy days 2-4, a long run 4-6, quality 6-8, a race 8-9. */
    static int effort(final String type, final Random r) {
        return switch (type) {
            case "easy", "recovery", "run-walk", "strides", "cross-training" -> 2 + r.nextInt(3);
            case "long" -> 4 + r.nextInt(3);
            case "race", "time-trial" -> 8 + r.nextInt(2);
            default -> 6 + r.nextInt(3);
        };
    }

    /**
     * How the run felt (score 1 bad to 5 great), leaning on the effort: an easy effort mostly feels good or great, a
     * hard one good or ok; now and then a run just feels tired or bad, whatever the effort.
     */
    static int feel(final int rpe, final Random r) {
        final int roll = r.nextInt(20);
        if (roll == 0) {
            return 1;
        }
        if (roll <= 2) {
            return 2;
        }
        final int best = rpe <= 4 ? 5 : 4;
        return roll <= 6 ? 3 : roll <= 13 ? best - 1 : best;
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
