package app.stride.cli;

import app.stride.app.StrideServices;
import app.stride.common.Messages;
import app.stride.store.DataFolder;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stride import backup FILE [--replace]}: puts a backup back as the data folder's database. */
@Command(name = "backup", mixinStandardHelpOptions = true)
public final class ImportBackupCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "cli.import.backup.file")
    Path file;

    @Option(names = "--replace", descriptionKey = "cli.import.backup.replace")
    boolean replace;

    @Override
    public Integer call() {
        final DataFolder folder = CliFolder.of(spec);
        final Optional<Path> aside = StrideServices.restoreBackup(folder, Clock.systemDefaultZone(), file, replace);
        final PrintWriter out = spec.commandLine().getOut();
        out.println(Messages.get("cli.import.restored", file.toAbsolutePath(), folder.path()));
        aside.ifPresent(p -> out.println(Messages.get("cli.import.keptAside", p)));
        out.flush();
        return Cli.EXIT_OK;
    }
}
