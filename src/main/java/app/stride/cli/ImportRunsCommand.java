package app.stride.cli;

import app.stride.app.ImportService;
import app.stride.app.StrideServices;
import app.stride.common.Messages;
import app.stride.settings.DistanceUnit;
import app.stride.tracking.RunImport;
import app.stride.text.TrackingText;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stride import gpx|tcx FILE...}: runs from a watch or phone, ticking off the day's session. */
abstract class ImportRunsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "cli.import.runs.files")
    List<Path> files;

    @Option(names = "--extra", descriptionKey = "cli.import.runs.extra")
    boolean extra;

    abstract ImportService.Format format();

    @Override
    public Integer call() {
        final StrideServices services = StrideServices.open(CliFolder.of(spec), Clock.systemDefaultZone());
        // Every file is read and checked before anything is stored: one bad file means nothing is logged.
        final List<RunImport.Match> matches = services.imports().read(files, Optional.of(format()));
        final DistanceUnit unit = services.settings().load().distanceUnit();
        final PrintWriter out = spec.commandLine().getOut();
        for (RunImport.Match m : matches) {
            if (m.duplicateOf().isPresent()) {
                out.println(Messages.get("import.skipped", m.source(), m.duplicateOf().get()));
                continue;
            }
            final RunImport.Logged logged = services.imports().log(m, !extra);
            out.println(describe(m, unit) + " — " + (logged.tickedOff()
                    ? Messages.get("import.tickedOff", TrackingText.describe(m.session().orElseThrow()))
                    : logged.alreadyDone().map(d -> Messages.get("import.extra.alreadyDone", TrackingText.describe(d)))
                            .orElseGet(() -> Messages.get("import.extra"))));
        }
        out.flush();
        return Cli.EXIT_OK;
    }

    /** "run.gpx: 5.00 km in 30:00 (6:00 /km), 33 m climbed". */
    static String describe(final RunImport.Match m, final DistanceUnit unit) {
        final double perUnit = m.run().paceSecPerKm() * unit.metres() / 1000.0;
        return Messages.get("import.ran", m.source(), String.format(Locale.getDefault(), "%.2f %s", unit.fromMetres(m.run().distanceM()), unit.code()),
                clock(m.run().movingTime()), clock(Duration.ofSeconds(Math.round(perUnit))) + " /" + unit.code(),
                Math.round(m.run().elevationGainM()));
    }

    private static String clock(final Duration d) {
        final long s = d.toSeconds();
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
