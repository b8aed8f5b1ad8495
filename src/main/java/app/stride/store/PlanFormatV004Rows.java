package app.stride.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.PreparedStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Migration V004's own copy of what it needs from the engine, frozen as it was when V004 shipped: the runner's
 * inputs read from the old JSON into plan_request, the fitness assessment (Fitness.assess, Vdot, the time-off tables)
 * into plan_fitness. Later engine changes must not change what an old migration writes, so nothing here calls the
 * plan package.
 */
final class PlanFormatV004Rows {

    private static final Map<String, Double> RACE_M = Map.of("1mi", 1609.344, "5k", 5000.0, "10k", 10000.0,
            "half", 21097.5, "marathon", 42195.0);
    private static final Set<String> GOALS = Set.of("time", "finish", "consistency");
    private static final List<String> DAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");
    private static final double[] C25K_LONGEST_MIN = {1, 1.5, 3, 5, 20, 25, 25, 28, 30};
    private static final double DEFAULT_EASY_SEC_PER_KM = 405;
    private static final double VDOT_MIN = 20;
    private static final double[][] TIME_OFF = {
        {5, 1.000, 1.000}, {7, 0.994, 0.997}, {14, 0.973, 0.986}, {21, 0.952, 0.976}, {28, 0.931, 0.965},
        {42, 0.889, 0.944}, {56, 0.847, 0.923}, {70, 0.805, 0.902}, {72, 0.800, 0.900},
    };

    private PlanFormatV004Rows() {
    }

    /** The runner's inputs as PlanJson.inputs wrote them up to V003. */
    record Inputs(String goal, Optional<String> distance, Optional<Long> targetMs, Optional<String> startDate,
                  Optional<String> raceDate, Optional<Integer> weeks, String days, Optional<String> longRunDay,
                  Optional<String> raceDistance, Optional<Long> raceMs, Optional<Double> weeklyM, Optional<Integer> runs,
                  Optional<Double> longestM, Optional<Integer> continuousMin, Optional<Integer> runS, Optional<Integer> walkS,
                  int daysOff, boolean crossTrained) {

        boolean isEmpty() {
            return raceMs.isEmpty() && weeklyM.isEmpty() && runs.isEmpty() && longestM.isEmpty() && continuousMin.isEmpty()
                    && runS.isEmpty();
        }
    }

    static Inputs inputs(final JsonNode n) {
        final String goal = n.path("goal").asText().trim().toLowerCase(Locale.ROOT);
        if (!GOALS.contains(goal)) {
            throw new IllegalArgumentException("goal");
        }
        final Set<Integer> days = new TreeSet<>();
        n.path("days").forEach(d -> {
            final int i = DAYS.indexOf(d.asText().trim());
            if (i < 0) {
                throw new IllegalArgumentException("unknown day " + d.asText());
            }
            days.add(i);
        });
        final Optional<String[]> race = text(n, "recentRace").map(s -> s.split("=", 2)).filter(p -> p.length == 2
                && code(p[0]).isPresent() && clockMs(p[1]).isPresent());
        final Optional<String[]> rw = text(n, "runWalk").filter(t -> t.trim().matches("\\d{1,4}/\\d{1,4}"))
                .map(t -> t.trim().split("/")).filter(p -> Integer.parseInt(p[0]) > 0 && Integer.parseInt(p[1]) > 0);
        return new Inputs(goal, text(n, "distance").flatMap(PlanFormatV004Rows::code), text(n, "targetTime").flatMap(PlanFormatV004Rows::clockMs),
                text(n, "startDate"), text(n, "raceDate"), integer(n, "weeks"),
                String.join(",", days.stream().map(DAYS::get).toList()),
                text(n, "longRunDay").map(d -> {
                    if (!DAYS.contains(d.trim())) {
                        throw new IllegalArgumentException("unknown day " + d);
                    }
                    return d.trim();
                }),
                race.map(p -> code(p[0]).orElseThrow()), race.flatMap(p -> clockMs(p[1])),
                number(n, "weeklyKm").map(x -> x * 1000), integer(n, "runsPerWeek"), number(n, "longestRunKm").map(x -> x * 1000),
                integer(n, "continuousMin"), rw.map(p -> Integer.parseInt(p[0])), rw.map(p -> Integer.parseInt(p[1])),
                n.path("daysOff").asInt(0), n.path("crossTrained").asBoolean(false));
    }

