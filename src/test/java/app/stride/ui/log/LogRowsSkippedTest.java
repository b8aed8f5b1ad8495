package app.stride.ui.log;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.settings.DistanceUnit;
import app.stride.tracking.LoggedRun;
import app.stride.tracking.RunReport;
import app.stride.tracking.RunStatus;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Review: a skipped entry said "Skipped: not run" next to its "Skipped" chip; it says so once. */
class LogRowsSkippedTest {

    @Test
    void aSkippedEntryHasNoNumbersLineBesideItsChip() {
        final LoggedRun skipped = new LoggedRun(1, LocalDate.of(2026, 11, 19), "run-walk", RunReport.justDone(), Optional.empty(),
                RunStatus.SKIPPED, Optional.of(3L), Optional.empty());
        assertThat(LogRows.numbers(skipped, DistanceUnit.KM)).isEmpty();
        assertThat(LogRows.status(RunStatus.SKIPPED)).isEqualTo("Skipped");
    }
}
