package app.stride.store;

import app.stride.export.PlanJson;
import app.stride.plan.Goal;
import app.stride.plan.Plan;
import app.stride.plan.PlanRepository;
import app.stride.plan.Step;
import app.stride.plan.RunWalk;
import app.stride.plan.PaceRange;
import app.stride.plan.PlanWeek;
import app.stride.plan.Session;
import app.stride.plan.Phase;
import app.stride.plan.RaceDistance;
import app.stride.plan.RaceTime;
import app.stride.plan.TrainingPaces;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

/** Plans in the tables plan, plan_week and planned_session; the inputs also go to runner_profile.inputs_json. */
public final class SqlitePlanRepository implements PlanRepository {

    private final Database db;
    private final Clock clock;

    public SqlitePlanRepository(final Database db, final Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public long saveAsCurrent(final Plan plan) {
        final String now = Instant.now(clock).toString();
        final String inputs = PlanJson.write(PlanJson.inputs(plan.request()));
        final String planJson = PlanJson.write(PlanJson.toTree(plan));
        // Stored as the app shows them until plans are stored in their own format (issue 7, adapt).
        final String warnings = PlanJson.write(plan.warnings().stream().map(w -> app.stride.plan.PlanText.note(w,
                app.stride.settings.DistanceUnit.KM, app.stride.plan.PlanText.Surface.APP)).toList());
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE plan SET status = 'history', archived_at = ? WHERE status = 'current'")) {
                ps.setString(1, now);
                ps.executeUpdate();
            }
            final long planId;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO plan (status, goal, race_distance_m, race_date, "
                    + "target_time_s, start_date, weeks, inputs_json, plan_json, warnings_json, created_at) "
                    + "VALUES ('current', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, plan.request().goal().code());
                if (plan.request().distance().isPresent()) {
                    ps.setDouble(2, plan.request().distance().get().metres());
                } else {
                    ps.setNull(2, Types.REAL);
                }
                ps.setString(3, plan.raceDate().map(LocalDate::toString).orElse(null));
                if (plan.request().targetTime().isPresent()) {
                    ps.setLong(4, plan.request().targetTime().get().toSeconds());
                } else {
                    ps.setNull(4, Types.INTEGER);
                }
                ps.setString(5, plan.startDate().toString());
                ps.setInt(6, plan.weeks().size());
                ps.setString(7, inputs);
                ps.setString(8, planJson);
                ps.setString(9, warnings);
                ps.setString(10, now);
                ps.executeUpdate();
                planId = key(ps);
            }
            for (PlanWeek w : plan.weeks()) {
                final long weekId;
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO plan_week (plan_id, number, phase, planned_m) VALUES (?, ?, ?, ?)",
                        Statement.RETURN_GENERATED_KEYS)) {
                    ps.setLong(1, planId);
                    ps.setInt(2, w.number());
                    ps.setString(3, w.phase().code());
                    ps.setDouble(4, w.plannedM());
                    ps.executeUpdate();
                    weekId = key(ps);
                }
                insertSessions(c, weekId, w.sessions());
            }
            saveProfile(c, inputs, now);
            return planId;
        });
    }

    private static void insertSessions(final Connection c, final long weekId, final List<Session> sessions)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO planned_session (week_id, date, original_date, type, "
                + "distance_m, duration_s, pace_min_s_per_km, pace_max_s_per_km, effort, run_s, walk_s, steps_json, "
                + "description) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Session s : sessions) {
                ps.setLong(1, weekId);
                ps.setString(2, s.date().toString());
                ps.setString(3, s.date().toString());
                ps.setString(4, s.type().code());
                setDouble(ps, 5, s.distanceM());
                setInt(ps, 6, s.duration().map(d -> (int) d.toSeconds()));
                setInt(ps, 7, s.pace().map(p -> p.minSecPerKm()));
                setInt(ps, 8, s.pace().map(p -> p.maxSecPerKm()));
                ps.setString(9, s.effort().orElse(null));
                setInt(ps, 10, s.runWalk().map(r -> r.runSec()));
                setInt(ps, 11, s.runWalk().map(r -> r.walkSec()));
                ps.setString(12, PlanJson.steps(s));
                ps.setString(13, s.description());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void saveProfile(final Connection c, final String inputs, final String now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO runner_profile (id, inputs_json, updated_at) "
                + "VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET inputs_json = excluded.inputs_json, "
                + "updated_at = excluded.updated_at")) {
            ps.setString(1, inputs);
            ps.setString(2, now);
            ps.executeUpdate();
        }
    }

    @Override
    public Optional<SavedPlan> current() {
        return db.read(c -> {
            final long id;
            final Goal goal;
            final Optional<String> distance;
            final Optional<LocalDate> race;
            final LocalDate start;
            final int weeks;
            final List<String> warnings = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, goal, race_distance_m, race_date, start_date, weeks, "
                    + "warnings_json, inputs_json FROM plan WHERE status = 'current'"); ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                id = rs.getLong(1);
                goal = Goal.parse(rs.getString(2)).orElse(Goal.FINISH);
                race = Optional.ofNullable(rs.getString(4)).map(LocalDate::parse);
                start = LocalDate.parse(rs.getString(5));
                weeks = rs.getInt(6);
                try {
                    for (Object w : new ObjectMapper().readValue(rs.getString(7), List.class)) {
                        warnings.add(String.valueOf(w));
                    }
                    distance = Optional.ofNullable(new ObjectMapper().readTree(rs.getString(8)).get("distance"))
                            .map(n -> n.asText());
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new SQLException("damaged plan row " + id, e);
                }
            }
            final List<SavedSession> sessions = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT s.date, s.original_date, s.type, s.distance_m, "
                    + "s.duration_s, s.description, s.status, s.id, s.pace_min_s_per_km, s.pace_max_s_per_km, s.effort, "
                    + "s.run_s, s.walk_s, s.steps_json FROM planned_session s JOIN plan_week w ON s.week_id = w.id "
                    + "WHERE w.plan_id = ? ORDER BY s.original_date, s.id")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        final double dist = rs.getDouble(4);
                        final Optional<Double> d = rs.wasNull() ? Optional.empty() : Optional.of(dist);
                        final int dur = rs.getInt(5);
                        final Optional<Integer> t = rs.wasNull() ? Optional.empty() : Optional.of(dur);
                        final Optional<Integer> paceMin = optionalInt(rs, 9);
                        final Optional<Integer> paceMax = optionalInt(rs, 10);
                        final Optional<PaceRange> pace = paceMin.isPresent() && paceMax.isPresent()
                                ? Optional.of(new PaceRange(paceMin.get(), paceMax.get())) : Optional.empty();
                        final Optional<Integer> run = optionalInt(rs, 12);
                        final Optional<Integer> walk = optionalInt(rs, 13);
                        final Optional<RunWalk> runWalk = run.isPresent() && walk.isPresent()
                                ? Optional.of(new RunWalk(run.get(), walk.get())) : Optional.empty();
                        final List<Step> steps;
                        try {
                            steps = PlanJson.readSteps(rs.getString(14));
                        } catch (IllegalArgumentException e) {
                            throw new SQLException("damaged steps in session " + rs.getLong(8), e);
                        }
                        sessions.add(new SavedSession(rs.getLong(8), LocalDate.parse(rs.getString(1)),
                                LocalDate.parse(rs.getString(2)), rs.getString(3), d, t, pace,
                                Optional.ofNullable(rs.getString(11)), runWalk, steps, rs.getString(6), rs.getString(7)));
                    }
                }
            }
            return Optional.of(new SavedPlan(id, goal, distance, race, start, weeks, warnings, sessions));
        });
    }

    @Override
    public Optional<PlanOutline> currentOutline() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, target_time_s, plan_json FROM plan WHERE status = 'current'");
                 ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                final long target = rs.getLong(2);
                final Optional<Duration> targetTime = rs.wasNull() ? Optional.empty() : Optional.of(Duration.ofSeconds(target));
                try {
                    return Optional.of(outline(targetTime, new ObjectMapper().readTree(rs.getString(3))));
                } catch (com.fasterxml.jackson.core.JsonProcessingException | RuntimeException e) {
                    throw new SQLException("damaged plan row " + rs.getLong(1), e);
                }
            }
        });
    }

    /** Reads the outline back from plan_json, the plan as generated in its documented JSON shape. */
    private static PlanOutline outline(final Optional<Duration> targetTime, final JsonNode root) {
        final JsonNode p = root.path("paces");
        final Optional<TrainingPaces> paces = p.has("easy") ? Optional.of(new TrainingPaces(pace(p.get("easy")),
                pace(p.get("marathon")), pace(p.get("threshold")), pace(p.get("interval")), pace(p.get("repetition"))))
                : Optional.empty();
        final Optional<PaceRange> racePace = root.path("racePace").isObject()
                ? Optional.of(pace(root.get("racePace"))) : Optional.empty();
        final Map<RaceDistance, Duration> predicted = new EnumMap<>(RaceDistance.class);
        root.path("fitness").path("predicted").fields().forEachRemaining(e -> RaceDistance.parse(e.getKey())
                .ifPresent(d -> RaceTime.parse(e.getValue().asText()).ifPresent(t -> predicted.put(d, t))));
        final List<SavedWeek> weeks = new ArrayList<>();
        for (JsonNode w : root.path("weeks")) {
            final String code = w.path("phase").asText();
            final Phase phase = Arrays.stream(Phase.values()).filter(x -> x.code().equals(code)).findFirst().orElse(Phase.BASE);
            weeks.add(new SavedWeek(w.path("number").asInt(), LocalDate.parse(w.path("startDate").asText()), phase,
                    w.path("cutback").asBoolean(), w.path("plannedKm").asDouble() * 1000));
        }
        return new PlanOutline(targetTime, paces, racePace, predicted, weeks);
    }

    private static PaceRange pace(final JsonNode n) {
        return new PaceRange(n.get("minSecPerKm").asInt(), n.get("maxSecPerKm").asInt());
    }

    private static Optional<Integer> optionalInt(final ResultSet rs, final int column) throws SQLException {
        final int v = rs.getInt(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(v);
    }

    @Override
    public int historyCount() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM plan WHERE status = 'history'");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
    }

    /** The runner's remembered plan inputs (JSON), if a plan was ever saved. */
    public Optional<String> profileInputs() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT inputs_json FROM runner_profile WHERE id = 1");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        });
    }

    private static long key(final PreparedStatement ps) throws SQLException {
        try (ResultSet k = ps.getGeneratedKeys()) {
            if (!k.next()) {
                throw new SQLException("no id returned");
            }
            return k.getLong(1);
        }
    }

    private static void setDouble(final PreparedStatement ps, final int i, final Optional<Double> v) throws SQLException {
        if (v.isPresent()) {
            ps.setDouble(i, v.get());
        } else {
            ps.setNull(i, Types.REAL);
        }
    }

    private static void setInt(final PreparedStatement ps, final int i, final Optional<Integer> v) throws SQLException {
        if (v.isPresent()) {
            ps.setInt(i, v.get());
        } else {
            ps.setNull(i, Types.INTEGER);
        }
    }
}
