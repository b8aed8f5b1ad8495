package app.stride.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    private static final int LATEST = app.stride.store.Migrations.bundled().latestVersion();

    @TempDir
    Path dir;

    @Test
    void infoCreatesTheDatabaseAndReportsIt() {
        final CliRun run = CliRun.of("info", "--data-dir", dir.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .contains("Data folder:    " + dir)
                .contains("Database:       " + dir.resolve("stride.db"))
                .contains("Schema version: " + LATEST + " (latest " + LATEST + "), journal mode wal")
                .containsPattern("plan\\s+0");
        assertThat(dir.resolve("stride.db")).exists();
    }

    @Test
    void dataDirWorksBeforeTheSubcommandToo() {
        final CliRun run = CliRun.of("--data-dir", dir.toString(), "info");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Data folder:    " + dir);
    }

    @Test
    void noSubcommandOpensTheWindowOnTheChosenFolder() {
        final CliRun run = CliRun.of("--data-dir", dir.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.windowsOpened()).containsExactly(Optional.of(dir));
    }

    @Test
    void unknownOptionIsOneLineWithExitCode2() {
        final CliRun run = CliRun.of("info", "--colour", "red");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.errLines().get(0)).startsWith("stride: Unknown option").contains("--colour").doesNotContain("Exception");
    }

    @Test
    void unknownSubcommandIsOneLineWithExitCode2() {
        final CliRun run = CliRun.of("plna");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.windowsOpened()).isEmpty();
    }

    @Test
    void dataDirWithoutAValueIsRefused() {
        final CliRun run = CliRun.of("info", "--data-dir");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().contains("--data-dir");
    }

    @Test
    void aBlankDataDirIsRefused() {
        final CliRun run = CliRun.of("info", "--data-dir", "");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString().contains("--data-dir must name a folder");
    }

    @Test
    void aDataDirThatIsAFileIsOneLineNotAStackTrace() throws Exception {
        final Path file = java.nio.file.Files.createFile(dir.resolve("afile"));
        final CliRun run = CliRun.of("info", "--data-dir", file.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString().isEqualTo("stride: " + file + " is a file, not a folder: choose another data folder");
    }

    @Test
    void noDisplayIsSaidPlainly() {
        final java.io.StringWriter err = new java.io.StringWriter();
        final int code = Cli.create(d -> {
            throw new app.stride.common.CannotContinueException("there is no display", new UnsupportedOperationException());
        }).setErr(new java.io.PrintWriter(err)).execute();
        assertThat(code).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("stride: there is no display");
    }

    @Test
    void helpAndVersionSucceed() {
        assertThat(CliRun.of("--help").out()).contains("Usage: stride").contains("info").contains("--data-dir");
        final CliRun version = CliRun.of("--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("Stride ");
    }

    @Test
    void aDatabaseFromANewerStrideIsReportedNotTouched() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("stride.db"));
             Statement st = c.createStatement()) {
            st.execute("PRAGMA application_id = 1398035012"); // Stride's, as every Stride since schema 5 writes
            st.execute("PRAGMA user_version = 42");
        }

        final CliRun run = CliRun.of("info", "--data-dir", dir.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString().contains("newer Stride").contains("42");
    }
}
