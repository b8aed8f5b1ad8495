package app.stride.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.plan.Goal;
import app.stride.plan.Plan;
import app.stride.plan.PlanRepository;
import app.stride.plan.PlanGenerator;
import app.stride.plan.PlanRepository.SavedPlan;
import app.stride.plan.PlanRequest;
import app.stride.plan.RaceDistance;
import app.stride.plan.FitnessInput;
import app.stride.plan.RaceResult;
import app.stride.plan.Step;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plans in a real SQLite file. */
class SqlitePlanRepositoryTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-01-06T10:00:00Z"), ZoneOffset.UTC);

    private static Plan plan(final int weeks) {
        return new PlanGenerator(CLOCK).generate(new PlanRequest(Goal.TIME, Optional.of(RaceDistance.TEN_K), Optional.empty(),
                Optional.of(LocalDate.of(2027, 1, 11)), Optional.empty(), Optional.of(weeks),
                EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SUNDAY), Optional.empty(),
                new FitnessInput(Optional.of(new RaceResult(RaceDistance.FIVE_K, Duration.ofMinutes(25))), Optional.of(25_000.0),
                        Optional.of(3), Optional.empty(), Optional.empty(), Optional.empty(), 0, false)));
    }

    @Test
    void sessionsComeBackWithTheirIdsPacesAndSteps(@TempDir final Path dir) {
        final SqlitePlanRepository repo = new SqlitePlanRepository(Database.open(new DataFolder(dir)), CLOCK);
        final Plan plan = plan(8);
        repo.saveAsCurrent(plan);

        final var saved = repo.current().orElseThrow().sessions();

        assertThat(saved).hasSameSizeAs(plan.sessions());
        assertThat(saved.stream().map(PlanRepository.SavedSession::id).distinct()).hasSameSizeAs(saved);
        for (int i = 0; i < saved.size(); i++) {
            final var original = plan.sessions().get(i);
            final var back = saved.get(i);
            assertThat(back.date()).isEqualTo(original.date());
            assertThat(back.sessionType()).contains(original.type());
            assertThat(back.pace()).isEqualTo(original.pace());
            assertThat(back.effort()).isEqualTo(original.effort());
            assertThat(back.runWalk()).isEqualTo(original.runWalk());
            assertThat(back.steps()).hasSameSizeAs(original.steps());
            for (int k = 0; k < back.steps().size(); k++) {
                assertThat(back.steps().get(k).kind()).isEqualTo(original.steps().get(k).kind());
                assertThat(back.steps().get(k).pace()).isEqualTo(original.steps().get(k).pace());
                assertThat(back.steps().get(k).times()).isEqualTo(original.steps().get(k).times());
                assertThat(back.steps().get(k).duration()).isEqualTo(original.steps().get(k).duration());
                assertThat(back.steps().get(k).steps()).extracting(Step::duration)
                        .isEqualTo(original.steps().get(k).steps().stream().map(Step::duration).toList());
            }
            assertThat(back.moved()).isFalse();
        }
        assertThat(saved).anyMatch(x -> !x.steps().isEmpty());
    }

    @Test
    void savesWeeksAndSessionsAndMovesThePreviousPlanToHistory(@TempDir final Path dir) throws Exception {
        final Database db = Database.open(new DataFolder(dir));
        final SqlitePlanRepository repo = new SqlitePlanRepository(db, CLOCK);
        assertThat(repo.current()).isEmpty();

        final Plan first = plan(8);
        final long firstId = repo.saveAsCurrent(first);
        final Plan second = plan(10);
        final long secondId = repo.saveAsCurrent(second);

        assertThat(secondId).isNotEqualTo(firstId);
        assertThat(repo.historyCount()).isEqualTo(1);
        final SavedPlan current = repo.current().orElseThrow();
        assertThat(current.id()).isEqualTo(secondId);
        assertThat(current.weeks()).isEqualTo(10);
        assertThat(current.goal()).isEqualTo(Goal.TIME);
        assertThat(current.distance()).contains("10k");
        assertThat(current.raceDate()).isEqualTo(second.raceDate());
        assertThat(current.sessions()).hasSize(second.sessions().size());
        assertThat(current.sessions()).allSatisfy(s -> assertThat(s.originalDate()).isEqualTo(s.date()));
        assertThat(current.sessions().get(current.sessions().size() - 1).type()).isEqualTo("race");

        db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT COUNT(*), SUM(planned_m) FROM plan_week WHERE plan_id = ?")) {
                ps.setLong(1, secondId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    assertThat(rs.getInt(1)).isEqualTo(10);
                    assertThat(rs.getDouble(2)).isCloseTo(second.weeks().stream().mapToDouble(w -> w.plannedM()).sum(),
                            org.assertj.core.api.Assertions.within(0.01));
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT st.kind FROM planned_step st JOIN planned_session s "
                    + "ON st.session_id = s.id WHERE s.type = 'tempo' AND st.parent_id IS NULL ORDER BY s.id, st.position LIMIT 1");
                 ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    assertThat(rs.getString(1)).isEqualTo("warmup");
                }
            }
            return null;
        });
        assertThat(repo.profileInputs()).hasValueSatisfying(j -> assertThat(j).contains("\"weeks\":10"));
    }
}
