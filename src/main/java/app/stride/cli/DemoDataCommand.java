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
@Command(name = "demo-data", mixinStandardHelpOptions = true)
public final class DemoDataCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--years", paramLabel = "N", descriptionKey = "cli.demoData.years")
    String years = "10";
    @Option(names = "--out", paramLabel = "DIR", required = true, descriptionKey = "cli.demoData.out")
    Path out;
    @Option(names = "--seed", paramLabel = "N", descriptionKey = "cli.demoData.seed")
    String seed = "11";
    @Option(names = "--end", paramLabel = "YYYY-MM-DD", descriptionKey = "cli.demoData.end")
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
