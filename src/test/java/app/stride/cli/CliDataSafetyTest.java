package app.stride.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.store.DataFolder;
import app.stride.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's side of issue 11: data problems in one plain line, never a changed file. */
class CliDataSafetyTest {

    @TempDir
    Path dir;

    @Test
    void checkSaysASoundDatabaseIsSound() {
        Database.open(new DataFolder(dir));

        final CliRun run = CliRun.of("check", "--data-dir", dir.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("sound").contains(dir.resolve("stride.db").toString());
    }

    @Test
    void anEmptyDatabaseFileIsOneLineAndStaysEmpty() throws Exception {
        final Path file = Files.createFile(dir.resolve("stride.db"));

        for (String[] args : new String[][] {{"info"}, {"check"}, {"feedback", "--list"}}) {
            final String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.stream.Stream.of("--data-dir", dir.toString()))
                    .toArray(String[]::new);
            final CliRun run = CliRun.of(all);
            assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(1);
            assertThat(run.errLines()).singleElement().asString().contains("empty file").doesNotContain("Exception");
        }
        assertThat(Files.size(file)).isZero();
    }

    @Test
    void aWriteWhileAnotherHoldsTheDatabaseWaitsThenSaysItIsBusy() throws Exception {
        final Database db = Database.open(new DataFolder(dir));
        final String old = System.getProperty("stride.busyTimeoutMs");
        System.setProperty("stride.busyTimeoutMs", "300");
        try (Connection app = db.connect()) {
            app.setAutoCommit(false);
            try (Statement st = app.createStatement()) {
                st.executeUpdate("INSERT INTO shoe (name) VALUES ('being saved by the window')");
            }

            final CliRun run = CliRun.of("feedback", "ok", "--date", "2026-01-05", "--dress-for", "8", "--data-dir", dir.toString());

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.errLines()).singleElement().asString().contains("busy").doesNotContain("SQLITE");
            app.rollback();
        } finally {
            if (old == null) {
                System.clearProperty("stride.busyTimeoutMs");
            } else {
                System.setProperty("stride.busyTimeoutMs", old);
            }
        }
        final long answers = db.read(c -> {
            try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM outfit_feedback")) {
                rs.next();
                return rs.getLong(1);
            }
        });
        assertThat(answers).isZero();
    }
}
