package app.stride.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Processes killed with SIGKILL while ticking off sessions: the database stays sound and every write the process
 * acknowledged is there. A short seeded run here; {@code CrashBenchmark} runs many more rounds.
 */
class CrashTest {

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedTickOffSurvivesSigkill() throws Exception {
        final CrashHarness harness = new CrashHarness(dir, 20261129L, 5000);
        harness.prepare();

        final CrashHarness.Outcome outcome = harness.run(4, 400);

        assertThat(outcome.acknowledged()).as("the children wrote something before dying").isPositive();
        assertThat(outcome.integrity()).isEmpty();
        assertThat(outcome.lost()).isEmpty();
    }

    @Test
    void aSecondWindowCannotTakeTheFolderUntilTheFirstProcessDies() throws Exception {
        final DataFolder folder = new DataFolder(dir);
        final Process first = CrashHarness.start("lock", dir.toString());
        try (BufferedReader r = new BufferedReader(new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(r.readLine()).isEqualTo("locked");

            assertThatThrownBy(() -> DataFolderLock.acquire(folder)).isInstanceOfSatisfying(StoreException.class, e -> {
                assertThat(e.problem()).isEqualTo(StoreProblem.IN_USE);
                assertThat(e.getMessage()).contains("already open").contains(dir.toString());
            });
        } finally {
            first.destroyForcibly();
            first.waitFor(30, TimeUnit.SECONDS);
        }
        try (DataFolderLock mine = DataFolderLock.acquire(folder)) {
            assertThat(mine).isNotNull(); // the OS released the dead process's lock
        }
    }
}
