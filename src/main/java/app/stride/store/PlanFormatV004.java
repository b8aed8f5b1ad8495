package app.stride.store;

import app.stride.plan.Fitness;
import app.stride.plan.FitnessInput;
import app.stride.plan.Goal;
import app.stride.plan.PaceRange;
import app.stride.plan.PlanRequest;
import app.stride.plan.RaceDistance;
import app.stride.plan.RaceResult;
import app.stride.plan.RaceTime;
import app.stride.plan.RunWalk;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Migration V004's Java part: converts plans stored up to V003 (export JSON in plan.plan_json, plan.inputs_json,
 * plan.warnings_json and planned_session.steps_json) into the store's own tables, then drops those columns. It reads
 * the old JSON itself, so later changes to the export format cannot break it. What the JSON lost stays lost: step
 * distances to 0.1 km, predicted times to the second, weekly inputs to 0.1 km; such plans are marked {@code exact = 0}.
 */
final class PlanFormatV004 {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Step kinds as the export JSON wrote them in V003. */
    private static final Set<String> STEP_KINDS = Set.of("warmup", "run", "walk", "work", "recovery", "cooldown", "repeat");
    /** Pace used to count a timed session's metres when the plan has no easy pace (the engine's planning pace). */
    private static final double PLANNING_EASY_SEC_PER_KM = 405;

    private PlanFormatV004() {
    }

    /** A plan row's JSON columns as V003 left them. */
    private record OldPlan(long id, String inputs, String plan, String warnings) {
    }

    /** A session's steps_json as V003 left it. */
    private record OldSteps(long sessionId, String json) {
    }

    /** Converts every stored plan, current and history, then drops the JSON columns. */
    static Void convert(final Connection c) throws SQLException {
        final List<OldPlan> plans = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, inputs_json, plan_json, warnings_json FROM plan ORDER BY id")) {
            while (rs.next()) {
                plans.add(new OldPlan(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
            }
        }
        for (OldPlan p : plans) {
            final long id = p.id();
            try {
                convertPlan(c, id, JSON.readTree(p.inputs()), JSON.readTree(p.plan()), JSON.readTree(p.warnings()));
            } catch (JsonProcessingException | RuntimeException e) {
                throw new SQLException("plan " + id + " cannot be converted: " + e.getMessage(), e);
            }
        }
        try (Statement st = c.createStatement()) {
            // A plan whose JSON lacked a week or the end date gets them from the calendar rule (PlanDates).
            st.execute("UPDATE plan_week SET start_date = date((SELECT p.start_date FROM plan p WHERE p.id = plan_week.plan_id), "
                    + "'+' || (7 * (number - 1)) || ' days') WHERE start_date IS NULL OR start_date = ''");
            st.execute("UPDATE plan SET end_date = COALESCE(race_date, date(start_date, '+' || (7 * weeks - 1) || ' days')) "
                    + "WHERE end_date IS NULL OR end_date = ''");
            st.execute("UPDATE plan SET exact = 0");
            st.execute("ALTER TABLE plan DROP COLUMN plan_json");
            st.execute("ALTER TABLE plan DROP COLUMN inputs_json");
            st.execute("ALTER TABLE plan DROP COLUMN warnings_json");
            st.execute("ALTER TABLE planned_session DROP COLUMN steps_json");
        }
        return null;
    }

    private static void convertPlan(final Connection c, final long id, final JsonNode inputs, final JsonNode plan,
                                    final JsonNode warnings) throws SQLException {
        final PlanRequest request = request(inputs);
        PlanTables.insertRequest(c, id, request);
        PlanTables.insertFitness(c, id, Fitness.assess(request.fitness()));
        final List<PlanTables.Zone> paces = new ArrayList<>();
        plan.path("paces").fields().forEachRemaining(e -> paces.add(new PlanTables.Zone(e.getKey(), pace(e.getValue()))));
        if (plan.path("racePace").isObject()) {
            paces.add(new PlanTables.Zone("race", pace(plan.get("racePace"))));
        }
        PlanTables.insertPaces(c, id, paces);
        final Map<RaceDistance, Duration> predicted = new EnumMap<>(RaceDistance.class);
        plan.path("fitness").path("predicted").fields().forEachRemaining(e -> RaceDistance.parse(e.getKey())
                .ifPresent(d -> RaceTime.parse(e.getValue().asText()).ifPresent(t -> predicted.put(d, t))));
        PlanTables.insertPredictions(c, id, predicted);
        final List<String> texts = new ArrayList<>();
        warnings.forEach(w -> texts.add(w.asText()));
        PlanTables.insertWarnings(c, id, texts);
        try (PreparedStatement ps = c.prepareStatement("UPDATE plan SET end_date = ? WHERE id = ?")) {
            ps.setString(1, plan.hasNonNull("endDate") ? plan.get("endDate").asText() : null);
            ps.setLong(2, id);
            ps.executeUpdate();
        }
        for (JsonNode w : plan.path("weeks")) {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE plan_week SET start_date = ?, cutback = ? WHERE plan_id = ? AND number = ?")) {
                ps.setString(1, w.path("startDate").asText());
                ps.setInt(2, w.path("cutback").asBoolean() ? 1 : 0);
                ps.setLong(3, id);
                ps.setInt(4, w.path("number").asInt());
                ps.executeUpdate();
            }
        }
        final double easy = paces.stream().filter(z -> z.code().equals("easy")).map(z -> z.pace().midSecPerKm())
                .findFirst().orElse(PLANNING_EASY_SEC_PER_KM);
        convertSessions(c, id, easy);
    }

