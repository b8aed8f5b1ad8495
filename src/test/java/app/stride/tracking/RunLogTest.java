package app.stride.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.stride.app.OutfitServices;
import app.stride.common.InvalidInputException;
import app.stride.outfit.FeedbackAnswer;
import app.stride.plan.FitnessInput;
import app.stride.plan.Goal;
import app.stride.plan.PlanGenerator;
import app.stride.plan.PlanRepository.SavedSession;
import app.stride.plan.PlanRequest;
import app.stride.plan.RaceDistance;
import app.stride.plan.RaceResult;
import app.stride.store.DataFolder;
import app.stride.store.Database;
import app.stride.store.SqlitePlanRepository;
import app.stride.store.SqliteShoeRack;
import app.stride.store.SqliteTrainingLog;
import app.stride.store.Tables;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The training log over a real plan in SQLite: sessions on Tuesday, Thursday and Sunday from Monday 2027-01-11. */
class RunLogTest {

    private static final LocalDate START = LocalDate.of(2027, 1, 11);
    private static final LocalDate TUESDAY = START.plusDays(1);
    private static final LocalDate WEDNESDAY = START.plusDays(2);

    @TempDir
    Path dir;

    private Database db;
    private SqlitePlanRepository plans;

    @BeforeEach
    void savePlan() {
        db = Database.open(new DataFolder(dir));
        final Clock planned = clockOn(LocalDate.of(2027, 1, 6));
        plans = new SqlitePlanRepository(db, planned);
        plans.saveAsCurrent(new PlanGenerator(planned).generate(new PlanRequest(Goal.TIME, Optional.of(RaceDistance.TEN_K),
                Optional.empty(), Optional.of(START), Optional.empty(), Optional.of(8),
                EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SUNDAY), Optional.empty(),
                new FitnessInput(Optional.of(new RaceResult(RaceDistance.FIVE_K, Duration.ofMinutes(25))), Optional.of(25_000.0),
                        Optional.of(3), Optional.empty(), Optional.empty(), Optional.empty(), 0, false))));
    }

    private static Clock clockOn(final LocalDate d) {
        return Clock.fixed(d.atTime(19, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    private RunLog on(final LocalDate d) {
        return new RunLog(plans, new SqliteTrainingLog(db), clockOn(d));
    }

    private SavedSession session(final LocalDate d) {
        return plans.current().orElseThrow().sessions().stream().filter(s -> s.date().equals(d)).findFirst().orElseThrow();
    }

    private static RunReport report(final Double km, final Integer minutes) {
        return new RunReport(Optional.ofNullable(km).map(k -> k * 1000), Optional.ofNullable(minutes).map(m -> Duration.ofMinutes(m)),
                Optional.of(4), Optional.of(Feel.GOOD), "steady");
    }

    @Test
    void aDayWithASessionTicksItOff() {
        final RunLog.Logged logged = on(TUESDAY).log(TUESDAY, RunStatus.DONE, report(5.2, 33), Optional.empty());

        assertThat(logged.session()).map(SavedSession::id).contains(session(TUESDAY).id());
        assertThat(logged.run().extra()).isFalse();
        assertThat(logged.run().report().distanceM()).contains(5200.0);
        assertThat(logged.run().report().feel()).contains(Feel.GOOD);
        assertThat(logged.timesOut()).isEqualTo(1);
        assertThat(session(TUESDAY).status()).isEqualTo(app.stride.plan.SessionStatus.DONE);
    }

    @Test
    void aDayWithoutASessionLogsAnExtraRun() {
        final RunLog.Logged logged = on(WEDNESDAY).log(WEDNESDAY, RunStatus.DONE, report(4.0, null), Optional.empty());

        assertThat(logged.session()).isEmpty();
        assertThat(logged.run().extra()).isTrue();
        assertThat(logged.run().date()).isEqualTo(WEDNESDAY);
        assertThat(plans.current().orElseThrow().sessions()).noneMatch(s -> s.status() == app.stride.plan.SessionStatus.DONE);
    }

    @Test
    void addingARunTicksOffAnOpenSessionButNeverReplacesOneAlreadyLogged() {
        final RunLog.Logged first = on(TUESDAY).add(TUESDAY, RunStatus.DONE, report(5.2, 33), Optional.empty());
        final RunLog.Logged second = on(TUESDAY).add(TUESDAY, RunStatus.DONE, report(2.0, 12), Optional.empty());

        assertThat(first.session()).map(SavedSession::id).contains(session(TUESDAY).id());
        assertThat(second.run().extra()).as("a second run that day is an extra run").isTrue();
        assertThat(second.replacedEarlierEntry()).isFalse();
        assertThat(on(TUESDAY).all()).extracting(r -> r.report().distanceM().orElseThrow()).containsExactlyInAnyOrder(5200.0, 2000.0);
        assertThat(second.timesOut()).isEqualTo(2);
    }

    @Test
    void eachPlanHoldsItsOwnRunsAndTheExtraRunsOnItsDays() {
        on(TUESDAY).add(TUESDAY, RunStatus.DONE, report(5.2, 33), Optional.empty());
        on(WEDNESDAY).add(WEDNESDAY, RunStatus.DONE, report(3.0, 20), Optional.empty());
        on(WEDNESDAY).add(START.minusDays(3), RunStatus.DONE, report(4.0, 25), Optional.empty());

        final List<PlanPeriod> periods = new app.stride.store.SqlitePlanPeriods(db).all();

        assertThat(periods).singleElement().satisfies(p -> {
            assertThat(p.current()).isTrue();
            assertThat(p.start()).isEqualTo(START);
            assertThat(p.race()).contains(RaceDistance.TEN_K);
        });
        assertThat(on(WEDNESDAY).forPeriod(periods.get(0))).extracting(LoggedRun::date).containsExactly(WEDNESDAY, TUESDAY);
    }

    @Test
    void iRanItWithoutNumbersStoresThemUnknownNeverZero() {
        on(TUESDAY).log(TUESDAY, RunStatus.DONE, RunReport.justDone(), Optional.empty());

        final Map<String, Object> row = Tables.dump(db, "logged_session").get(0);
        assertThat(row.get("distance_m")).isNull();
        assertThat(row.get("duration_s")).isNull();
        assertThat(row.get("status")).isEqualTo("done");
        assertThat(on(TUESDAY).all().get(0).report().distanceM()).isEmpty();
    }

    @Test
    void partialTicksTheSessionOffAndSkippedKeepsOnlyTheNote() {
        final RunLog log = on(START.plusDays(3));
        log.log(TUESDAY, RunStatus.PARTIAL, report(3.0, 20), Optional.empty());
        log.log(START.plusDays(3), RunStatus.SKIPPED, new RunReport(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), "calf sore"), Optional.empty());

        assertThat(session(TUESDAY).status()).isEqualTo(app.stride.plan.SessionStatus.DONE);
        assertThat(session(START.plusDays(3)).status()).isEqualTo(app.stride.plan.SessionStatus.SKIPPED);
        assertThat(log.all()).extracting(LoggedRun::status).containsExactly(RunStatus.SKIPPED, RunStatus.PARTIAL);
        assertThat(new SqliteTrainingLog(db).runsLogged()).as("a skipped session is not a time out").isEqualTo(1);
    }

    @Test
    void refusalsStoreNothing() {
        final Map<String, List<Map<String, Object>>> before = Tables.log(db);
        final RunLog log = on(WEDNESDAY);

        assertThatThrownBy(() -> log.log(WEDNESDAY.plusDays(1), RunStatus.DONE, report(5.0, 30), Optional.empty()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("still to come")
                .hasMessageContaining(app.stride.format.Dates.dayWithYear(WEDNESDAY.plusDays(1)))
                .hasMessageNotContaining(WEDNESDAY.plusDays(1).toString())
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("date");
        assertThatThrownBy(() -> log.log(WEDNESDAY, RunStatus.SKIPPED, RunReport.justDone(), Optional.empty()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("nothing to skip");
        assertThatThrownBy(() -> log.log(TUESDAY, RunStatus.SKIPPED, report(5.0, null), Optional.empty()))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("distance");

        assertThat(Tables.log(db)).isEqualTo(before);
    }

    @Test
    void loggingTheSameSessionAgainReplacesTheEntry() {
        final RunLog log = on(TUESDAY);
        log.log(TUESDAY, RunStatus.DONE, report(5.0, 30), Optional.empty());
        final RunLog.Logged again = log.log(TUESDAY, RunStatus.DONE, report(5.5, 32), Optional.empty());

        assertThat(again.replacedEarlierEntry()).isTrue();
        assertThat(log.all()).singleElement().extracting(r -> r.report().distanceM().orElseThrow()).isEqualTo(5500.0);
        assertThat(log.log(WEDNESDAY.minusDays(2), RunStatus.DONE, report(4.0, 25), Optional.empty()).replacedEarlierEntry())
                .as("an extra run replaces nothing").isFalse();
    }

    @Test
    void editReplacesTheNumbersAndTheSessionFollowsTheStatus() {
        final RunLog log = on(START.plusDays(3));
        final long id = log.log(TUESDAY, RunStatus.DONE, report(5.0, 30), Optional.empty()).run().id();
        final long shoe = new SqliteShoeRack(db).add("Pegasus", 0, 700_000, START);

        final LoggedRun edited = log.edit(id, TUESDAY, RunStatus.PARTIAL, new RunReport(Optional.of(3100.0), Optional.empty(),
                Optional.of(7), Optional.of(Feel.TIRED), "stopped at 3 km"), Optional.of(shoe));

        assertThat(edited.status()).isEqualTo(RunStatus.PARTIAL);
        assertThat(edited.report().distanceM()).contains(3100.0);
        assertThat(edited.report().duration()).isEmpty();
        assertThat(edited.report().feel()).contains(Feel.TIRED);
        assertThat(edited.shoeId()).contains(shoe);
        assertThat(Tables.dump(db, "logged_session").get(0).get("updated_at")).isNotNull();

        log.edit(id, TUESDAY, RunStatus.SKIPPED, new RunReport(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), "no"), Optional.empty());
        assertThat(session(TUESDAY).status()).isEqualTo(app.stride.plan.SessionStatus.SKIPPED);
    }

    @Test
    void editKeepsARunOnItsSessionsDayAndAnExtraRunCannotBeSkipped() {
        final RunLog log = on(START.plusDays(3));
        final long planned = log.log(TUESDAY, RunStatus.DONE, report(5.0, 30), Optional.empty()).run().id();
        final long extra = log.log(WEDNESDAY, RunStatus.DONE, report(4.0, 25), Optional.empty()).run().id();

        assertThatThrownBy(() -> log.edit(planned, WEDNESDAY, RunStatus.DONE, report(5.0, 30), Optional.empty()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("move the session");
        assertThatThrownBy(() -> log.edit(extra, WEDNESDAY, RunStatus.SKIPPED, RunReport.justDone(), Optional.empty()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("delete it");
        assertThat(log.edit(extra, START, RunStatus.DONE, report(4.0, 25), Optional.empty()).date()).isEqualTo(START);
        assertThatThrownBy(() -> log.edit(999, START, RunStatus.DONE, report(4.0, 25), Optional.empty()))
                .isInstanceOf(InvalidInputException.class).extracting(e -> ((InvalidInputException) e).field()).isEqualTo("id");
    }

    @Test
    void undoOfDeleteRestoresEverythingExactly() {
        final Clock tuesday = clockOn(TUESDAY);
        final long shoe = new SqliteShoeRack(db).add("Pegasus", 0, 700_000, START);
        final RunLog log = on(TUESDAY);
        log.log(WEDNESDAY.minusDays(2), RunStatus.DONE, report(3.0, 20), Optional.empty());
        final long id = log.log(TUESDAY, RunStatus.DONE, report(5.2, 33), Optional.of(shoe)).run().id();
        OutfitServices.outfit(db, tuesday).recordFeedback(TUESDAY, FeedbackAnswer.TOO_COLD, 5.0);
        // As if the run came from a watch file: the import record goes with the run and must come back with it.
        db.inTransaction(c -> {
            // The export branch's V006 creates this table; the same shape here until the branches meet.
            c.createStatement().execute("CREATE TABLE IF NOT EXISTS imported_run (fingerprint TEXT PRIMARY KEY, logged_session_id "
                    + "INTEGER REFERENCES logged_session (id) ON DELETE CASCADE, started_at TEXT NOT NULL, source TEXT NOT NULL, "
                    + "elevation_gain_m REAL, imported_at TEXT NOT NULL)");
            try (var ps = c.prepareStatement("INSERT INTO imported_run (fingerprint, logged_session_id, started_at, source, "
                    + "elevation_gain_m, imported_at) VALUES ('abc123', ?, '2027-01-12T17:00:00Z', 'gpx', 42.0, '2027-01-12T19:00:00Z')")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
            return null;
        });
        final Map<String, List<Map<String, Object>>> before = Tables.logWithoutRevisions(db);
        assertThat(before.get("outfit_feedback")).singleElement().extracting(r -> r.get("logged_session_id")).isEqualTo((int) id);
        assertThat(before.get("logged_session").get(1).get("outfit_feedback")).isEqualTo("too-cold");

        final DeletedRun gone = log.delete(id);
        assertThat(session(TUESDAY).status()).isEqualTo(app.stride.plan.SessionStatus.PLANNED);
        assertThat(log.all()).extracting(LoggedRun::id).doesNotContain(id);
        assertThat(Tables.dump(db, "imported_run")).isEmpty();

        final LoggedRun back = log.undoDelete(gone);

        assertThat(back.id()).isEqualTo(id);
        assertThat(Tables.logWithoutRevisions(db)).isEqualTo(before);
    }

    @Test
    void undoIsRefusedOnceTheSessionWasLoggedAgain() {
        final RunLog log = on(TUESDAY);
        final DeletedRun gone = log.delete(log.log(TUESDAY, RunStatus.DONE, report(5.2, 33), Optional.empty()).run().id());
        log.log(TUESDAY, RunStatus.DONE, report(5.0, 31), Optional.empty());

        assertThatThrownBy(() -> log.undoDelete(gone)).isInstanceOf(InvalidInputException.class).hasMessageContaining("logged again");
        assertThat(log.all()).singleElement().extracting(r -> r.report().distanceM().orElseThrow()).isEqualTo(5000.0);
    }

    @Test
    void anOutfitAnswerOnASkippedDayIsNotFiledUnderTheSkippedEntry() {
        on(TUESDAY).log(TUESDAY, RunStatus.SKIPPED, new RunReport(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), "rain"), Optional.empty());
        assertThat(OutfitServices.outfit(db, clockOn(TUESDAY)).recordFeedback(TUESDAY, FeedbackAnswer.OK, 8.0).loggedSessionId())
                .isEmpty();
    }

    @Test
    void deletingARunThatIsNotThereNamesTheId() {
        assertThatThrownBy(() -> on(TUESDAY).delete(42)).isInstanceOf(InvalidInputException.class).hasMessageContaining("42");
    }

    @Test
    void theLogFiltersByPlan() {
        final RunLog log = on(START.plusDays(20));
        log.log(START.minusDays(3), RunStatus.DONE, report(4.0, 25), Optional.empty());
        final long inPlan = log.log(TUESDAY, RunStatus.DONE, report(5.0, 30), Optional.empty()).run().id();
        final long extraInPlan = log.log(WEDNESDAY, RunStatus.DONE, report(3.0, 20), Optional.empty()).run().id();

        assertThat(log.all()).hasSize(3);
        assertThat(log.forCurrentPlan().orElseThrow()).extracting(LoggedRun::id).containsExactly(extraInPlan, inPlan);
    }
}
