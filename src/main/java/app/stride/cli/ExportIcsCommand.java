package app.stride.cli;

import app.stride.app.StrideServices;
import app.stride.common.InvalidInputException;
import app.stride.common.Messages;
import app.stride.export.ExportFile;
import app.stride.settings.DistanceUnit;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code stride export ics --out FILE}: the current plan for any calendar app. */
@Command(name = "ics", mixinStandardHelpOptions = true)
public final class ExportIcsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "cli.export.ics.out")
    Path out;

    @Option(names = "--units", paramLabel = "km|mi", descriptionKey = "cli.export.ics.units")
    String units;

    @Override
    public Integer call() {
        final Optional<DistanceUnit> unit = Optional.ofNullable(units).map(u -> DistanceUnit.parse(u.strip()).orElseThrow(
                () -> new InvalidInputException("--units", Messages.get("cli.export.invalid.units", units))));
        ExportFile.check("--out", out);
        final Path written = StrideServices.open(CliFolder.existing(spec), Clock.systemDefaultZone()).exports().ics(out, unit);
        spec.commandLine().getOut().println(Messages.get("cli.export.written", written));
        spec.commandLine().getOut().flush();
        return Cli.EXIT_OK;
    }
}
