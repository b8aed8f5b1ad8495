package app.stride.cli;

import app.stride.app.StrideServices;
import app.stride.common.Messages;
import app.stride.store.StoreSummary;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code stride info}: where the data lives and what it holds. */
@Command(name = "info", mixinStandardHelpOptions = true)
public final class InfoCommand implements Callable<Integer> {

    @ParentCommand
    StrideCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        final StrideServices services = root.services(Clock.systemDefaultZone());
        final StoreSummary s = services.summary();
        final PrintWriter out = spec.commandLine().getOut();
        out.println(Messages.get("cli.info.dataFolder", s.dataFolder()));
        out.println(Messages.get("cli.info.database", s.databaseFile()));
        out.println(Messages.get("cli.info.schema", s.schemaVersion(), services.latestSchemaVersion(), s.journalMode()));
        out.println(Messages.get("cli.info.rows"));
        for (Map.Entry<String, Long> e : s.rowCounts().entrySet()) {
            out.printf("  %-16s %d%n", e.getKey(), e.getValue());
        }
        out.flush();
        return 0;
    }
}
