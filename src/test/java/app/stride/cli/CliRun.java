package app.stride.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Runs the command line in-process and keeps what it printed, for tests. */
public record CliRun(int exitCode, String out, String err, List<Optional<Path>> windowsOpened) {

    public static CliRun of(final String... args) {
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        final List<Optional<Path>> opened = new ArrayList<>();
        final int code = Cli.create(opened::add).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new CliRun(code, out.toString(), err.toString(), opened);
    }

    /** Non-empty lines printed on stderr. */
    public List<String> errLines() {
        return err.lines().filter(l -> !l.isBlank()).toList();
    }
}
