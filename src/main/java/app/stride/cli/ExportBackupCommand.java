package app.stride.cli;

import app.stride.app.StrideServices;
import app.stride.common.Messages;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code stride export backup --out FILE}: a consistent copy of the whole database, safe while the app runs. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Copies the whole database to FILE (consistent even while the app is open; readable by you only).")
public final class ExportBackupCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write, e.g. stride-backup.db.")
    Path out;

    @Override
    public Integer call() {
        final Path written = StrideServices.exportBackup(CliFolder.existing(spec), Clock.systemDefaultZone(), out);
        spec.commandLine().getOut().println(Messages.get("cli.export.written", written));
        spec.commandLine().getOut().flush();
        return Cli.EXIT_OK;
    }
}
