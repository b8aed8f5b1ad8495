package app.stride.cli;

import app.stride.common.InvalidInputException;
import app.stride.common.Messages;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code stride import ...}: a backup back into Stride, or runs from a watch or phone. */
@Command(name = "import", mixinStandardHelpOptions = true,
        subcommands = {ImportBackupCommand.class, ImportGpxCommand.class, ImportTcxCommand.class})
public final class ImportCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        throw new InvalidInputException("command", Messages.get("cli.import.what"));
    }
}
