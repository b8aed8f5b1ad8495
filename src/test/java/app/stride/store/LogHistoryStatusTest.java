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

    @TempDir
    Path dir;

    @Test
    void aSkippedEntryIsListedOnceWithItsNoteAndPartialIsTakenAtItsWord() {
        final Database db = Database.open(new DataFolder(dir));
        final Clock madeOn = Clock.fixed(LocalDate.of(2027, 1, 6).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        final SqlitePlanRepository plans = new SqlitePlanRepository(db, madeOn);
        plans.saveAsCurrent(new PlanGenerator(madeOn).generate(new PlanRequest(Goal.TIME, Optional.of(RaceDistance.TEN_K),
                Optional.empty(), Optional.of(LocalDate.of(2027, 1, 11)), Optional.of(LocalDate.of(2027, 3, 7)), Optional.empty(),
                EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SUNDAY), Optional.empty(),
                new FitnessInput(Optional.of(new RaceResult(RaceDistance.FIVE_K, Duration.ofMinutes(25))), Optional.of(25_000.0),
                        Optional.of(3), Optional.empty(), Optional.empty(), Optional.empty(), 0, false))));
        final LocalDate tuesday = LocalDate.of(2027, 1, 12);
        final LocalDate thursday = LocalDate.of(2027, 1, 14);
        final RunLog log = new RunLog(plans, new SqliteTrainingLog(db), Clock.fixed(
                LocalDate.of(2027, 1, 15).atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        final double planned = plans.current().orElseThrow().sessions().stream().filter(s -> s.date().equals(tuesday))
                .map(SavedSession::distanceM).findFirst().orElseThrow().orElseThrow();
        // Nearly the whole distance, but the runner says it was cut short.
        log.log(tuesday, RunStatus.PARTIAL, new RunReport(Optional.of(planned - 100), Optional.empty(), Optional.empty(),
                Optional.empty(), ""), Optional.empty());
        log.log(thursday, RunStatus.SKIPPED, new RunReport(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), "knee"), Optional.empty());

        final List<LogEntry> history = new SqliteLogHistory(db).all();

        assertThat(history).hasSize(2);
        assertThat(history.get(0).status()).isEqualTo(LogEntry.Status.PARTIAL);
        assertThat(history.get(1).date()).isEqualTo(thursday);
        assertThat(history.get(1).status()).isEqualTo(LogEntry.Status.SKIPPED);
        assertThat(history.get(1).notes()).isEqualTo("knee");
    }
}
