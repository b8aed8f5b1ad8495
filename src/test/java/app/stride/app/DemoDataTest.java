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