    static void insertRequest(final Connection c, final long planId, final Inputs r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO plan_request (plan_id, goal, distance, target_time_ms, "
                + "start_date, race_date, weeks, days, long_run_day, recent_race_distance, recent_race_time_ms, weekly_m, "
                + "runs_per_week, longest_run_m, continuous_min, run_walk_run_s, run_walk_walk_s, days_off, cross_trained) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, planId);
            ps.setString(2, r.goal());
            ps.setString(3, r.distance().orElse(null));
            set(ps, 4, r.targetMs(), Types.INTEGER);
            ps.setString(5, r.startDate().orElse(null));
            ps.setString(6, r.raceDate().orElse(null));
            set(ps, 7, r.weeks(), Types.INTEGER);
            ps.setString(8, r.days());
            ps.setString(9, r.longRunDay().orElse(null));
            ps.setString(10, r.raceDistance().orElse(null));
            set(ps, 11, r.raceMs(), Types.INTEGER);
            set(ps, 12, r.weeklyM(), Types.REAL);
            set(ps, 13, r.runs(), Types.INTEGER);
            set(ps, 14, r.longestM(), Types.REAL);
            set(ps, 15, r.continuousMin(), Types.INTEGER);
            set(ps, 16, r.runS(), Types.INTEGER);
            set(ps, 17, r.walkS(), Types.INTEGER);
            ps.setInt(18, r.daysOff());
            ps.setInt(19, r.crossTrained() ? 1 : 0);
            ps.executeUpdate();
        }
    }

    /** The fitness row, assessed from the inputs as Fitness.assess did when V004 shipped. */
    static void insertFitness(final Connection c, final long planId, final Inputs in) throws SQLException {
        final Optional<Double> vdot = in.raceMs().map(ms -> fromRace(RACE_M.get(in.raceDistance().orElseThrow()), ms)
                * timeOffFactor(in.daysOff(), in.crossTrained())).filter(v -> v >= VDOT_MIN);
        final boolean slowRace = in.raceMs().isPresent() && vdot.isEmpty();
        final double volumeFactor = volumeFactor(in.daysOff(), in.crossTrained());
        final boolean reentry = in.daysOff() >= 56 || (in.daysOff() >= 28 && !in.crossTrained());
        final boolean hasBase = in.weeklyM().map(w -> w * volumeFactor >= 5000).orElse(false);
        final boolean smallContinuous = in.continuousMin().map(m -> m < 30 && !(hasBase && m >= 10)).orElse(false);
        final double runWalkWeekly = in.weeklyM().orElse(in.runs().orElse(3) * 4000.0) * volumeFactor;
        if (in.runS().isPresent() && in.continuousMin().map(m -> m >= 10).orElse(true) && runWalkWeekly >= 3000) {
            final double weekly = runWalkWeekly;
            fitness(c, planId, vdot, "run-walk-by-choice", weekly, in.runs().orElse(3),
                    in.longestM().orElse(weekly * 0.35) * volumeFactor, 0, in.runS(), in.walkS(), false, false);
            return;
        }
        final boolean nothing = in.isEmpty();
        final boolean tinyVolume = in.weeklyM().map(w -> w * volumeFactor < 5000).orElse(false);
        final boolean walkingRace = slowRace && in.weeklyM().isEmpty() && in.continuousMin().isEmpty() && in.runs().isEmpty();
        if (nothing || smallContinuous || tinyVolume || walkingRace) {
            final int minutes = in.continuousMin().orElse(in.raceMs().map(ms -> (int) Math.min(20, ms / 60_000))
                    .orElse(in.weeklyM().map(w -> w > 0 ? 5 : 0).orElse(0)));
            int stage = 1;
            for (int i = 0; i < C25K_LONGEST_MIN.length; i++) {
                if (C25K_LONGEST_MIN[i] <= minutes) {
                    stage = i + 1;
                }
            }
            if (reentry) {
                stage = Math.max(1, stage - 2);
            }
            fitness(c, planId, vdot, "walk-run", 0, 0, 0, stage, Optional.empty(), Optional.empty(), false, nothing);
            return;
        }
        final int runs = in.runs().orElseGet(() -> in.weeklyM()
                .map(w -> (int) Math.max(3, Math.min(6, Math.round(w / 8000.0)))).orElse(3));
        final double easyPace = vdot.map(PlanFormatV004Rows::easyMidSecPerKm).orElse(DEFAULT_EASY_SEC_PER_KM);
        final int raceMin = in.raceMs().filter(r -> vdot.isPresent()).map(ms -> (int) (ms / 60_000)).orElse(30);
        final double estimated = runs * Math.min(45, in.continuousMin().orElse(Math.max(30, raceMin))) * 60 / easyPace * 1000;
        final double weekly = in.weeklyM().orElse(estimated) * volumeFactor;
        if (weekly < 5000) {
            fitness(c, planId, vdot, "walk-run", 0, 0, 0, reentry ? 3 : 5, Optional.empty(), Optional.empty(), false, false);
            return;
        }
        final double longest = in.longestM().map(m -> m * volumeFactor).orElse(Math.min(weekly * 0.35,
                in.continuousMin().map(m -> m * 60 / easyPace * 1000).orElse(Double.MAX_VALUE)));
        fitness(c, planId, vdot, "runner", weekly, runs, Math.max(longest, 0.9 * weekly / Math.max(1, runs)), 0,
                Optional.empty(), Optional.empty(), reentry, false);
    }

