package app.stride.store;

import app.stride.plan.Fitness;
import app.stride.plan.FitnessInput;
import app.stride.plan.PaceRange;
import app.stride.plan.Plan;
import app.stride.plan.PlanMessage;
import app.stride.plan.PlanRequest;
import app.stride.plan.PlanWeek;
import app.stride.plan.RaceDistance;
import app.stride.plan.Session;
import app.stride.plan.SessionBrief;
import app.stride.plan.SessionEffort;
import app.stride.plan.Step;
import app.stride.plan.TrainingPaces;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a plan into the store's own tables (V004, ADR 0008): exact metres and milliseconds, enum codes. Each part
 * of the plan record has one method here and one in {@link PlanTablesReader}, so a new component is mapped in one
 * place each way.
 */
final class PlanTables {

    private PlanTables() {
    }

    /** Everything about the plan but its weeks: request, fitness, paces, predictions, warnings. */
    static void insertParts(final Connection c, final long planId, final Plan plan) throws SQLException {
        insertRequest(c, planId, plan.request());
        insertFitness(c, planId, plan.fitness());
        final List<Zone> paces = new ArrayList<>();
        plan.paces().ifPresent(p -> paces.addAll(zones(p)));
        plan.racePace().ifPresent(p -> paces.add(new Zone("race", p)));
        insertPaces(c, planId, paces);
        insertPredictions(c, planId, plan.predicted());
        insertMessages(c, planId, plan.warnings());
    }

    /** A row of plan_pace: the zone's code and its pace band. */
    record Zone(String code, PaceRange pace) {
    }

    static List<Zone> zones(final TrainingPaces p) {
        return List.of(new Zone("easy", p.easy()), new Zone("marathon", p.marathon()), new Zone("threshold", p.threshold()),
                new Zone("interval", p.interval()), new Zone("repetition", p.repetition()));
    }

    static void insertRequest(final Connection c, final long planId, final PlanRequest r) throws SQLException {
        final FitnessInput f = r.fitness();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO plan_request (plan_id, goal, distance, target_time_ms, "
                + "start_date, race_date, weeks, days, long_run_day, recent_race_distance, recent_race_time_ms, weekly_m, "
                + "runs_per_week, longest_run_m, continuous_min, run_walk_run_s, run_walk_walk_s, days_off, cross_trained) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, planId);
            ps.setString(2, r.goal().code());
            ps.setString(3, r.distance().map(RaceDistance::code).orElse(null));
            set(ps, 4, r.targetTime().map(Duration::toMillis), Types.INTEGER);
            ps.setString(5, r.startDate().map(LocalDate::toString).orElse(null));
            ps.setString(6, r.raceDate().map(LocalDate::toString).orElse(null));
            set(ps, 7, r.weeks(), Types.INTEGER);
            ps.setString(8, days(r.days()));
            ps.setString(9, r.longRunDay().map(PlanTables::day).orElse(null));
            ps.setString(10, f.recentRace().map(x -> x.distance().code()).orElse(null));
            set(ps, 11, f.recentRace().map(x -> x.time().toMillis()), Types.INTEGER);
            set(ps, 12, f.weeklyM(), Types.REAL);
            set(ps, 13, f.runsPerWeek(), Types.INTEGER);
            set(ps, 14, f.longestRunM(), Types.REAL);
            set(ps, 15, f.continuousMin(), Types.INTEGER);
            set(ps, 16, f.runWalk().map(x -> x.runSec()), Types.INTEGER);
            set(ps, 17, f.runWalk().map(x -> x.walkSec()), Types.INTEGER);
            ps.setInt(18, f.daysOff());
            ps.setInt(19, f.crossTrained() ? 1 : 0);
            ps.executeUpdate();
        }
    }

