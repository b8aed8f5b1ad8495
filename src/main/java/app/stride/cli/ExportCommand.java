package app.stride.cli;

import app.stride.common.InvalidInputException;
import app.stride.common.Messages;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code stride export ...}: the runner's data out of Stride, in formats other programs read. */
@Command(name = "export", mixinStandardHelpOptions = true,
        subcommands = {ExportBackupCommand.class, ExportCsvCommand.class, ExportIcsCommand.class, ExportPdfCommand.class, ExportSummaryCommand.class})
public final class ExportCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        throw new InvalidInputException("command", Messages.get("cli.export.what"));
    }
}
