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
@Command(name = "backup", mixinStandardHelpOptions = true)
public final class ExportBackupCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "cli.export.backup.out")
    Path out;

    @Override
    public Integer call() {
        final Path written = StrideServices.exportBackup(CliFolder.existing(spec), Clock.systemDefaultZone(), out);
        spec.commandLine().getOut().println(Messages.get("cli.export.written", written));
        spec.commandLine().getOut().flush();
        return Cli.EXIT_OK;
    }
}