    static void insertFitness(final Connection c, final long planId, final Fitness f) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO plan_fitness (plan_id, vdot, level, current_weekly_m, "
                + "current_runs, longest_run_m, c25k_stage, run_walk_run_s, run_walk_walk_s, reentry, assumed) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, planId);
            set(ps, 2, f.vdot().map(v -> v.value()), Types.REAL);
            ps.setString(3, code(f.level()));
            ps.setDouble(4, f.currentWeeklyM());
            ps.setInt(5, f.currentRuns());
            ps.setDouble(6, f.longestRunM());
            ps.setInt(7, f.c25kStage());
            set(ps, 8, f.runWalk().map(x -> x.runSec()), Types.INTEGER);
            set(ps, 9, f.runWalk().map(x -> x.walkSec()), Types.INTEGER);
            ps.setInt(10, f.reentry() ? 1 : 0);
            ps.setInt(11, f.assumed() ? 1 : 0);
            ps.executeUpdate();
        }
    }

    static void insertPaces(final Connection c, final long planId, final List<Zone> zones) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO plan_pace (plan_id, zone, min_s_per_km, max_s_per_km) VALUES (?, ?, ?, ?)")) {
            for (Zone z : zones) {
                final PaceRange p = z.pace();
                ps.setLong(1, planId);
                ps.setString(2, z.code());
                ps.setInt(3, p.minSecPerKm());
                ps.setInt(4, p.maxSecPerKm());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    static void insertPredictions(final Connection c, final long planId, final Map<RaceDistance, Duration> predicted)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO plan_prediction (plan_id, distance, time_ms) VALUES (?, ?, ?)")) {
            for (Map.Entry<RaceDistance, Duration> e : predicted.entrySet()) {
                ps.setLong(1, planId);
                ps.setString(2, e.getKey().code());
                ps.setLong(3, e.getValue().toMillis());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Warnings as codes with their arguments in the store's own encoding (V008). */
    static void insertMessages(final Connection c, final long planId, final List<PlanMessage> warnings) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO plan_warning (plan_id, position, text, code, args) VALUES (?, ?, '', ?, ?)")) {
            for (int i = 0; i < warnings.size(); i++) {
                ps.setLong(1, planId);
                ps.setInt(2, i);
                ps.setString(3, warnings.get(i).code());
                ps.setString(4, PlanMessageCodec.encode(warnings.get(i).args()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Warnings as English text: only plans converted from the export JSON (V004), written before codes existed. */
    static void insertWarnings(final Connection c, final long planId, final List<String> warnings) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO plan_warning (plan_id, position, text) VALUES (?, ?, ?)")) {
            for (int i = 0; i < warnings.size(); i++) {
                ps.setLong(1, planId);
                ps.setInt(2, i);
                ps.setString(3, warnings.get(i));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Inserts the week and returns its id. */
    static long insertWeek(final Connection c, final long planId, final PlanWeek w) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO plan_week (plan_id, number, phase, planned_m, start_date, "
                + "cutback) VALUES (?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, planId);
            ps.setInt(2, w.number());
            ps.setString(3, w.phase().code());
            ps.setDouble(4, w.plannedM());
            ps.setString(5, w.start().toString());
            ps.setInt(6, w.cutback() ? 1 : 0);
            ps.executeUpdate();
            return Rows.key(ps);
        }
    }

    /** Inserts a session as planned on its own day, with its steps; returns its id. */
    static long insertSession(final Connection c, final long weekId, final Session s) throws SQLException {
        final long id;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO planned_session (week_id, date, original_date, type, "
                + "distance_m, duration_s, duration_ms, pace_min_s_per_km, pace_max_s_per_km, effort, run_s, walk_s, "
                + "description, load_total_m, load_threshold_m, load_interval_m, load_repetition_m, description_code, "
                + "description_args) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, weekId);
            ps.setString(2, s.date().toString());
            ps.setString(3, s.date().toString());
            ps.setString(4, s.type().code());
            set(ps, 5, s.distanceM(), Types.REAL);
            set(ps, 6, s.duration().map(d -> Math.round(d.toMillis() / 1000.0)), Types.INTEGER);
            set(ps, 7, s.duration().map(Duration::toMillis), Types.INTEGER);
            set(ps, 8, s.pace().map(PaceRange::minSecPerKm), Types.INTEGER);
            set(ps, 9, s.pace().map(PaceRange::maxSecPerKm), Types.INTEGER);
            ps.setString(10, s.effort().map(SessionEffort::code).orElse(null));
            set(ps, 11, s.runWalk().map(x -> x.runSec()), Types.INTEGER);
            set(ps, 12, s.runWalk().map(x -> x.walkSec()), Types.INTEGER);
            // The description as its code and arguments (V009); the text column holds an old plan's English only.
            ps.setString(13, s.description().legacyText().orElse(""));
            ps.setDouble(14, s.load().totalM());
            ps.setDouble(15, s.load().thresholdM());
            ps.setDouble(16, s.load().intervalM());
            ps.setDouble(17, s.load().repetitionM());
            final boolean legacy = s.description().legacyText().isPresent();
            ps.setString(18, legacy ? null : s.description().code());
            ps.setString(19, legacy ? null : PlanMessageCodec.encode(s.description().args()));
            ps.executeUpdate();
            id = Rows.key(ps);
        }
        insertSteps(c, id, Optional.empty(), s.steps());
        return id;
    }

    /**
     * Puts {@code s}'s content into stored session {@code id} of plan {@code planId} (its steps replaced); its days,
     * status and logged run stay.
     */
    static void replaceSession(final Connection c, final long planId, final long id, final Session s) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE planned_session SET type = ?, distance_m = ?, duration_s = ?, "
                + "duration_ms = ?, pace_min_s_per_km = ?, pace_max_s_per_km = ?, effort = ?, run_s = ?, walk_s = ?, "
                + "description = ?, load_total_m = ?, load_threshold_m = ?, load_interval_m = ?, load_repetition_m = ?, "
                + "description_code = ?, description_args = ? "
                + "WHERE id = ? AND week_id IN (SELECT id FROM plan_week WHERE plan_id = ?)")) {
            ps.setString(1, s.type().code());
            set(ps, 2, s.distanceM(), Types.REAL);
            set(ps, 3, s.duration().map(d -> Math.round(d.toMillis() / 1000.0)), Types.INTEGER);
            set(ps, 4, s.duration().map(Duration::toMillis), Types.INTEGER);
            set(ps, 5, s.pace().map(PaceRange::minSecPerKm), Types.INTEGER);
            set(ps, 6, s.pace().map(PaceRange::maxSecPerKm), Types.INTEGER);
            ps.setString(7, s.effort().map(SessionEffort::code).orElse(null));
            set(ps, 8, s.runWalk().map(x -> x.runSec()), Types.INTEGER);
            set(ps, 9, s.runWalk().map(x -> x.walkSec()), Types.INTEGER);
            // As insertSession: the brief as code and arguments, the text column only for an old plan's English.
            ps.setString(10, s.description().legacyText().orElse(""));
            ps.setDouble(11, s.load().totalM());
            ps.setDouble(12, s.load().thresholdM());
            ps.setDouble(13, s.load().intervalM());
            ps.setDouble(14, s.load().repetitionM());
            final boolean legacy = s.description().legacyText().isPresent();
            ps.setString(15, legacy ? null : s.description().code());
            ps.setString(16, legacy ? null : PlanMessageCodec.encode(s.description().args()));
            ps.setLong(17, id);
            ps.setLong(18, planId);
            if (ps.executeUpdate() != 1) {
                throw new IllegalStateException("session " + id + " is not in the current plan");
            }
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM planned_step WHERE session_id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
        insertSteps(c, id, Optional.empty(), s.steps());
    }

    static void insertSteps(final Connection c, final long sessionId, final Optional<Long> parent, final List<Step> steps)
            throws SQLException {
        for (int i = 0; i < steps.size(); i++) {
            final Step st = steps.get(i);
            final long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO planned_step (session_id, parent_id, position, kind, "
                    + "times, distance_m, duration_ms, pace_min_s_per_km, pace_max_s_per_km, effort) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, sessionId);
                set(ps, 2, parent, Types.INTEGER);
                ps.setInt(3, i);
                ps.setString(4, st.kind().code());
                ps.setInt(5, st.times());
                set(ps, 6, st.distanceM(), Types.REAL);
                set(ps, 7, st.duration().map(Duration::toMillis), Types.INTEGER);
                set(ps, 8, st.pace().map(PaceRange::minSecPerKm), Types.INTEGER);
                set(ps, 9, st.pace().map(PaceRange::maxSecPerKm), Types.INTEGER);
                ps.setString(10, st.effort().map(SessionEffort::code).orElse(null));
                ps.executeUpdate();
                id = Rows.key(ps);
            }
            insertSteps(c, sessionId, Optional.of(id), st.steps());
        }
    }

    static String days(final java.util.Set<DayOfWeek> days) {
        return String.join(",", days.stream().sorted().map(PlanTables::day).toList());
    }

    static String day(final DayOfWeek d) {
        return d.name().substring(0, 3).toLowerCase(Locale.ROOT);
    }

    static String code(final Fitness.Level level) {
        return level.name().toLowerCase(Locale.ROOT).replace('_', '-');
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
