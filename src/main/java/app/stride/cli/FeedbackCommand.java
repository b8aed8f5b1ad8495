package app.stride.cli;

import app.stride.common.InvalidInputException;
import app.stride.common.Messages;
import app.stride.format.Degrees;
import app.stride.outfit.FeedbackAnswer;
import app.stride.outfit.FeedbackResult;
import app.stride.outfit.LearnedExplanation;
import app.stride.outfit.OutfitAdvisor;
import app.stride.outfit.OutfitLearning;
import app.stride.outfit.OutfitService;
import app.stride.settings.Settings;
import app.stride.settings.TemperatureUnit;
import app.stride.store.DataFolder;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code stride feedback}: how the outfit felt on a run ("too-cold", "ok", "too-warm"), what was learned, and
 * resetting it. The answer is filed under the outfit {@code stride outfit --data-dir} (or the app) showed for that
 * day, or under {@code --dress-for}; it is linked to the run logged that day if there is one, else kept on its own.
 */
@Command(name = "feedback", mixinStandardHelpOptions = true)
public final class FeedbackCommand implements Callable<Integer> {

    @ParentCommand
    StrideCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--date", paramLabel = "DATE", descriptionKey = "cli.feedback.date")
    String date;
    @Option(names = "--dress-for", paramLabel = "N",
            descriptionKey = "cli.feedback.dressFor")
    String dressFor;
    @Option(names = "--temp-unit", paramLabel = "c|f", descriptionKey = "cli.feedback.tempUnit")
    String tempUnit;
    @Option(names = "--list", descriptionKey = "cli.feedback.list")
    boolean list;
    @Option(names = "--reset", paramLabel = "all|TEMP", descriptionKey = "cli.feedback.reset")
    String reset;
    @Parameters(arity = "0..1", paramLabel = "too-cold|ok|too-warm", descriptionKey = "cli.feedback.answer")
    String answer;

    private Clock clock = Clock.systemDefaultZone();

    void setClock(final Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() {
        final PrintWriter out = spec.commandLine().getOut();
        // Everything typed is checked before the data folder is touched: a refused command creates and changes nothing.
        final DataFolder folder = DataFolder.forThisMachine(root.dataDir());
        final TemperatureUnit unit = tempUnit != null ? TemperatureUnit.parse(tempUnit).orElseThrow(
                () -> new InvalidInputException("--temp-unit", Messages.get("cli.outfit.invalid.word", "--temp-unit", "c, f", tempUnit)))
                : java.nio.file.Files.exists(folder.databaseFile()) ? service(folder).unit() : Settings.DEFAULTS.temperatureUnit();
        if (list || reset != null) {
            final boolean all = reset != null && "all".equalsIgnoreCase(reset.strip());
            final Optional<Integer> band = reset == null || all ? Optional.empty() : Optional.of(OutfitLearning.bandOf(
                    OutfitOptions.temperatureC("--reset", reset, unit, OutfitAdvisor.MIN_DRESS_FOR_C, OutfitAdvisor.MAX_DRESS_FOR_C)));
            final OutfitService service = service(folder);
            if (all) {
                service.resetAll();
            }
            band.ifPresent(service::reset);
            final List<LearnedExplanation> learned = service.learned();
            if (learned.isEmpty()) {
                out.println(Messages.get("outfit.learned.none"));
            } else {
                out.println(Messages.get("cli.outfit.learned.title"));
                learned.forEach(l -> out.println("  " + OutfitLearning.explain(l.band(), unit)));
            }
            out.flush();
            return Cli.EXIT_OK;
        }
        if (date == null) {
            throw new InvalidInputException("--date", Messages.get("cli.outfit.invalid.dateMissing"));
        }
        final LocalDate day = RunDay.parse("--date", date, clock, false);
        if (answer == null || FeedbackAnswer.parse(answer).isEmpty()) {
            throw new InvalidInputException("answer", Messages.get("cli.outfit.invalid.word", "The answer",
                    FeedbackAnswer.codes(), answer == null ? "" : answer));
        }
        final FeedbackAnswer a = FeedbackAnswer.parse(answer).orElseThrow();
        final Optional<Double> dressForC = dressFor == null ? Optional.empty() : Optional.of(OutfitOptions.temperatureC("--dress-for",
                dressFor, unit, OutfitAdvisor.MIN_DRESS_FOR_C, OutfitAdvisor.MAX_DRESS_FOR_C));
        if (dressForC.isEmpty() && !java.nio.file.Files.exists(folder.databaseFile())) {
            throw new InvalidInputException("--date", Messages.get("outfit.feedback.noOutfit", day)); // nothing was ever shown
        }
        final OutfitService service = service(folder);
        final FeedbackResult r = dressForC.isEmpty() ? service.recordFeedback(day, a) : service.recordFeedback(day, a, dressForC.get());
        out.println(Messages.get("outfit.feedback.recorded", a.code(), day, Degrees.of(r.entry().baseDressForC(), unit)));
        if (r.loggedSessionId().isEmpty()) {
            out.println(Messages.get("outfit.feedback.noRun", day));
        }
        out.println(OutfitLearning.explain(r.band(), unit));
        out.flush();
        return Cli.EXIT_OK;
    }

    /** Opened only once everything typed has been checked (see {@link #call()}). */
    private OutfitService service(final DataFolder folder) {
        return root.services(clock).outfit();
    }
}
