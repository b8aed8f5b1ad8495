package app.stride.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.stride.plan.Goal;
import app.stride.plan.PaceRange;
import app.stride.plan.Phase;
import app.stride.plan.PlanRepository.PlanOutline;
import app.stride.plan.PlanRepository.SavedPlan;
import app.stride.plan.PlanRepository.SavedSession;
import app.stride.plan.PlanRepository.SavedWeek;
import app.stride.plan.RaceDistance;
import app.stride.plan.RaceTime;
import app.stride.plan.RunWalk;
import app.stride.plan.SessionBrief;
import app.stride.plan.SessionEffort;
import app.stride.plan.Step;
import app.stride.text.PlanText;
import app.stride.plan.TrainingPaces;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database as Stride left it at schema version 3, holding five plans (four history, one current with tick-offs and
 * logged runs; the fixture v003-plans.sql was written by the repository before V004), opened by this build: every plan
 * reads back as the old code read it.
 */
class PlanFormatMigrationTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-02-03T10:00:00Z"), ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyPlanReadsBackTheSameAfterMigrating(@TempDir final Path dir) throws Exception {
        final Path file = dir.resolve("stride.db");
        final Database old = Database.open(file, Migrations.bundledUpTo(3));
        assertThat(old.schemaVersion()).isEqualTo(3);
        final Map<Long, SavedPlan> plansBefore = new LinkedHashMap<>();
        final Map<Long, PlanOutline> outlinesBefore = new LinkedHashMap<>();
        final String fixture = fixture();
        final List<Object> logBefore = old.inTransaction(c -> {
            try (Statement st = c.createStatement()) {
                st.executeUpdate(fixture); // SQLite's own splitter, as the migration runner uses
            }
            for (long id : ids(c)) {
                try {
                    plansBefore.put(id, OldReader.plan(c, id));
                    outlinesBefore.put(id, OldReader.outline(c, id));
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new SQLException(e);
                }
            }
            return loggedRuns(c);
        });
        assertThat(plansBefore).hasSize(5);

        final Database db = Database.open(new DataFolder(dir));
        final SqlitePlanRepository repo = new SqlitePlanRepository(db, CLOCK);

        assertThat(db.schemaVersion()).isEqualTo(Migrations.bundled().latestVersion());
        for (long id : plansBefore.keySet()) {
            final var version = repo.version(id).orElseThrow();
            assertThat(SqlitePlanRepository.savedPlan(version)).as("plan %d", id).isEqualTo(plansBefore.get(id));
            assertThat(version.exact()).isFalse();
            final PlanOutline before = outlinesBefore.get(id);
            final PlanOutline after = repo.outline(id).orElseThrow();
            assertThat(after.targetTime()).isEqualTo(before.targetTime());
            assertThat(after.paces()).isEqualTo(before.paces());
            assertThat(after.racePace()).isEqualTo(before.racePace());
            // Before V011 a plan kept no header as made: it reads as its request's goal and today's paces.
            assertThat(after.goalAsPlanned()).isEqualTo(before.goalAsPlanned());
            assertThat(after.pacesByRaceWeek()).isEqualTo(before.paces());
            assertThat(after.predicted()).isEqualTo(before.predicted());
            assertThat(after.weeks()).hasSameSizeAs(before.weeks());
            for (int w = 0; w < after.weeks().size(); w++) {
                final SavedWeek a = after.weeks().get(w);
                final SavedWeek b = before.weeks().get(w);
                assertThat(List.of(a.number(), a.start(), a.phase(), a.cutback()))
                        .isEqualTo(List.of(b.number(), b.start(), b.phase(), b.cutback()));
                // The JSON held kilometres to 0.1; the week's own column was exact all along and is read now.
                assertThat(a.plannedM()).isCloseTo(b.plannedM(), within(50.0));
            }
            // The whole plan record is there too, its sessions as the runner sees them.
            assertThat(version.plan().sessions()).hasSameSizeAs(version.sessions());
            assertThat(version.plan().weeks()).hasSize(before.weeks().size());
        }
        assertThat(repo.current().orElseThrow().id()).isEqualTo(5);
        assertThat(repo.historyCount()).isEqualTo(4);
        assertThat(db.read(PlanFormatMigrationTest::loggedRuns)).isEqualTo(logBefore);
        assertThat(columns(db, "plan")).doesNotContain("plan_json", "inputs_json", "warnings_json");
        assertThat(columns(db, "planned_session")).doesNotContain("steps_json");
        // V009 recognised every description the old plans held: none is left as English text.
        assertThat(plansBefore.values().stream().flatMap(p -> p.sessions().stream()).map(s -> s.description().code()))
                .isNotEmpty().doesNotContain(SessionBrief.LEGACY);
    }

    @Test
    void theConvertedRequestIsTheOneTheRunnerGave(@TempDir final Path dir) throws Exception {
        final Database old = Database.open(dir.resolve("stride.db"), Migrations.bundledUpTo(3));
        final String fixture = fixture();
        old.inTransaction(c -> {
            try (Statement st = c.createStatement()) {
                st.executeUpdate(fixture); // SQLite's own splitter, as the migration runner uses
            }
            return null;
        });
        final SqlitePlanRepository repo = new SqlitePlanRepository(Database.open(new DataFolder(dir)), CLOCK);

        final var half = repo.version(3).orElseThrow().plan().request();
        assertThat(half.goal()).isEqualTo(Goal.FINISH);
        assertThat(half.distance()).contains(RaceDistance.HALF);
        assertThat(half.raceDate()).contains(LocalDate.of(2027, 3, 28));
        assertThat(half.fitness().runWalk()).contains(new RunWalk(240, 60));
        assertThat(half.fitness().daysOff()).isEqualTo(20);
        assertThat(half.fitness().crossTrained()).isTrue();
        assertThat(half.fitness().weeklyM()).contains(20000.0);
        final var tenK = repo.version(1).orElseThrow().plan().request();
        assertThat(tenK.targetTime()).contains(Duration.ofMinutes(55));
        assertThat(tenK.fitness().recentRace().orElseThrow().time()).isEqualTo(Duration.ofSeconds(27 * 60 + 30));
    }

    private static List<Long> ids(final Connection c) throws SQLException {
        final List<Long> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id FROM plan ORDER BY id")) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }

    private static List<Object> loggedRuns(final Connection c) throws SQLException {
        final List<Object> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT id, planned_session_id, date, distance_m, duration_s, notes FROM logged_session ORDER BY id")) {
            while (rs.next()) {
                out.add(Arrays.asList(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getObject(4), rs.getObject(5),
                        rs.getString(6)));
            }
        }
        return out;
    }

    private static List<String> columns(final Database db, final String table) {
        return db.read(c -> {
            final List<String> out = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA table_info(" + table + ")")) {
                while (rs.next()) {
                    out.add(rs.getString("name"));
                }
            }
            return out;
        });
    }

    private static String fixture() throws IOException {
        try (InputStream in = PlanFormatMigrationTest.class.getResourceAsStream("v003-plans.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** SqlitePlanRepository's reading code as it was before V004, kept here to say what "the same" means. */
    private static final class OldReader {

        static SavedPlan plan(final Connection c, final long planId) throws SQLException, com.fasterxml.jackson.core.JsonProcessingException {
            final Goal goal;
            final Optional<String> distance;
            final Optional<LocalDate> race;
            final LocalDate start;
            final int weeks;
            final List<String> warnings = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, goal, race_distance_m, race_date, start_date, weeks, "
                    + "warnings_json, inputs_json FROM plan WHERE id = ?")) {
                ps.setLong(1, planId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    goal = Goal.parse(rs.getString(2)).orElse(Goal.FINISH);
                    race = Optional.ofNullable(rs.getString(4)).map(LocalDate::parse);
                    start = LocalDate.parse(rs.getString(5));
                    weeks = rs.getInt(6);
                    for (JsonNode w : JSON.readTree(rs.getString(7))) {
                        warnings.add(w.asText());
                    }
                    distance = Optional.ofNullable(JSON.readTree(rs.getString(8)).get("distance")).map(JsonNode::asText);
                }
            }
            final List<SavedSession> sessions = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT s.date, s.original_date, s.type, s.distance_m, "
                    + "s.duration_s, s.description, s.status, s.id, s.pace_min_s_per_km, s.pace_max_s_per_km, s.effort, "
                    + "s.run_s, s.walk_s, s.steps_json FROM planned_session s JOIN plan_week w ON s.week_id = w.id "
                    + "WHERE w.plan_id = ? ORDER BY s.original_date, s.id")) {
                ps.setLong(1, planId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        final Optional<Double> d = PlanTablesReader.doubleOpt(rs, 4);
                        final Optional<Integer> t = PlanTablesReader.intOpt(rs, 5);
                        final Optional<PaceRange> pace = PlanTablesReader.pace(PlanTablesReader.intOpt(rs, 9),
                                PlanTablesReader.intOpt(rs, 10));
                        final Optional<RunWalk> runWalk = PlanTablesReader.runWalk(PlanTablesReader.intOpt(rs, 12),
                                PlanTablesReader.intOpt(rs, 13));
                        final List<Step> steps = new ArrayList<>();
                        for (JsonNode n : JSON.readTree(rs.getString(14))) {
                            steps.add(step(n));
                        }
                        sessions.add(new SavedSession(rs.getLong(8), LocalDate.parse(rs.getString(1)),
                                LocalDate.parse(rs.getString(2)), rs.getString(3), d, t, pace,
                                effort(rs.getString(11)), runWalk, steps, brief(rs.getString(6)), app.stride.plan.SessionStatus.parse(rs.getString(7)).orElseThrow()));
                    }
                }
            }
            return new SavedPlan(planId, goal, distance, race, start, weeks,
                    warnings.stream().map(w -> app.stride.plan.PlanMessage.of("asWritten", w)).toList(), sessions);
        }

        static PlanOutline outline(final Connection c, final long planId) throws SQLException, com.fasterxml.jackson.core.JsonProcessingException {
            try (PreparedStatement ps = c.prepareStatement("SELECT target_time_s, plan_json, goal FROM plan WHERE id = ?")) {
                ps.setLong(1, planId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    final long target = rs.getLong(1);
                    final Optional<Duration> targetTime = rs.wasNull() ? Optional.empty() : Optional.of(Duration.ofSeconds(target));
                    final JsonNode root = JSON.readTree(rs.getString(2));
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
                        final Phase phase = Arrays.stream(Phase.values()).filter(x -> x.code().equals(code)).findFirst()
                                .orElse(Phase.BASE);
                        weeks.add(new SavedWeek(w.path("number").asInt(), LocalDate.parse(w.path("startDate").asText()), phase,
                                w.path("cutback").asBoolean(), w.path("plannedKm").asDouble() * 1000));
                    }
                    return new PlanOutline(targetTime, paces, racePace, predicted, weeks,
                            Goal.parse(rs.getString(3)).orElse(Goal.FINISH), paces);
                }
            }
        }

        private static PaceRange pace(final JsonNode n) {
            return new PaceRange(n.get("minSecPerKm").asInt(), n.get("maxSecPerKm").asInt());
        }

        /** PlanJson.readStep as it was. */
        private static Step step(final JsonNode n) {
            final String code = n.path("kind").asText();
            final Step.Kind kind = Arrays.stream(Step.Kind.values()).filter(k -> k.code().equals(code)).findFirst().orElseThrow();
            if (kind == Step.Kind.REPEAT) {
                final List<Step> inner = new ArrayList<>();
                n.path("steps").forEach(x -> inner.add(step(x)));
                return Step.repeat(n.path("times").asInt(1), inner);
            }
            final Optional<Double> distance = n.has("distanceKm") ? Optional.of(n.get("distanceKm").asDouble() * 1000.0) : Optional.empty();
            final Optional<Duration> duration = n.has("durationSec") ? Optional.of(Duration.ofSeconds(n.get("durationSec").asLong()))
                    : n.has("durationMin") ? Optional.of(Duration.ofMillis(Math.round(n.get("durationMin").asDouble() * 60_000)))
                    : Optional.empty();
            final Optional<PaceRange> pace = n.has("pace") ? Optional.of(pace(n.get("pace"))) : Optional.empty();
            final Optional<SessionEffort> effort = effort(n.has("effort") ? n.get("effort").asText() : null);
            return new Step(kind, distance, duration, pace, effort, 1, List.of());
        }

        /** The old English effort as the enum whose words it was. */
        static Optional<SessionEffort> effort(final String words) {
            return java.util.Arrays.stream(SessionEffort.values()).filter(e -> PlanText.effort(e).equals(words)).findFirst();
        }

        /** The old English description as V009 reads it (SessionBriefsV009Test checks that reading). */
        static SessionBrief brief(final String text) {
            return SessionBriefsV009.read(text).map(r -> new SessionBrief(r.code(), r.args())).orElse(SessionBrief.legacy(text));
        }
    }
}
