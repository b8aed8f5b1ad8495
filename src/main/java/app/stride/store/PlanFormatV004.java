package app.stride.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Migration V004's Java part: converts plans stored up to V003 (export JSON in plan.plan_json, plan.inputs_json,
 * plan.warnings_json and planned_session.steps_json) into the store's own tables, then drops those columns. It reads
 * the old JSON itself, so later changes to the export format cannot break it. What the JSON lost stays lost: step
 * distances to 0.1 km, predicted times to the second, weekly inputs to 0.1 km; such plans are marked {@code exact = 0}.
 * It uses nothing of the engine or of today's PlanTables ({@link PlanFormatV004Rows} holds its frozen copies), so a
 * later change there cannot change what this migration writes.
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
        final PlanFormatV004Rows.Inputs request = PlanFormatV004Rows.inputs(inputs);
        PlanFormatV004Rows.insertRequest(c, id, request);
        PlanFormatV004Rows.insertFitness(c, id, request);
        final List<Zone> paces = new ArrayList<>();
        plan.path("paces").fields().forEachRemaining(e -> paces.add(new Zone(e.getKey(), pace(e.getValue()))));
        if (plan.path("racePace").isObject()) {
            paces.add(new Zone("race", pace(plan.get("racePace"))));
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO plan_pace (plan_id, zone, min_s_per_km, max_s_per_km) VALUES (?, ?, ?, ?)")) {
            for (Zone z : paces) {
                ps.setLong(1, id);
                ps.setString(2, z.code());
                ps.setInt(3, z.min());
                ps.setInt(4, z.max());
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO plan_prediction (plan_id, distance, time_ms) VALUES (?, ?, ?)")) {
            final Map<String, Long> predicted = new java.util.TreeMap<>();
            plan.path("fitness").path("predicted").fields().forEachRemaining(e -> PlanFormatV004Rows.code(e.getKey())
                    .ifPresent(d -> PlanFormatV004Rows.clockMs(e.getValue().asText()).ifPresent(t -> predicted.put(d, t))));
            for (Map.Entry<String, Long> e : predicted.entrySet()) {
                ps.setLong(1, id);
                ps.setString(2, e.getKey());
                ps.setLong(3, e.getValue());
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO plan_warning (plan_id, position, text) VALUES (?, ?, ?)")) {
            int i = 0;
            for (JsonNode w : warnings) {
                ps.setLong(1, id);
                ps.setInt(2, i++);
                ps.setString(3, w.asText());
                ps.executeUpdate();
            }
        }
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
        final double easy = paces.stream().filter(z -> z.code().equals("easy")).map(z -> (z.min() + z.max()) / 2.0)
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
    private record OldStep(String kind, Optional<Double> distanceM, Optional<Duration> duration, Optional<int[]> pace,
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
                PlanFormatV004Rows.set(ps, 2, parent, java.sql.Types.INTEGER);
                ps.setInt(3, i);
                ps.setString(4, st.kind());
                ps.setInt(5, st.times());
                PlanFormatV004Rows.set(ps, 6, st.distanceM(), java.sql.Types.REAL);
                PlanFormatV004Rows.set(ps, 7, st.duration().map(Duration::toMillis), java.sql.Types.INTEGER);
                PlanFormatV004Rows.set(ps, 8, st.pace().map(p -> p[0]), java.sql.Types.INTEGER);
                PlanFormatV004Rows.set(ps, 9, st.pace().map(p -> p[1]), java.sql.Types.INTEGER);
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
        final Optional<int[]> pace = n.has("pace") ? Optional.of(pace(n.get("pace"))) : Optional.empty();
        final Optional<String> effort = n.has("effort") ? Optional.of(n.get("effort").asText()) : Optional.empty();
        return new OldStep(kind, distance, duration, pace, effort, 1, List.of());
    }

    /** A pace band as the JSON held it: {min, max} seconds per km. */
    private static int[] pace(final JsonNode n) {
        return new int[] {n.path("minSecPerKm").asInt(), n.path("maxSecPerKm").asInt()};
    }

    /** A row of plan_pace. */
    private record Zone(String code, int min, int max) {
        Zone(final String code, final int[] pace) {
            this(code, pace[0], pace[1]);
        }
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
