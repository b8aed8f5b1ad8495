package app.stride.store;

import app.stride.plan.SessionStatus;
import app.stride.plan.Fitness;
import app.stride.plan.FitnessInput;
import app.stride.plan.Goal;
import app.stride.plan.PaceRange;
import app.stride.plan.Phase;
import app.stride.plan.Plan;
import app.stride.plan.PlanMessage;
import app.stride.plan.PlanRepository.PlanOutline;
import app.stride.plan.PlanRepository.PlanVersion;
import app.stride.plan.PlanRepository.SavedSession;
import app.stride.plan.PlanRepository.SavedWeek;
import app.stride.plan.PlanRequest;
import app.stride.plan.PlanWeek;
import app.stride.plan.RaceDistance;
import app.stride.plan.RaceResult;
import app.stride.plan.RunWalk;
import app.stride.plan.Session;
import app.stride.plan.SessionBrief;
import app.stride.plan.SessionEffort;
import app.stride.plan.SessionType;
import app.stride.plan.Step;
import app.stride.plan.TimeRange;
import app.stride.plan.TrainingPaces;
import app.stride.plan.Vdot;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads a plan back from the store's own tables; the mirror of {@link PlanTables}. A damaged row is an SQLException. */
final class PlanTablesReader {

    private PlanTablesReader() {
    }

