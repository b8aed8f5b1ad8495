package app.stride.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.tracking.DeletedRun;
import app.stride.tracking.Feel;
import app.stride.tracking.LoggedRun;
import app.stride.tracking.RunReport;
import app.stride.tracking.RunStatus;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Logged runs in a real SQLite file: every field back as stored, unknown as NULL, and the V007 migration. */
class SqliteTrainingLogTest {

    private static final Instant AT = Instant.parse("2027-01-12T18:00:00Z");
    private static final LocalDate DAY = LocalDate.parse("2027-01-12");

    @TempDir
    Path dir;

    @Test
    void everyFieldComesBackAsStored() {
        final Database db = Database.open(new DataFolder(dir));
        final long shoe = new SqliteShoeRack(db).add("Pegasus", 0, 700_000, DAY);
        final SqliteTrainingLog log = new SqliteTrainingLog(db);
        final RunReport report = new RunReport(Optional.of(5234.5), Optional.of(Duration.ofSeconds(3 * 3600 + 61)), Optional.of(7),
                Optional.of(Feel.TIRED), "hilly, \"windy\"\nsecond line");

        final long id = log.logExtra(DAY, "easy", RunStatus.PARTIAL, report, Optional.of(shoe), AT);
        final LoggedRun back = log.find(id).orElseThrow();

        assertThat(back.report()).isEqualTo(report);
        assertThat(back.status()).isEqualTo(RunStatus.PARTIAL);
        assertThat(back.date()).isEqualTo(DAY);
        assertThat(back.shoeId()).contains(shoe);
        assertThat(back.extra()).isTrue();
        assertThat(log.runsBetween(DAY, DAY)).containsExactly(back);
        assertThat(log.runsBetween(DAY.plusDays(1), DAY.plusDays(9))).isEmpty();
        assertThat(new SqliteShoeRack(db).all().get(0).loggedM()).isEqualTo(5234.5);
    }

