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
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Restores a backup made by 'stride export backup' or kept by the app.",
            "Refused over a data folder that already holds data unless --replace, which first keeps that data aside."})
public final class ImportBackupCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The backup to restore.")
    Path file;

    @Option(names = "--replace", description = "Replace the data already in the folder (it is copied aside first).")
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