    private static void convertSessions(final Connection c, final long planId, final double easySecPerKm) throws SQLException {
        final List<OldSteps> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT s.id, s.steps_json FROM planned_session s "
                + "JOIN plan_week w ON s.week_id = w.id WHERE w.plan_id = ?")) {
            ps.setLong(1, planId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new OldSteps(rs.getLong(1), rs.getString(2)));
                }
            }
        }
        // Loads were never stored: the whole session counts as easy metres (its distance, or its time at easy pace).
        try (PreparedStatement ps = c.prepareStatement("UPDATE planned_session SET duration_ms = duration_s * 1000, "
                + "load_total_m = COALESCE(distance_m, duration_s / ? * 1000.0, 0) WHERE week_id IN "
                + "(SELECT id FROM plan_week WHERE plan_id = ?)")) {
            ps.setDouble(1, easySecPerKm);
            ps.setLong(2, planId);
            ps.executeUpdate();
        }
        for (OldSteps r : rows) {
            final List<OldStep> steps = new ArrayList<>();
            try {
                final String text = r.json();
                if (text != null && !text.isBlank()) {
                    for (JsonNode n : JSON.readTree(text)) {
                        steps.add(step(n));
                    }
                }
            } catch (JsonProcessingException e) {
                throw new SQLException("damaged steps in session " + r.sessionId(), e);
            }
            insertSteps(c, r.sessionId(), Optional.empty(), steps);
        }
    }

    /** A step as V004 stored it: its effort still the English words the export JSON held (V009 turns them into codes). */
    private record OldStep(String kind, Optional<Double> distanceM, Optional<Duration> duration, Optional<PaceRange> pace,
                           Optional<String> effort, int times, List<OldStep> steps) {
    }

    /** planned_step rows as V004 wrote them (its own copy: later changes to PlanTables cannot alter this migration). */
    private static void insertSteps(final Connection c, final long sessionId, final Optional<Long> parent,
                                    final List<OldStep> steps) throws SQLException {
        for (int i = 0; i < steps.size(); i++) {
            final OldStep st = steps.get(i);
            final long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO planned_step (session_id, parent_id, position, kind, "
                    + "times, distance_m, duration_ms, pace_min_s_per_km, pace_max_s_per_km, effort) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, sessionId);
                PlanTables.set(ps, 2, parent, java.sql.Types.INTEGER);
                ps.setInt(3, i);
                ps.setString(4, st.kind());
                ps.setInt(5, st.times());
                PlanTables.set(ps, 6, st.distanceM(), java.sql.Types.REAL);
                PlanTables.set(ps, 7, st.duration().map(Duration::toMillis), java.sql.Types.INTEGER);
                PlanTables.set(ps, 8, st.pace().map(PaceRange::minSecPerKm), java.sql.Types.INTEGER);
                PlanTables.set(ps, 9, st.pace().map(PaceRange::maxSecPerKm), java.sql.Types.INTEGER);
                ps.setString(10, st.effort().orElse(null));
                ps.executeUpdate();
                id = Rows.key(ps);
            }
            insertSteps(c, sessionId, Optional.of(id), st.steps());
        }
    }

    /** A step as the export JSON held it: kilometres to 0.1 km, seconds exact (durationSec) or minutes to 0.1. */
    private static OldStep step(final JsonNode n) {
        final String kind = n.path("kind").asText();
        if (!STEP_KINDS.contains(kind)) {
            throw new IllegalArgumentException("unknown step kind " + kind);
        }
        if (kind.equals("repeat")) {
            final List<OldStep> inner = new ArrayList<>();
            n.path("steps").forEach(x -> inner.add(step(x)));
            return new OldStep(kind, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    n.path("times").asInt(1), inner);
        }
        final Optional<Double> distance = n.has("distanceKm") ? Optional.of(n.get("distanceKm").asDouble() * 1000.0) : Optional.empty();
        final Optional<Duration> duration = n.has("durationSec") ? Optional.of(Duration.ofSeconds(n.get("durationSec").asLong()))
                : n.has("durationMin") ? Optional.of(Duration.ofMillis(Math.round(n.get("durationMin").asDouble() * 60_000)))
                : Optional.empty();
        final Optional<PaceRange> pace = n.has("pace") ? Optional.of(pace(n.get("pace"))) : Optional.empty();
        final Optional<String> effort = n.has("effort") ? Optional.of(n.get("effort").asText()) : Optional.empty();
        return new OldStep(kind, distance, duration, pace, effort, 1, List.of());
    }

    private static PaceRange pace(final JsonNode n) {
        return new PaceRange(n.path("minSecPerKm").asInt(), n.path("maxSecPerKm").asInt());
    }

    /** The request from the runner's inputs as PlanJson.inputs wrote them. */
    static PlanRequest request(final JsonNode n) {
        final Goal goal = Goal.parse(n.path("goal").asText()).orElseThrow(() -> new IllegalArgumentException("goal"));
        final Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        n.path("days").forEach(d -> days.add(PlanTablesReader.day(d.asText())));
        final Optional<RaceResult> race = text(n, "recentRace").map(s -> s.split("=", 2)).flatMap(p -> RaceDistance.parse(p[0])
                .flatMap(d -> RaceTime.parse(p[1]).map(t -> new RaceResult(d, t))));
        final FitnessInput f = new FitnessInput(race, number(n, "weeklyKm").map(x -> x * 1000), integer(n, "runsPerWeek"),
                number(n, "longestRunKm").map(x -> x * 1000), integer(n, "continuousMin"),
                text(n, "runWalk").flatMap(RunWalk::parse), n.path("daysOff").asInt(0), n.path("crossTrained").asBoolean(false));
        return new PlanRequest(goal, text(n, "distance").flatMap(RaceDistance::parse), text(n, "targetTime").flatMap(RaceTime::parse),
                text(n, "startDate").map(LocalDate::parse), text(n, "raceDate").map(LocalDate::parse), integer(n, "weeks"),
                days, text(n, "longRunDay").map(PlanTablesReader::day), f);
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
}
