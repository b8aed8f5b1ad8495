package app.stride.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.plan.Plan;
import app.stride.plan.PlanRepository.PlanVersion;
import app.stride.plan.PlanRepository.SavedSession;
import app.stride.plan.PlanRules;
import app.stride.plan.PlanWeek;
import app.stride.plan.Session;
import app.stride.plan.adapt.ReplannerTest;
import app.stride.store.DataFolder;
import app.stride.store.Database;
import app.stride.store.SqlitePlanRepository;
import app.stride.store.SqliteTrainingLog;
import app.stride.tracking.LoggedRun;
import app.stride.tracking.RunReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code stride adapt}: each proposal from the command line, applied and not. */
class AdaptCommandTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-01-03T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    /** The 10K plan of ReplannerTest, stored, with every session up to {@code doneUntil} done at its planned distance. */
    private SqlitePlanRepository planDoneUntil(final LocalDate doneUntil) {
        final Database db = Database.open(new DataFolder(dir));
        final SqlitePlanRepository repo = new SqlitePlanRepository(db, CLOCK);
        repo.saveAsCurrent(ReplannerTest.tenK());
        final SqliteTrainingLog log = new SqliteTrainingLog(db);
        for (SavedSession s : repo.current().orElseThrow().sessions()) {
            if (!s.date().isAfter(doneUntil)) {
                log.markDone(s.id(), s.date(), new RunReport(s.distanceM(), Optional.empty(), Optional.empty(),
                        Optional.empty(), ""), Optional.empty(), CLOCK.instant());
            }
        }
        return repo;
    }

    /**
     * What was logged, without the link to the planned session: applying a version moves that link to the new
     * version's copy of the session by design; everything the runner logged must stay as it was.
     */
    private List<LoggedRun> runs() {
        return new SqliteTrainingLog(Database.open(new DataFolder(dir))).recentRuns(1000).stream()
                .map(r -> new LoggedRun(r.id(), r.date(), r.type(), r.report(), r.outfitFeedback(), r.status(),
                        java.util.Optional.empty(), r.shoeId()))
                .toList();
    }

    private static JsonNode json(final CliRun run) throws Exception {
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void oneMissedSessionCarriesOnAndApplyStoresNothing() throws Exception {
        final SqlitePlanRepository repo = planDoneUntil(LocalDate.of(2027, 1, 21));
        final long before = repo.currentVersion().orElseThrow().id();

        final CliRun run = CliRun.of("adapt", "--json", "--apply", "--as-of", "2027-01-24", "--data-dir", dir.toString());

        assertThat(run.exitCode()).isZero();
        final JsonNode j = json(run);
        assertThat(j.get("missed").asInt()).isEqualTo(1);
        assertThat(j.get("proposal").asText()).isEqualTo("carry-on");
        assertThat(j.get("changes")).isEmpty();
        assertThat(j.get("warnings")).isEmpty();
        assertThat(run.errLines()).containsExactly("Nothing to apply: the plan stays as it is.");
        assertThat(repo.currentVersion().orElseThrow().id()).isEqualTo(before);
        assertThat(repo.historyCount()).isZero();
    }

    @Test
    void threeMissedShowABridgeWeekAndApplyKeepsThePreviousVersionAndTheLog() throws Exception {
        // Week 6 missed (peak volume: the plan's weeks 2-3 are no longer pulled up by the long run, so a bridge after
        // week 3 now grows week 5 back from week 2; after week 5 the plan's own weeks fit the growth rule again).
        final SqlitePlanRepository repo = planDoneUntil(LocalDate.of(2027, 2, 7));
        final PlanVersion before = repo.currentVersion().orElseThrow();
        final List<LoggedRun> logBefore = runs();

        final CliRun preview = CliRun.of("adapt", "--json", "--as-of", "2027-02-14", "--data-dir", dir.toString());

        assertThat(preview.exitCode()).isZero();
        final JsonNode j = json(preview);
        assertThat(j.get("missed").asInt()).isEqualTo(3);
        assertThat(j.get("proposal").asText()).isEqualTo("bridge");
        assertThat(j.get("changes")).isNotEmpty().allSatisfy(c -> {
            assertThat(c.get("date").asText()).isBetween("2027-02-14", "2027-02-20");
            assertThat(c.get("from").get("type").asText()).isNotEmpty();
            assertThat(c.get("to").get("type").asText()).isIn("easy", "recovery", "run-walk");
            assertThat(c.get("to").get("distanceKm").asDouble()).isLessThanOrEqualTo(c.get("from").get("distanceKm").asDouble());
        });
        assertThat(repo.historyCount()).as("a preview stores nothing").isZero();

        final CliRun applied = CliRun.of("adapt", "--apply", "--as-of", "2027-02-14", "--data-dir", dir.toString());

        assertThat(applied.exitCode()).isZero();
        assertThat(applied.out()).contains("An easy bridge week").endsWith(
                "Stored as the plan's new version (the previous version is kept in history)." + System.lineSeparator());
        final PlanVersion after = repo.currentVersion().orElseThrow();
        assertThat(after.previousId()).contains(before.id());
        assertThat(after.plan().raceDate()).isEqualTo(before.plan().raceDate());
        assertThat(repo.version(before.id()).orElseThrow().plan()).isEqualTo(before.plan());
        // The log is untouched and each run now belongs to the new version's session on its day.
        assertThat(runs()).isEqualTo(logBefore);
        assertThat(after.sessions().stream().filter(s -> s.status() == app.stride.plan.SessionStatus.DONE).map(SavedSession::date).toList())
                .isEqualTo(before.sessions().stream().filter(s -> s.status() == app.stride.plan.SessionStatus.DONE).map(SavedSession::date).toList());
        assertThat(repo.current().orElseThrow().sessions()).filteredOn(s -> s.date().isBefore(LocalDate.of(2027, 2, 14)))
                .hasSize(before.sessions().stream().filter(s -> s.date().isBefore(LocalDate.of(2027, 2, 14))).toList().size());
    }

    @Test
    void twoWeeksOffRebuildTheFutureWithinThePlanRules() throws Exception {
        final SqlitePlanRepository repo = planDoneUntil(LocalDate.of(2027, 1, 10));
        final PlanVersion before = repo.currentVersion().orElseThrow();
        final List<LoggedRun> logBefore = runs();
        final LocalDate asOf = LocalDate.of(2027, 1, 25);

        final CliRun run = CliRun.of("adapt", "--json", "--apply", "--as-of", asOf.toString(), "--data-dir", dir.toString());

        assertThat(run.exitCode()).isZero();
        final JsonNode j = json(run);
        assertThat(j.get("proposal").asText()).isEqualTo("rebuild");
        assertThat(j.get("missed").asInt()).isEqualTo(8);
        assertThat(j.get("warnings").toString()).contains("time-off");
        assertThat(j.get("changes")).allSatisfy(c -> assertThat(c.get("date").asText()).isGreaterThanOrEqualTo(asOf.toString()));
        assertThat(run.errLines()).containsExactly("Stored as the plan's new version (the previous version is kept in history).");

        final PlanVersion after = repo.currentVersion().orElseThrow();
        final Plan plan = after.plan();
        assertThat(plan.raceDate()).isEqualTo(before.plan().raceDate());
        assertThat(after.previousId()).contains(before.id());
        assertThat(repo.version(before.id()).orElseThrow().plan()).isEqualTo(before.plan());
        assertThat(runs()).isEqualTo(logBefore);
        // Past sessions as they were, with their tick-offs.
        for (int i = 0; i < before.sessions().size() && before.sessions().get(i).date().isBefore(asOf); i++) {
            assertThat(plan.sessions().get(i)).isEqualTo(before.plan().sessions().get(i));
            assertThat(after.sessions().get(i).status()).isEqualTo(before.sessions().get(i).status());
        }
        // Every rebuilt week, read back from the store, still obeys the plan rules.
        final List<PlanWeek> future = plan.weeks().stream().filter(w -> !w.start().isBefore(asOf)).toList();
        final Plan rebuilt = new Plan(plan.request(), future.get(0).start(), plan.endDate(), plan.raceDate(), plan.fitness(),
                plan.paces(), plan.racePace(), plan.raceTime(), plan.predicted(), plan.warnings(), future);
        assertThat(PlanRules.check(rebuilt)).isEmpty();
        assertThat(future.get(0).start()).isEqualTo(asOf);
    }

    @Test
    void aNewRaceDateIsPlannedAroundAndShownAsText() {
        planDoneUntil(LocalDate.of(2027, 1, 17));

        final CliRun run = CliRun.of("adapt", "--race-date", "2027-03-28", "--as-of", "2027-01-19", "--data-dir", dir.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Missed in a row: 0. Days without running: 1. Proposal: The rest of the plan rebuilt")
                .containsPattern("Sun 14 Mar\\s+Race day 10 km")
                .containsPattern("Sun 28 Mar\\s+-\\s+Race day 10 km");
    }

    @Test
    void milesForMileRunners() {
        planDoneUntil(LocalDate.of(2027, 1, 17));

        final CliRun run = CliRun.of("adapt", "--units", "mi", "--as-of", "2027-01-24", "--data-dir", dir.toString());

        assertThat(run.exitCode()).isZero();
        // Sunday's 13 km long run becomes a 5.5 mi easy run in the bridge week (70% in half miles, a mile runner's
        // steps: it was 5.6 mi, 9 km, in half kilometres; coach review n06), and every bridge run is a round half mile.
        assertThat(run.out()).containsPattern("Sun 24 Jan\\s+Long run 8\\.1 mi\\s+Easy run 5\\.5 mi")
                .containsPattern("Sat 30 Jan\\s+Easy run 2\\.2 mi\\s+Easy run 1\\.5 mi");
    }

    @Test
    void badInputExitsTwoNamingTheOptionAndStoresNothing() {
        final CliRun badDate = CliRun.of("adapt", "--as-of", "2027-13-01", "--apply", "--data-dir", dir.toString());

        assertThat(badDate.exitCode()).isEqualTo(2);
        assertThat(badDate.errLines()).hasSize(1).first().asString().contains("--as-of").contains("YYYY-MM-DD");
        assertThat(dir.resolve("stride.db")).doesNotExist();

        final CliRun badUnits = CliRun.of("adapt", "--units", "furlongs", "--apply", "--data-dir", dir.toString());
        assertThat(badUnits.exitCode()).isEqualTo(2);
        assertThat(badUnits.errLines()).hasSize(1).first().asString().contains("--units").contains("km or mi");
        assertThat(dir.resolve("stride.db")).doesNotExist();

        final CliRun badDays = CliRun.of("adapt", "--days", "someday", "--apply", "--data-dir", dir.toString());
        assertThat(badDays.exitCode()).isEqualTo(2);
        assertThat(badDays.errLines()).hasSize(1).first().asString().contains("--days");

        final SqlitePlanRepository repo = planDoneUntil(LocalDate.of(2027, 1, 17));
        final CliRun tooSoon = CliRun.of("adapt", "--race-date", "2027-02-01", "--apply", "--as-of", "2027-01-19",
                "--data-dir", dir.toString());
        assertThat(tooSoon.exitCode()).isEqualTo(2);
        assertThat(tooSoon.errLines()).hasSize(1).first().asString().contains("--race-date");
        assertThat(repo.historyCount()).isZero();
    }

    @Test
    void withoutAPlanThereIsNothingToAdapt() {
        final CliRun run = CliRun.of("adapt", "--data-dir", dir.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(1).first().asString().contains("no current plan");
    }

}
