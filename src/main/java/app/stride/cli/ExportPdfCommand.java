package app.stride.cli;

import app.stride.app.StrideServices;
import app.stride.common.InvalidInputException;
import app.stride.common.Messages;
import app.stride.export.ExportFile;
import app.stride.export.PlanPdf;
import app.stride.settings.DistanceUnit;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code stride export pdf --out FILE [--paper a4|letter]}: the plan on paper. */
@Command(name = "pdf", mixinStandardHelpOptions = true)
public final class ExportPdfCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "cli.export.pdf.out")
    Path out;

    @Option(names = "--units", paramLabel = "km|mi", descriptionKey = "cli.export.pdf.units")
    String units;

    @Option(names = "--paper", paramLabel = "a4|letter", descriptionKey = "cli.export.pdf.paper")
    String paper;

    @Override
    public Integer call() {
        final PlanPdf.Paper size = paper == null ? PlanPdf.Paper.forLocale(java.util.Locale.getDefault())
                : java.util.Arrays.stream(PlanPdf.Paper.values()).filter(p -> p.name().equalsIgnoreCase(paper.strip())).findFirst()
                .orElseThrow(() -> new InvalidInputException("--paper", Messages.get("cli.export.invalid.paper", paper)));
        final Optional<DistanceUnit> unit = Optional.ofNullable(units).map(u -> DistanceUnit.parse(u.strip()).orElseThrow(
                () -> new InvalidInputException("--units", Messages.get("cli.export.invalid.units", units))));
        ExportFile.check("--out", out);
        final Path written = StrideServices.open(CliFolder.existing(spec), Clock.systemDefaultZone()).exports().pdf(out, unit, size);
        spec.commandLine().getOut().println(Messages.get("cli.export.written", written));
        spec.commandLine().getOut().flush();
        return Cli.EXIT_OK;
    }
}