    private static void fitness(final Connection c, final long planId, final Optional<Double> vdot, final String level,
                                final double weekly, final int runs, final double longest, final int stage,
                                final Optional<Integer> runS, final Optional<Integer> walkS, final boolean reentry,
                                final boolean assumed) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO plan_fitness (plan_id, vdot, level, current_weekly_m, "
                + "current_runs, longest_run_m, c25k_stage, run_walk_run_s, run_walk_walk_s, reentry, assumed) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, planId);
            set(ps, 2, vdot, Types.REAL);
            ps.setString(3, level);
            ps.setDouble(4, weekly);
            ps.setInt(5, runs);
            ps.setDouble(6, longest);
            ps.setInt(7, stage);
            set(ps, 8, runS, Types.INTEGER);
            set(ps, 9, walkS, Types.INTEGER);
            ps.setInt(10, reentry ? 1 : 0);
            ps.setInt(11, assumed ? 1 : 0);
            ps.executeUpdate();
        }
    }

    /** Daniels–Gilbert VDOT of a race. */
    private static double fromRace(final double metres, final long ms) {
        final double minutes = ms / 60000.0;
        return oxygenCost(metres / minutes) / (0.8 + 0.1894393 * Math.exp(-0.012778 * minutes)
                + 0.2989558 * Math.exp(-0.1932605 * minutes));
    }

    private static double oxygenCost(final double v) {
        return -4.60 + 0.182258 * v + 0.000104 * v * v;
    }

    /** The middle of the easy band (64%–72% of VDOT), rounded to whole seconds at each end as the paces were. */
    private static double easyMidSecPerKm(final double vdot) {
        return (Math.round(secPerKmAt(vdot, 0.72)) + Math.round(secPerKmAt(vdot, 0.64))) / 2.0;
    }

    private static double secPerKmAt(final double vdot, final double fraction) {
        final double a = 0.000104;
        final double b = 0.182258;
        final double v = (-b + Math.sqrt(b * b + 4 * a * (4.60 + vdot * fraction))) / (2 * a);
        return 60000.0 / v;
    }

    private static double timeOffFactor(final int days, final boolean crossTrained) {
        final int col = crossTrained ? 2 : 1;
        if (days <= TIME_OFF[0][0]) {
            return 1.0;
        }
        for (int i = 1; i < TIME_OFF.length; i++) {
            if (days <= TIME_OFF[i][0]) {
                final double[] a = TIME_OFF[i - 1];
                final double[] b = TIME_OFF[i];
                return a[col] + (days - a[0]) / (b[0] - a[0]) * (b[col] - a[col]);
            }
        }
        return TIME_OFF[TIME_OFF.length - 1][col];
    }

    private static double volumeFactor(final int days, final boolean crossTrained) {
        final double[][] table = {{7, 1.0}, {14, 0.85}, {28, 0.65}, {42, 0.5}, {56, 0.45}, {84, 0.35}};
        double f = table[table.length - 1][1];
        if (days <= table[0][0]) {
            f = 1.0;
        } else {
            for (int i = 1; i < table.length; i++) {
                if (days <= table[i][0]) {
                    final double t = (days - table[i - 1][0]) / (table[i][0] - table[i - 1][0]);
                    f = table[i - 1][1] + t * (table[i][1] - table[i - 1][1]);
                    break;
                }
            }
        }
        return crossTrained ? 1 - (1 - f) * 0.6 : f;
    }

    /** A race distance code as V003 wrote it. */
    static Optional<String> code(final String text) {
        final String t = text.trim().toLowerCase(Locale.ROOT);
        return RACE_M.containsKey(t) ? Optional.of(t) : Optional.empty();
    }

    /** [H:]MM:SS in milliseconds, as RaceTime.parse read it. */
    static Optional<Long> clockMs(final String text) {
        final String t = text.trim();
        if (!t.matches("(\\d{1,2}:)?\\d{1,3}:\\d{2}")) {
            return Optional.empty();
        }
        final String[] p = t.split(":");
        final int h = p.length == 3 ? Integer.parseInt(p[0]) : 0;
        final int m = Integer.parseInt(p[p.length - 2]);
        final int sec = Integer.parseInt(p[p.length - 1]);
        if (sec > 59 || (p.length == 3 && m > 59)) {
            return Optional.empty();
        }
        final long s = h * 3600L + m * 60L + sec;
        return s == 0 ? Optional.empty() : Optional.of(s * 1000);
    }

    private static Optional<String> text(final JsonNode n, final String field) {
        return n.hasNonNull(field) ? Optional.of(n.get(field).asText()) : Optional.empty();
    }

    private static Optional<Double> number(final JsonNode n, final String field) {
        return n.hasNonNull(field) ? Optional.of(n.get(field).asDouble()) : Optional.empty();
    }

    private static Optional<Integer> integer(final JsonNode n, final String field) {
        return n.hasNonNull(field) ? Optional.of(n.get(field).asInt()) : Optional.empty();
    }

    static void set(final PreparedStatement ps, final int i, final Optional<? extends Number> v, final int type)
            throws SQLException {
        if (v.isEmpty()) {
            ps.setNull(i, type);
        } else if (type == Types.REAL) {
            ps.setDouble(i, v.get().doubleValue());
        } else {
            ps.setLong(i, v.get().longValue());
        }
    }
}
