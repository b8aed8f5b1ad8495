package app.stride.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.stride.plan.Plan;
import app.stride.plan.PlanRepository.PlanVersion;
import app.stride.plan.PlanRepository.SavedSession;
import app.stride.plan.adapt.ReplannerTest;
import app.stride.tracking.RunReport;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new version of the current plan: carried-over sessions keep their day, status and run; the old version stays. */
class PlanVersionsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-01-20T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void carriedSessionsKeepTheirDayStatusAndRunAndTheOldVersionIsUntouched(@TempDir final Path dir) {
        final Database db = Database.open(new DataFolder(dir));
        final SqlitePlanRepository repo = new SqlitePlanRepository(db, CLOCK);
        final SqliteTrainingLog log = new SqliteTrainingLog(db);
        final Plan plan = ReplannerTest.tenK();
        final long oldId = repo.saveAsCurrent(plan);
        final PlanVersion old = repo.currentVersion().orElseThrow();
        final SavedSession first = old.sessions().get(0);
        final SavedSession second = old.sessions().get(1);
        log.move(second.id(), second.date().plusDays(1));
        final long run = log.markDone(first.id(), first.date(), RunReport.justDone(), Optional.empty(), CLOCK.instant());
        log.markSkipped(old.sessions().get(2).id());
        final Map<Integer, Long> same = new HashMap<>();
        for (int i = 0; i < 3; i++) {
            same.put(i, old.sessions().get(i).id());
        }

        final long newId = repo.saveVersion(oldId, LocalDate.of(2027, 1, 11), plan, same);

        final PlanVersion next = repo.currentVersion().orElseThrow();
        assertThat(next.id()).isEqualTo(newId);
        assertThat(next.previousId()).contains(oldId);
        assertThat(next.adaptedFrom()).contains(LocalDate.of(2027, 1, 11));
        assertThat(next.plan()).isEqualTo(plan);
        assertThat(next.sessions().get(0).status()).isEqualTo(app.stride.plan.SessionStatus.DONE);
        assertThat(next.sessions().get(1).date()).isEqualTo(second.date().plusDays(1));
        assertThat(next.sessions().get(1).originalDate()).isEqualTo(second.date());
        assertThat(next.sessions().get(2).status()).isEqualTo(app.stride.plan.SessionStatus.SKIPPED);
        assertThat(next.sessions().subList(3, next.sessions().size())).allMatch(s -> s.status() == app.stride.plan.SessionStatus.PLANNED);
        // The logged run follows the session into the new version; the old version keeps its own rows as they were.
        final long linked = db.read(c -> {
            try (var ps = c.prepareStatement("SELECT planned_session_id FROM logged_session WHERE id = ?")) {
                ps.setLong(1, run);
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
        assertThat(linked).isEqualTo(next.sessions().get(0).id());
        final PlanVersion kept = repo.version(oldId).orElseThrow();
        assertThat(kept.plan()).isEqualTo(plan);
        assertThat(kept.sessions().get(0).status()).isEqualTo(app.stride.plan.SessionStatus.DONE);
        assertThat(repo.historyCount()).isEqualTo(1);
    }

    @Test
    void aVersionOfAPlanThatIsNoLongerCurrentOrOfAnUnknownSessionStoresNothing(@TempDir final Path dir) {
        final SqlitePlanRepository repo = new SqlitePlanRepository(Database.open(new DataFolder(dir)), CLOCK);
        final Plan plan = ReplannerTest.tenK();
        final long oldId = repo.saveAsCurrent(plan);
        final long currentId = repo.saveAsCurrent(plan);

        assertThatThrownBy(() -> repo.saveVersion(oldId, LocalDate.of(2027, 1, 11), plan, Map.of()))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> repo.saveVersion(currentId, LocalDate.of(2027, 1, 11), plan, Map.of(0, 999_999L)))
                .isInstanceOf(StoreException.class);

        assertThat(repo.currentVersion().orElseThrow().id()).isEqualTo(currentId);
        assertThat(repo.historyCount()).isEqualTo(1);
    }
}