    /** The stored plan {@code planId} with its sessions as followed. */
    static Optional<PlanVersion> version(final Connection c, final long planId) throws SQLException {
        final LocalDate start;
        final LocalDate end;
        final Optional<LocalDate> race;
        final Optional<Long> previous;
        final boolean exact;
        final Optional<LocalDate> adaptedFrom;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT start_date, end_date, race_date, previous_id, exact, adapted_from FROM plan WHERE id = ?")) {
            ps.setLong(1, planId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                start = LocalDate.parse(rs.getString(1));
                end = LocalDate.parse(rs.getString(2));
                race = date(rs.getString(3));
                final long p = rs.getLong(4);
                previous = rs.wasNull() ? Optional.empty() : Optional.of(p);
                exact = rs.getInt(5) == 1;
                adaptedFrom = date(rs.getString(6));
            }
        }
        final Map<String, PaceRange> paces = paces(c, planId);
        final Optional<TrainingPaces> training = paces.containsKey("easy")
                ? Optional.of(new TrainingPaces(paces.get("easy"), paces.get("marathon"), paces.get("threshold"),
                        paces.get("interval"), paces.get("repetition")))
                : Optional.empty();
        final List<PlanWeek> weeks = new ArrayList<>();
        final List<SavedSession> saved = new ArrayList<>();
        for (WeekRow w : weekRows(c, planId)) {
            final List<Session> sessions = new ArrayList<>();
            for (SessionRow s : sessionRows(c, w.id)) {
                sessions.add(s.session);
                saved.add(s.saved);
            }
            weeks.add(new PlanWeek(w.number, w.start, w.phase, w.cutback, sessions));
        }
        final Plan plan = new Plan(request(c, planId), start, end, race, fitness(c, planId), training,
                Optional.ofNullable(paces.get("race")), raceTime(c, planId), predictions(c, planId), warnings(c, planId), weeks);
        return Optional.of(new PlanVersion(planId, plan, saved, previous, adaptedFrom, exact));
    }

    /** The outline as the plan screen reads it. */
    static PlanOutline outline(final Connection c, final long planId) throws SQLException {
        final PlanVersion v = version(c, planId).orElseThrow(() -> new SQLException("no plan " + planId));
        final List<SavedWeek> weeks = new ArrayList<>();
        for (WeekRow w : weekRows(c, planId)) {
            weeks.add(new SavedWeek(w.number, w.start, w.phase, w.cutback, w.plannedM));
        }
        return new PlanOutline(v.plan().request().targetTime(), v.plan().paces(), v.plan().racePace(),
                v.plan().predicted(), weeks, PlanAsMade.goal(c, planId, v.plan().request().goal()),
                PlanAsMade.raceWeekPaces(c, planId, v.plan().paces()));
    }

    static PlanRequest request(final Connection c, final long planId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT goal, distance, target_time_ms, start_date, race_date, weeks, "
                + "days, long_run_day, recent_race_distance, recent_race_time_ms, weekly_m, runs_per_week, longest_run_m, "
                + "continuous_min, run_walk_run_s, run_walk_walk_s, days_off, cross_trained, replan FROM plan_request WHERE plan_id = ?")) {
            ps.setLong(1, planId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("plan " + planId + " has no request");
                }
                final Goal goal = Goal.parse(rs.getString(1)).orElseThrow(() -> new SQLException("unknown goal"));
                final Optional<RaceDistance> distance = distance(rs.getString(2));
                final Optional<Duration> target = longOpt(rs, 3).map(Duration::ofMillis);
                final Optional<LocalDate> startDate = date(rs.getString(4));
                final Optional<LocalDate> raceDate = date(rs.getString(5));
                final Optional<Integer> weeks = intOpt(rs, 6);
                final Set<DayOfWeek> days = days(rs.getString(7));
                final Optional<DayOfWeek> longRunDay = Optional.ofNullable(rs.getString(8)).map(PlanTablesReader::day);
                final Optional<RaceDistance> raceDistance = distance(rs.getString(9));
                final Optional<Long> raceTime = longOpt(rs, 10);
                final Optional<RaceResult> recent = raceDistance.isPresent() && raceTime.isPresent()
                        ? Optional.of(new RaceResult(raceDistance.get(), Duration.ofMillis(raceTime.get()))) : Optional.empty();
                final FitnessInput f = new FitnessInput(recent, doubleOpt(rs, 11), intOpt(rs, 12), doubleOpt(rs, 13),
                        intOpt(rs, 14), runWalk(intOpt(rs, 15), intOpt(rs, 16)), rs.getInt(17), rs.getInt(18) == 1);
                return new PlanRequest(goal, distance, target, startDate, raceDate, weeks, days, longRunDay, f, rs.getInt(19) == 1);
            }
        }
    }

    static Fitness fitness(final Connection c, final long planId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT vdot, level, current_weekly_m, current_runs, longest_run_m, "
                + "c25k_stage, run_walk_run_s, run_walk_walk_s, reentry, assumed FROM plan_fitness WHERE plan_id = ?")) {
            ps.setLong(1, planId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("plan " + planId + " has no fitness");
                }
                final String level = rs.getString(2);
                final Fitness.Level l = Arrays.stream(Fitness.Level.values()).filter(x -> PlanTables.code(x).equals(level))
                        .findFirst().orElseThrow(() -> new SQLException("unknown level " + level));
                return new Fitness(doubleOpt(rs, 1).map(Vdot::new), l, rs.getDouble(3), rs.getInt(4), rs.getDouble(5),
                        rs.getInt(6), runWalk(intOpt(rs, 7), intOpt(rs, 8)), rs.getInt(9) == 1, rs.getInt(10) == 1);
            }
        }
    }

    private static Map<String, PaceRange> paces(final Connection c, final long planId) throws SQLException {
        return zones(c, planId, "SELECT zone, min_s_per_km, max_s_per_km FROM plan_pace WHERE plan_id = ?");
    }

    /** Pace zones by name, read by {@code sql} (zone, min and max s/km for one plan id): today's or the race week's. */
    static Map<String, PaceRange> zones(final Connection c, final long planId, final String sql) throws SQLException {
        final Map<String, PaceRange> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, planId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), new PaceRange(rs.getInt(2), rs.getInt(3)));
                }
            }
        }
        return out;
    }

    private static Map<RaceDistance, Duration> predictions(final Connection c, final long planId) throws SQLException {
        final Map<RaceDistance, Duration> out = new EnumMap<>(RaceDistance.class);
        try (PreparedStatement ps = c.prepareStatement("SELECT distance, time_ms FROM plan_prediction WHERE plan_id = ?")) {
            ps.setLong(1, planId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    final String code = rs.getString(1);
                    out.put(RaceDistance.parse(code).orElseThrow(() -> new SQLException("unknown distance " + code)),
                            Duration.ofMillis(rs.getLong(2)));
                }
            }
        }
        return out;
    }

    /** Codes with their arguments; a plan converted from the export JSON kept English text (shown as it is). */
    private static List<PlanMessage> warnings(final Connection c, final long planId) throws SQLException {
        final List<PlanMessage> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT text, code, args FROM plan_warning WHERE plan_id = ? ORDER BY position")) {
            ps.setLong(1, planId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    final String code = rs.getString(2);
                    try {
                        out.add(code == null ? PlanMessage.of("asWritten", rs.getString(1))
                                : new PlanMessage(code, PlanMessageCodec.decode(rs.getString(3))));
                    } catch (RuntimeException e) {
                        throw new SQLException("plan " + planId + " has a warning that cannot be read: " + e.getMessage(), e);
                    }
                }
            }
        }
        return out;
    }

    private static Optional<TimeRange> raceTime(final Connection c, final long planId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT race_time_fastest_ms, race_time_slowest_ms FROM plan WHERE id = ?")) {
            ps.setLong(1, planId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                final long fastest = rs.getLong(1);
                final boolean none = rs.wasNull();
                final long slowest = rs.getLong(2);
                return none || rs.wasNull() ? Optional.empty()
                        : Optional.of(new TimeRange(Duration.ofMillis(fastest), Duration.ofMillis(slowest)));
            }
        }
    }

    private record WeekRow(long id, int number, LocalDate start, Phase phase, boolean cutback, double plannedM) {
    }

    private static List<WeekRow> weekRows(final Connection c, final long planId) throws SQLException {
        final List<WeekRow> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, number, start_date, phase, cutback, planned_m FROM plan_week "
                + "WHERE plan_id = ? ORDER BY number")) {
            ps.setLong(1, planId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    final String code = rs.getString(4);
                    final Phase phase = Arrays.stream(Phase.values()).filter(p -> p.code().equals(code)).findFirst()
                            .orElseThrow(() -> new SQLException("unknown phase " + code));
                    out.add(new WeekRow(rs.getLong(1), rs.getInt(2), LocalDate.parse(rs.getString(3)), phase,
                            rs.getInt(5) == 1, rs.getDouble(6)));
                }
            }
        }
        return out;
    }

    private record SessionRow(Session session, SavedSession saved) {
    }

    private static List<SessionRow> sessionRows(final Connection c, final long weekId) throws SQLException {
        final List<SessionRow> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, date, original_date, type, distance_m, duration_ms, "
                + "pace_min_s_per_km, pace_max_s_per_km, effort, run_s, walk_s, description, status, load_total_m, "
                + "load_threshold_m, load_interval_m, load_repetition_m, description_code, description_args "
                + "FROM planned_session WHERE week_id = ? "
                + "ORDER BY original_date, id")) {
            ps.setLong(1, weekId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    final long id = rs.getLong(1);
                    final String code = rs.getString(4);
                    final SessionType type = SessionType.parse(code)
                            .orElseThrow(() -> new SQLException("unknown session type " + code + " in session " + id));
                    final Optional<Double> distance = doubleOpt(rs, 5);
                    final Optional<Duration> duration = longOpt(rs, 6).map(Duration::ofMillis);
                    final Optional<PaceRange> pace = pace(intOpt(rs, 7), intOpt(rs, 8));
                    final Optional<SessionEffort> effort = effort(rs.getString(9));
                    final Optional<RunWalk> runWalk = runWalk(intOpt(rs, 10), intOpt(rs, 11));
                    final String briefCode = rs.getString(18);
                    final SessionBrief description = briefCode == null ? SessionBrief.legacy(rs.getString(12))
                            : new SessionBrief(briefCode, PlanMessageCodec.decode(rs.getString(19)));
                    final LocalDate original = LocalDate.parse(rs.getString(3));
                    final List<Step> steps = steps(c, id);
                    final Session s = new Session(original, type, distance, duration, pace, effort, runWalk, steps,
                            description, new Session.Load(rs.getDouble(14), rs.getDouble(15), rs.getDouble(16), rs.getDouble(17)));
                    final SavedSession saved = new SavedSession(id, LocalDate.parse(rs.getString(2)), original, code, distance,
                            duration.map(d -> (int) Math.round(d.toMillis() / 1000.0)), pace, effort, runWalk, steps,
                            description, sessionStatus(rs.getString(13), id));
                    out.add(new SessionRow(s, saved));
                }
            }
        }
        return out;
    }

    /** A stored status code as the domain's status; one this build does not know is a damaged row, said as such. */
    private static SessionStatus sessionStatus(final String code, final long id) throws SQLException {
        final Optional<SessionStatus> s = SessionStatus.parse(code);
        if (s.isEmpty()) {
            throw new SQLException("unknown status " + code + " in session " + id);
        }
        return s.get();
    }

    /** The session's steps, repeat blocks holding theirs. */
    static List<Step> steps(final Connection c, final long sessionId) throws SQLException {
        final Map<Long, List<StepRow>> byParent = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, parent_id, kind, times, distance_m, duration_ms, "
                + "pace_min_s_per_km, pace_max_s_per_km, effort FROM planned_step WHERE session_id = ? ORDER BY parent_id, position")) {
            ps.setLong(1, sessionId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    final long parent = rs.getLong(2);
                    final Long key = rs.wasNull() ? 0L : parent;
                    final String code = rs.getString(3);
                    final Step.Kind kind = Arrays.stream(Step.Kind.values()).filter(k -> k.code().equals(code)).findFirst()
                            .orElseThrow(() -> new SQLException("unknown step kind " + code));
                    byParent.computeIfAbsent(key, k -> new ArrayList<>()).add(new StepRow(rs.getLong(1), new Step(kind,
                            doubleOpt(rs, 5), longOpt(rs, 6).map(Duration::ofMillis), pace(intOpt(rs, 7), intOpt(rs, 8)),
                            effort(rs.getString(9)), rs.getInt(4), List.of())));
                }
            }
        }
        return children(byParent, 0L);
    }

    /** A stored step (its inner steps not yet attached) and its row id. */
    private record StepRow(long id, Step step) {
    }

    private static List<Step> children(final Map<Long, List<StepRow>> byParent, final long parent) {
        final List<Step> out = new ArrayList<>();
        for (StepRow row : byParent.getOrDefault(parent, List.of())) {
            final Step s = row.step();
            out.add(new Step(s.kind(), s.distanceM(), s.duration(), s.pace(), s.effort(), s.times(),
                    children(byParent, row.id())));
        }
        return out;
    }

    /** An effort code as stored since V009 (V009 converted older rows; a code this build does not know is left out). */
    static Optional<SessionEffort> effort(final String code) {
        return code == null ? Optional.empty() : SessionEffort.parse(code);
    }

    static Optional<PaceRange> pace(final Optional<Integer> min, final Optional<Integer> max) {
        return min.isPresent() && max.isPresent() ? Optional.of(new PaceRange(min.get(), max.get())) : Optional.empty();
    }

    static Optional<RunWalk> runWalk(final Optional<Integer> run, final Optional<Integer> walk) {
        return run.isPresent() && walk.isPresent() ? Optional.of(new RunWalk(run.get(), walk.get())) : Optional.empty();
    }

    static Set<DayOfWeek> days(final String codes) {
        final Set<DayOfWeek> out = EnumSet.noneOf(DayOfWeek.class);
        if (codes != null && !codes.isBlank()) {
            for (String d : codes.split(",")) {
                out.add(day(d));
            }
        }
        return out;
    }

    static DayOfWeek day(final String code) {
        return Arrays.stream(DayOfWeek.values()).filter(d -> PlanTables.day(d).equals(code.trim())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown day " + code));
    }

    private static Optional<RaceDistance> distance(final String code) throws SQLException {
        if (code == null) {
            return Optional.empty();
        }
        return Optional.of(RaceDistance.parse(code).orElseThrow(() -> new SQLException("unknown distance " + code)));
    }

    static Optional<LocalDate> date(final String s) {
        return Optional.ofNullable(s).map(LocalDate::parse);
    }

    static Optional<Integer> intOpt(final ResultSet rs, final int col) throws SQLException {
        final int v = rs.getInt(col);
        return rs.wasNull() ? Optional.empty() : Optional.of(v);
    }

    static Optional<Long> longOpt(final ResultSet rs, final int col) throws SQLException {
        final long v = rs.getLong(col);
        return rs.wasNull() ? Optional.empty() : Optional.of(v);
    }

    static Optional<Double> doubleOpt(final ResultSet rs, final int col) throws SQLException {
        final double v = rs.getDouble(col);
        return rs.wasNull() ? Optional.empty() : Optional.of(v);
    }
}
