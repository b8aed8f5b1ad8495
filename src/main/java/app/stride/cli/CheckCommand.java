package app.stride.cli;

import app.stride.app.DataHealth;
import app.stride.app.StrideServices;
import app.stride.common.Messages;
import app.stride.store.DataFolder;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code stride check}: "Check my data" from the command line; exit 0 if the database is sound, 1 if not. */
@Command(name = "check", mixinStandardHelpOptions = true)
public final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    StrideCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        final DataHealth health = StrideServices.open(DataFolder.forThisMachine(root.dataDir()), Clock.systemDefaultZone()).checkData();
        final PrintWriter out = health.ok() ? spec.commandLine().getOut() : spec.commandLine().getErr();
        out.println(health.ok() ? health.message() : Messages.get("cli.error.prefix") + health.message());
        out.flush();
        return health.ok() ? Cli.EXIT_OK : Cli.EXIT_FAILURE;
    }
}
