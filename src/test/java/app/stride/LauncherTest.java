package app.stride;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.app.StrideServices;
import app.stride.cli.Cli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.LogManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Commands that need no stored data leave nothing behind: no data folder, no log file. */
class LauncherTest {

    @TempDir
    Path dir;

    @AfterEach
    void restoreLogging() throws Exception {
        // The launcher owns logging for a real run; give the rest of the test JVM its defaults back.
        LogManager.getLogManager().readConfiguration();
    }

    private static int run(final CommandLine cl, final String... args) {
        return cl.setOut(new PrintWriter(new StringWriter())).setErr(new PrintWriter(new StringWriter())).execute(args);
    }

    @Test
    void aPlanNotSavedCreatesNoFolderAndNoLog() {
        final Path fresh = dir.resolve("fresh");

        final int code = run(Launcher.commandLine(), "plan", "--distance", "5k", "--weeks", "8", "--recent-race", "5k=30:00",
                "--data-dir", fresh.toString());

        assertThat(code).isZero();
        assertThat(fresh).doesNotExist();
    }

    @Test
    void anOutfitWithoutDataDirNeverOpensTheData() {
        final List<Optional<Path>> opened = new ArrayList<>();
        final CommandLine cl = Cli.create(d -> { }, (d, clock) -> {
            opened.add(d);
            return StrideServices.open(Optional.of(dir.resolve("never")), clock);
        });

        assertThat(run(cl, "outfit", "--temp", "10")).isZero();
        assertThat(run(cl, "outfit", "--temp", "50", "--temp-unit", "f", "--json")).isZero();
        assertThat(opened).isEmpty();
    }

    @Test
    void aCommandThatReadsTheDataStartsTheLogThere() throws Exception {
        final Path data = dir.resolve("data");

        final int code = run(Launcher.commandLine(), "info", "--data-dir", data.toString());

        assertThat(code).isZero();
        assertThat(data.resolve("stride.db")).exists();
        // The log file is made on its first record (a refused command leaves no file behind): write one.
        java.util.logging.Logger.getLogger("app.stride").warning("a line for LauncherTest");
        assertThat(Files.list(data).map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("stride.log"));
    }
}
