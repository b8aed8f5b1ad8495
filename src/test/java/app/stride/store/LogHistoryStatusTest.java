package app.stride.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.plan.FitnessInput;
import app.stride.plan.Goal;
import app.stride.plan.PlanGenerator;
import app.stride.plan.PlanRequest;
import app.stride.plan.RaceDistance;
import app.stride.plan.RaceResult;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.EnumSet;
import app.stride.plan.PlanRepository.SavedSession;
import app.stride.tracking.LogEntry;
import app.stride.tracking.RunLog;
import app.stride.tracking.RunReport;
import app.stride.tracking.RunStatus;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export's history reads the status the runner logged (V007): skipped once with its note, partial as partial. */
class LogHistoryStatusTest {

    private static final LocalDate TUESDAY = LocalDate.of(2027, 1, 12);
    private static final LocalDate THURSDAY = LocalDate.of(2027, 1, 14);

    @TempDir
    Path dir;

    @Test
    void aSkippedEntryIsListedOnceWithItsNoteAndPartialIsTakenAtItsWord() {
        final Database db = tuesdayPartialThursdaySkipped();

        final List<LogEntry> history = new SqliteLogHistory(db).all();

        assertThat(history).hasSize(2);
        assertThat(history.get(0).status()).isEqualTo(LogEntry.Status.PARTIAL);
        assertThat(history.get(1).date()).isEqualTo(THURSDAY);
        assertThat(history.get(1).status()).isEqualTo(LogEntry.Status.SKIPPED);
        assertThat(history.get(1).notes()).isEqualTo("knee");
    }

    @Test
    void betweenTwoDaysListsWhatAllListsOnThoseDays() {
        final Database db = tuesdayPartialThursdaySkipped();
        final SqliteTrainingLog log = new SqliteTrainingLog(db);
        log.logExtra(TUESDAY.plusDays(7), "easy", RunStatus.DONE, RunReport.justDone(), Optional.empty(),
                TUESDAY.plusDays(7).atTime(18, 0).toInstant(ZoneOffset.UTC));
        final SqliteLogHistory history = new SqliteLogHistory(db);
        final List<LogEntry> all = history.all();
        assertThat(all).hasSize(3);

        assertThat(history.between(TUESDAY.minusDays(1), TUESDAY.plusDays(5))).as("the plan's first week")
                .isEqualTo(all.subList(0, 2));
        assertThat(history.between(THURSDAY, THURSDAY)).as("a skipped session, by its day").isEqualTo(all.subList(1, 2));
        assertThat(history.between(TUESDAY, TUESDAY)).isEqualTo(all.subList(0, 1));
        assertThat(history.between(TUESDAY.plusDays(7), TUESDAY.plusDays(7))).isEqualTo(all.subList(2, 3));
        assertThat(history.between(TUESDAY.minusDays(30), TUESDAY.minusDays(1))).isEmpty();
    }

    /** Week 1 of a 10K plan: Tuesday's run logged as partial, Thursday's session skipped ("knee"). */
    private Database tuesdayPartialThursdaySkipped() {
        final Database db = Database.open(new DataFolder(dir));
        final Clock madeOn = Clock.fixed(LocalDate.of(2027, 1, 6).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        final SqlitePlanRepository plans = new SqlitePlanRepository(db, madeOn);
        plans.saveAsCurrent(new PlanGenerator(madeOn).generate(new PlanRequest(Goal.TIME, Optional.of(RaceDistance.TEN_K),
                Optional.empty(), Optional.of(LocalDate.of(2027, 1, 11)), Optional.of(LocalDate.of(2027, 3, 7)), Optional.empty(),
                EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SUNDAY), Optional.empty(),
                new FitnessInput(Optional.of(new RaceResult(RaceDistance.FIVE_K, Duration.ofMinutes(25))), Optional.of(25_000.0),
                        Optional.of(3), Optional.empty(), Optional.empty(), Optional.empty(), 0, false))));
        final RunLog log = new RunLog(plans, new SqliteTrainingLog(db), Clock.fixed(
                LocalDate.of(2027, 1, 15).atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        final double planned = plans.current().orElseThrow().sessions().stream().filter(s -> s.date().equals(TUESDAY))
                .map(SavedSession::distanceM).findFirst().orElseThrow().orElseThrow();
        // Nearly the whole distance, but the runner says it was cut short.
        log.log(TUESDAY, RunStatus.PARTIAL, new RunReport(Optional.of(planned - 100), Optional.empty(), Optional.empty(),
                Optional.empty(), ""), Optional.empty());
        log.log(THURSDAY, RunStatus.SKIPPED, new RunReport(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), "knee"), Optional.empty());
        return db;
    }
}
