package app.stride.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.stride.common.InvalidInputException;
import app.stride.store.DataFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoDataTest {

    @TempDir
    Path dir;

    @Test
    void aYearOfDemoDataIsRealisticAndTheSameForTheSameSeed() {
        final LocalDate end = LocalDate.of(2026, 11, 29);
        final DemoData.Summary a = DemoData.write(new DataFolder(dir.resolve("a")), 1, 5, end);
        final DemoData.Summary b = DemoData.write(new DataFolder(dir.resolve("b")), 1, 5, end);

        assertThat(a).isEqualTo(b);
        assertThat(a.plans()).isBetween(3, 6);
        assertThat(a.runs()).isBetween(330, 380);
        assertThat(a.answers()).isPositive();
        final StrideServices services = StrideServices.open(new DataFolder(dir.resolve("a")), java.time.Clock.fixed(
                end.atStartOfDay().toInstant(java.time.ZoneOffset.UTC), java.time.ZoneOffset.UTC));
        assertThat(services.plans().current()).isPresent();
        assertThat(services.checkData().ok()).isTrue();
    }

    @Test
    void effortFeelAndNoteTellTheSameStory() {
        // The demo log paired "Effort 8/10" with "Felt easy, could have gone on." (effort, feel and note were drawn apart).
        final LocalDate end = LocalDate.of(2026, 11, 29);
        DemoData.write(new DataFolder(dir), 2, 5, end);
        final StrideServices services = StrideServices.open(new DataFolder(dir), java.time.Clock.fixed(
                end.atStartOfDay().toInstant(java.time.ZoneOffset.UTC), java.time.ZoneOffset.UTC));
        final java.util.List<app.stride.tracking.LoggedRun> runs = services.runLog().all();
        assertThat(runs).hasSizeGreaterThan(300);
        for (app.stride.tracking.LoggedRun run : runs) {
            final int rpe = run.report().effortRpe().orElseThrow();
            final int feel = run.report().feel().orElseThrow().score();
            final String note = run.report().notes();
            if (java.util.Set.of("easy", "recovery").contains(run.type())) {
                assertThat(rpe).as("easy run %s", run.date()).isLessThanOrEqualTo(4);
            }
            if (note.startsWith("Felt easy")) {
                assertThat(rpe).as("'%s' on %s", note, run.date()).isLessThanOrEqualTo(4);
                assertThat(feel).as("'%s' on %s", note, run.date()).isGreaterThanOrEqualTo(4);
            }
            if (rpe >= 7) {
                assertThat(feel).as("feel after RPE %d on %s", rpe, run.date()).isLessThan(5);
            }
        }
    }

    @Test
    void everySeedMakesPlansTheEngineAccepts() {
        // Finish goals with a target time are refused by the engine (a target needs a time goal): never asked for.
        for (long seed = 1; seed <= 6; seed++) {
            final DemoData.Summary s = DemoData.write(new DataFolder(dir.resolve("seed" + seed)), 1, seed,
                    LocalDate.of(2026, 11, 29));
            assertThat(s.plans()).as("seed %d", seed).isBetween(3, 6);
        }
    }

    @Test
    void neverWritesIntoAFolderThatHoldsADatabase() throws Exception {
        DemoData.write(new DataFolder(dir), 1, 5, LocalDate.of(2026, 11, 29));
        final byte[] before = Files.readAllBytes(dir.resolve("stride.db"));

        assertThatThrownBy(() -> DemoData.write(new DataFolder(dir), 1, 6, LocalDate.of(2026, 11, 29)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("already holds");
        assertThat(Files.readAllBytes(dir.resolve("stride.db"))).isEqualTo(before);
    }
}