    @Test
    void loggingASessionAgainUpdatesItsRunSoWhatHangsOnItStays() {
        final Database db = withSessionsSevenAndEight();
        final SqliteTrainingLog log = new SqliteTrainingLog(db);
        final long first = log.logSession(7, DAY, RunStatus.DONE, new RunReport(Optional.of(5000.0), Optional.of(Duration.ofMinutes(30)),
                Optional.empty(), Optional.empty(), "from the watch"), Optional.empty(), AT);
        db.inTransaction(c -> c.createStatement().execute("INSERT INTO imported_run (fingerprint, logged_session_id, started_at, "
                + "source, elevation_gain_m, imported_at) VALUES ('ab12', " + first + ", '2027-01-12T07:00:00Z', 'run.gpx', 30, "
                + "'2027-01-12T08:00:00Z')"));

        final long again = log.logSession(7, DAY, RunStatus.PARTIAL, new RunReport(Optional.of(4200.0), Optional.empty(),
                Optional.of(6), Optional.of(Feel.TIRED), "stopped early"), Optional.empty(), AT.plusSeconds(60));

        assertThat(again).isEqualTo(first);
        assertThat(log.allRuns()).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(RunStatus.PARTIAL);
            assertThat(r.report().distanceM()).contains(4200.0);
            assertThat(r.report().notes()).isEqualTo("stopped early");
        });
        assertThat(Tables.dump(db, "imported_run")).as("the watch file stays known, so it is not imported twice")
                .singleElement().satisfies(row -> assertThat(((Number) row.get("logged_session_id")).longValue()).isEqualTo(first));
    }

    @Test
    void unknownNumbersAreStoredAsNull() {
        final Database db = Database.open(new DataFolder(dir));
        final long id = new SqliteTrainingLog(db).logExtra(DAY, "easy", RunStatus.DONE, RunReport.justDone(), Optional.empty(), AT);
        final var row = Tables.dump(db, "logged_session").get(0);
        assertThat(row.get("id")).isEqualTo((int) id);
        assertThat(row.get("distance_m")).isNull();
        assertThat(row.get("duration_s")).isNull();
        assertThat(row.get("effort_rpe")).isNull();
        assertThat(row.get("feel")).isNull();
        assertThat(row.get("notes")).isNull();
    }

    @Test
    void aRestoreWhoseIdWasTakenMeanwhileGetsANewOneAndKeepsTheRest() {
        final Database db = Database.open(new DataFolder(dir));
        final SqliteTrainingLog log = new SqliteTrainingLog(db);
        final RunReport report = new RunReport(Optional.of(8000.0), Optional.empty(), Optional.empty(), Optional.of(Feel.GREAT), "long");
        final long id = log.logExtra(DAY, "easy", RunStatus.DONE, report, Optional.empty(), AT);
        final DeletedRun gone = log.delete(id).orElseThrow();
        final long taken = log.logExtra(DAY.plusDays(1), "easy", RunStatus.DONE, RunReport.justDone(), Optional.empty(), AT);
        assertThat(taken).as("SQLite reuses the highest id").isEqualTo(id);

        final long back = log.restore(gone);

        assertThat(back).isNotEqualTo(id);
        assertThat(log.find(back).orElseThrow().report()).isEqualTo(report);
        assertThat(log.find(back).orElseThrow().date()).isEqualTo(DAY);
        assertThat(log.allRuns()).hasSize(2);
    }

    @Test
    void restoringARunThatIsAlreadyBackKeepsOneCopy() {
        final Database db = Database.open(new DataFolder(dir));
        final SqliteTrainingLog log = new SqliteTrainingLog(db);
        final long id = log.logExtra(DAY, "easy", RunStatus.DONE, new RunReport(Optional.of(8000.0), Optional.empty(),
                Optional.empty(), Optional.of(Feel.GREAT), "long"), Optional.empty(), AT);
        final DeletedRun gone = log.delete(id).orElseThrow();

        assertThat(log.restore(gone)).isEqualTo(id);
        assertThat(log.restore(gone)).as("the second undo of the same delete").isEqualTo(id);

        assertThat(log.allRuns()).extracting(LoggedRun::id).containsExactly(id);
    }

    @Test
    void version7KeepsOldRunsAsDoneAndTurnsZeroNumbersIntoUnknown() throws Exception {
        final Path file = dir.resolve("stride.db");
        final Migrations upTo3 = Migrations.of(Migrations.bundled().all().subList(0, 3));
        final Database old = Database.open(file, upTo3);
        old.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO logged_session (date, type, distance_m, duration_s, created_at) "
                    + "VALUES ('2026-11-20', 'easy', 0, 0, '2026-11-20T18:00:00Z'), ('2026-11-21', 'long', 12000, 4000, '2026-11-21T18:00:00Z')")) {
                ps.executeUpdate();
            }
            return null;
        });

        final Database db = Database.open(new DataFolder(dir));
        final var runs = new SqliteTrainingLog(db).allRuns();

        assertThat(runs).extracting(LoggedRun::status).containsOnly(RunStatus.DONE);
        assertThat(runs.get(0).report().distanceM()).isEmpty();
        assertThat(runs.get(0).report().duration()).isEmpty();
        assertThat(Tables.dump(db, "logged_session").get(0).get("distance_m")).isNull();
        assertThat(runs.get(1).report().distanceM()).contains(12000.0);
        assertThat(runs.get(1).report().duration()).contains(Duration.ofSeconds(4000));
    }

    @Test
    void theWhyIsKeptAndCleared() {
        final Database db = Database.open(new DataFolder(dir));
        final SqliteRunnerProfile profile = new SqliteRunnerProfile(db, java.time.Clock.fixed(AT, java.time.ZoneOffset.UTC));
        assertThat(profile.why()).isEmpty();
        profile.saveWhy(Optional.of("To keep up with my kids"));
        assertThat(new SqliteRunnerProfile(db, java.time.Clock.systemUTC()).why()).contains("To keep up with my kids");
        profile.saveWhy(Optional.empty());
        assertThat(profile.why()).isEmpty();
    }

    @Test
    void theRunOfASessionIsFoundWithoutReadingTheLog() {
        final Database db = withSessionsSevenAndEight();
        final SqliteTrainingLog log = new SqliteTrainingLog(db);
        log.logExtra(DAY, "easy", RunStatus.DONE, RunReport.justDone(), Optional.empty(), AT);
        assertThat(log.runFor(7)).as("nothing logged for the session yet").isEmpty();

        final long id = log.logSession(7, DAY, RunStatus.PARTIAL, new RunReport(Optional.of(4200.0), Optional.empty(),
                Optional.of(6), Optional.of(Feel.TIRED), "stopped early"), Optional.empty(), AT);

        assertThat(log.runFor(7)).isEqualTo(log.find(id)).get().satisfies(r -> {
            assertThat(r.plannedSessionId()).contains(7L);
            assertThat(r.status()).isEqualTo(RunStatus.PARTIAL);
        });
        assertThat(log.runFor(8)).as("another session").isEmpty();
        assertThat(log.runFor(99)).as("no such session").isEmpty();
        log.reopen(7);
        assertThat(log.runFor(7)).as("reopened").isEmpty();
    }

    @Test
    void severalRunsForOneSessionGiveTheLatestByDateThenIdAsTheWholeLogDoes() {
        final Database db = withSessionsSevenAndEight();
        final SqliteTrainingLog log = new SqliteTrainingLog(db);
        // One run a session is what the log keeps; rows from older builds or a hand-edited file may hold more.
        db.inTransaction(c -> c.createStatement().execute("INSERT INTO logged_session (id, planned_session_id, date, type, "
                + "created_at, status) VALUES (20, 7, '2027-01-13', 'easy', '" + AT + "', 'done'), "
                + "(21, 7, '2027-01-12', 'easy', '" + AT + "', 'done'), (22, 8, '2027-01-14', 'easy', '" + AT + "', 'done'), "
                + "(23, 7, '2027-01-13', 'easy', '" + AT + "', 'partial'), (24, 7, '2027-01-11', 'easy', '" + AT + "', 'done')"));

        assertThat(log.runFor(7)).map(LoggedRun::id).contains(23L);
        assertThat(log.runFor(7)).isEqualTo(log.allRuns().stream()
                .filter(r -> r.plannedSessionId().equals(Optional.of(7L))).reduce((a, b) -> b));
        assertThat(log.runFor(8)).map(LoggedRun::id).contains(22L);
    }

    /** A current plan with easy sessions 7 (on {@link #DAY}) and 8 (the day after). */
    /**
     * eng6 review 8: tick-off (runFor), logging again (which row it keeps) and the Plan's "What you logged"
     * (sessionRuns) chose a session's run by three rules; the last two by id, and the Plan only among runs dated
     * inside the plan. Now one: the newest by date, then id. Here the older row has the later date (a re-dated run),
     * and session 8's run is dated after the plan's weeks. Failed before.
     */
    @Test
    void everyReaderChoosesASessionsRunByTheSameRule() {
        final Database db = withSessionsSevenAndEight();
        db.inTransaction(c -> c.createStatement().execute("INSERT INTO logged_session (id, planned_session_id, date, type, "
                + "created_at) VALUES (100, 7, '" + DAY.plusDays(3) + "', 'easy', '2027-01-15T18:00:00Z'), "
                + "(101, 7, '" + DAY + "', 'easy', '2027-01-16T18:00:00Z'), "
                + "(102, 8, '" + DAY.plusDays(60) + "', 'easy', '2027-03-13T18:00:00Z')"));
        final SqliteTrainingLog log = new SqliteTrainingLog(db);

        assertThat(log.runFor(7)).map(LoggedRun::id).contains(100L);
        final java.util.Map<Long, LoggedRun> plan = log.sessionRuns(LocalDate.parse("2027-01-11"), LocalDate.parse("2027-02-21"));
        assertThat(plan.get(7L).id()).as("the Plan shows the run tick-off acts on").isEqualTo(100L);
        assertThat(plan.get(8L).id()).as("a run logged late for a session of the plan").isEqualTo(102L);
        assertThat(log.logSession(7, DAY, RunStatus.DONE, RunReport.justDone(), Optional.empty(), AT))
                .as("logging again keeps the same run").isEqualTo(100L);
    }

    private Database withSessionsSevenAndEight() {
        final Database db = Database.open(new DataFolder(dir));
        db.inTransaction(c -> {
            c.createStatement().execute("INSERT INTO plan (id, status, goal, start_date, weeks, created_at) "
                    + "VALUES (1, 'current', 'finish', '2027-01-11', 6, '2027-01-01T00:00:00Z')");
            c.createStatement().execute("INSERT INTO plan_week (id, plan_id, number, phase, planned_m) VALUES (1, 1, 1, 'base', 5000)");
            c.createStatement().execute("INSERT INTO planned_session (id, week_id, date, original_date, type, distance_m) "
                    + "VALUES (7, 1, '" + DAY + "', '" + DAY + "', 'easy', 5000), "
                    + "(8, 1, '" + DAY.plusDays(1) + "', '" + DAY.plusDays(1) + "', 'easy', 5000)");
            StoredPlanRows.complete(c, 1);
            return null;
        });
        return db;
    }
}
