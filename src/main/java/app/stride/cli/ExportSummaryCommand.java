package app.stride.cli;

import app.stride.app.StrideServices;
import app.stride.common.InvalidInputException;
import app.stride.common.Messages;
import app.stride.export.ExportFile;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code stride export summary [--week N] [--out FILE]}: this week in plain words for an accountability partner. */
@Command(name = "summary", mixinStandardHelpOptions = true)
public final class ExportSummaryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--week", paramLabel = "N", descriptionKey = "cli.export.summary.week")
    String week;

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "cli.export.summary.out")
    Path out;

    @Override
    public Integer call() {
        final Optional<Integer> n;
        try {
            n = Optional.ofNullable(week).map(w -> Integer.parseInt(w.strip()));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("--week", Messages.get("cli.export.invalid.weekNumber", week));
        }
        if (out != null) {
            ExportFile.check("--out", out);
        }
        final StrideServices services = StrideServices.open(CliFolder.existing(spec), Clock.systemDefaultZone());
        final String note = services.exports().partnerNote(n, Optional.empty());
        if (out != null) {
            services.exports().savePartnerNote(out, note);
        }
        spec.commandLine().getOut().print(note);
        spec.commandLine().getOut().flush();
        return Cli.EXIT_OK;
    }
}
