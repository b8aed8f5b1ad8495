package app.stride.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.tracking.RecordedRun;
import app.stride.tracking.RunReport;
import app.stride.tracking.RunStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An imported run ticks its session off through the same path as a tick-off by hand (SqliteTrainingLog.logSession):
 * one run per session, updated in place so what hangs on it stays, and the run's status stored with it.
 */
class SqliteImportedRunsTest {

    private static final Instant AT = Instant.parse("2027-01-12T18:00:00Z");
    private static final LocalDate DAY = LocalDate.parse("2027-01-12");
    private static final RecordedRun WATCH = new RecordedRun("ff01", Instant.parse("2027-01-12T07:00:00Z"), 5120,
            Duration.ofSeconds(1834), 42);

    @TempDir
    Path dir;

    private Database db;

    @BeforeEach
    void planWithOneSession() {
        db = Database.open(new DataFolder(dir));
        db.inTransaction(c -> {
            c.createStatement().execute("INSERT INTO plan (id, status, goal, start_date, weeks, created_at) "
                    + "VALUES (1, 'current', 'finish', '2027-01-11', 6, '2027-01-01T00:00:00Z')");
            c.createStatement().execute("INSERT INTO plan_week (id, plan_id, number, phase, planned_m) VALUES (1, 1, 1, 'base', 5000)");
            c.createStatement().execute("INSERT INTO planned_session (id, week_id, date, original_date, type, distance_m) "
                    + "VALUES (7, 1, '" + DAY + "', '" + DAY + "', 'easy', 5000)");
            StoredPlanRows.complete(c, 1);
            return null;
        });
    }

    @Test
    void aWatchFileForASessionLoggedByHandUpdatesThatRunSoItsOutfitAnswerStays() {
        final SqliteTrainingLog log = new SqliteTrainingLog(db);
        final long byHand = log.logSession(7, DAY, RunStatus.DONE, RunReport.justDone(), Optional.empty(), AT);
        db.inTransaction(c -> c.createStatement().execute("INSERT INTO outfit_feedback (logged_session_id, date, dress_for_c, "
                + "answer, created_at) VALUES (" + byHand + ", '" + DAY + "', 4.0, 'too-cold', '2027-01-12T08:00:00Z')"));

        final long imported = new SqliteImportedRuns(db).log(WATCH, DAY, Optional.of(7L), "easy", Optional.empty(), "run.gpx",
                "from run.gpx", AT.plusSeconds(60));

        assertThat(imported).as("the same run, updated").isEqualTo(byHand);
        assertThat(log.allRuns()).singleElement().satisfies(r -> {
            assertThat(r.report().distanceM()).contains(5120.0);
            assertThat(r.report().duration()).contains(Duration.ofSeconds(1834));
            assertThat(r.outfitFeedback()).as("the outfit answer still points at the run").contains("too-cold");
        });
        assertThat(Tables.dump(db, "imported_run")).singleElement()
                .satisfies(row -> assertThat(((Number) row.get("logged_session_id")).longValue()).isEqualTo(byHand));
        assertThat(Tables.dump(db, "logged_session")).singleElement()
                .satisfies(row -> assertThat(row.get("started_at")).isEqualTo("2027-01-12T07:00:00Z"));
    }

    @Test
    void anImportedExtraRunIsStoredLikeOneLoggedByHand() {
        final long id = new SqliteImportedRuns(db).log(WATCH, DAY.plusDays(1), Optional.empty(), "easy", Optional.empty(),
                "run.gpx", "", AT);

        final var run = new SqliteTrainingLog(db).find(id).orElseThrow();
        assertThat(run.extra()).isTrue();
        assertThat(run.status()).isEqualTo(RunStatus.DONE);
        assertThat(run.report().notes()).isEmpty();
        assertThat(Tables.dump(db, "planned_session")).singleElement().satisfies(row -> assertThat(row.get("status")).isEqualTo("planned"));
    }
}
