package app.stride.cli;

import app.stride.app.DemoData;
import app.stride.common.InvalidInputException;
import app.stride.common.Messages;
import app.stride.store.DataFolder;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code stride demo-data}: a realistic data folder with years of training, for benchmarks and screenshots. */
@Command(name = "demo-data", mixinStandardHelpOptions = true,
        description = "Writes a demo data folder: years of plans, ~360 runs a year with notes, shoes, outfit answers (deterministic).")
public final class DemoDataCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--years", paramLabel = "N", description = "How many years of training (1-30, default 10).")
    String years = "10";
    @Option(names = "--out", paramLabel = "DIR", required = true, description = "A new folder to write (never one with a database).")
    Path out;
    @Option(names = "--seed", paramLabel = "N", description = "Seed for the random choices (default 11).")
    String seed = "11";
    @Option(names = "--end", paramLabel = "YYYY-MM-DD", description = "The last day of the log (default: today).")
    String end;

    @Override
    public Integer call() {
        if (!years.strip().matches("[0-9]{1,2}")) {
            throw new InvalidInputException("--years", Messages.get("cli.demo.years", years));
        }
        if (!seed.strip().matches("-?[0-9]{1,18}")) {
            throw new InvalidInputException("--seed", Messages.get("cli.plan.error.integer", "--seed", seed));
        }
        final LocalDate last;
        try {
            last = end == null ? LocalDate.now() : LocalDate.parse(end.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException("--end", Messages.get("cli.outfit.invalid.date", end));
        }
        final long t0 = System.nanoTime();
        final DemoData.Summary s = DemoData.write(DataFolder.forThisMachine(Optional.of(out)), Integer.parseInt(years.strip()),
                Long.parseLong(seed.strip()), last);
        spec.commandLine().getOut().println(Messages.get("cli.demo.done", out.toAbsolutePath(), s.plans(), s.runs(), s.shoes(), s.answers(),
                (System.nanoTime() - t0) / 1_000_000));
        spec.commandLine().getOut().flush();
        return Cli.EXIT_OK;
    }
}
