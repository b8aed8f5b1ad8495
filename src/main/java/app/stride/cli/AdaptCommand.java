package app.stride.cli;

import app.stride.app.StrideServices;
import app.stride.common.InvalidInputException;
import app.stride.common.Messages;
import app.stride.export.PlanJson;
import app.stride.export.ProposalJson;
import app.stride.format.Dates;
import app.stride.format.Distances;
import app.stride.format.Durations;
import app.stride.plan.PlanInputException;
import app.stride.plan.Session;
import app.stride.plan.adapt.AdaptNote;
import app.stride.plan.adapt.PlanChange;
import app.stride.plan.adapt.Proposal;
import app.stride.plan.adapt.SessionChange;
import app.stride.settings.DistanceUnit;
import app.stride.store.DataFolder;
import app.stride.text.AdaptText;
import app.stride.text.PlanText;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code stride adapt}: what to change after missed sessions, time off or a new race date; {@code --apply} stores it. */
@Command(name = "adapt", mixinStandardHelpOptions = true)
public final class AdaptCommand implements Callable<Integer> {


    @ParentCommand
    StrideCommand root;

    @Spec
    CommandSpec spec;

    private final Clock clock;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", descriptionKey = "cli.adapt.asOf")
    String asOf;
    @Option(names = "--race-date", paramLabel = "YYYY-MM-DD", descriptionKey = "cli.adapt.raceDate")
    String raceDate;
    @Option(names = "--days", paramLabel = "mon,tue,...", descriptionKey = "cli.adapt.days")
    String days;
    @Option(names = "--units", paramLabel = "km|mi", descriptionKey = "cli.adapt.units")
    String units;
    @Option(names = "--json", descriptionKey = "cli.adapt.json")
    boolean json;
    @Option(names = "--apply", descriptionKey = "cli.adapt.apply")
    boolean apply;

    public AdaptCommand() {
        this(Clock.systemDefaultZone());
    }

    AdaptCommand(final Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() {
        // Every option is read before the data folder is touched: bad input stores nothing.
        final LocalDate day = asOf == null ? LocalDate.now(clock) : date("--as-of", asOf);
        final DistanceUnit unit = units == null ? DistanceUnit.KM : DistanceUnit.parse(units)
                .orElseThrow(() -> new InvalidInputException("--units", Messages.get("cli.plan.error.units", "--units", units)));
        final PlanChange change = new PlanChange(Optional.ofNullable(raceDate).map(s -> date("--race-date", s)),
                Optional.ofNullable(days).map(PlanCommand::parseDays), Optional.empty(), Optional.empty(), Optional.empty());
        final StrideServices services = StrideServices.open(DataFolder.forThisMachine(root.dataDir()), clock);
        final Proposal proposal;
        try {
            // --units names the runner's unit for the rebuilt workouts too; without it, the settings' unit.
            proposal = units == null ? services.adapt().propose(day, change) : services.adapt().propose(day, change, unit);
        } catch (PlanInputException e) {
            // The engine names the field; here it is one of the options this command takes.
            final String option = switch (e.field()) {
                case DAYS, LONG_RUN_DAY -> "--days";
                default -> "--race-date";
            };
            throw new InvalidInputException(option, option + ": "
                    + PlanText.problem(e.problem(), unit, PlanText.Surface.CLI));
        }
        final PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(PlanJson.writePretty(ProposalJson.toTree(proposal)));
        } else {
            out.print(text(proposal, unit));
        }
        out.flush();
        if (apply) {
            final Optional<Long> stored = services.adapt().apply(proposal);
            final PrintWriter note = json ? spec.commandLine().getErr() : out;
            note.println(Messages.get(stored.isPresent() ? "cli.adapt.applied" : "cli.adapt.nothingApplied"));
            note.flush();
        }
        return 0;
    }

    /** The proposal as lines for a terminal: the summary, one line per changed day, then the warnings. */
    static String text(final Proposal p, final DistanceUnit unit) {
        final StringBuilder b = new StringBuilder();
        b.append(Messages.get("cli.adapt.summary", p.missed(), p.daysWithoutRunning(),
                Messages.get("adapt.kind." + p.kind().code()))).append('\n');
        if (p.changes().isEmpty()) {
            b.append(Messages.get("cli.adapt.noChanges")).append('\n');
        } else {
            // Columns as wide as their widest cell (TextTable): a long session pushed "To" out of line at fixed widths.
            final TextTable table = new TextTable("", " ", TextTable.Align.LEFT, TextTable.Align.LEFT, TextTable.Align.LEFT);
            table.row(Messages.get("cli.adapt.head.date"), Messages.get("cli.adapt.head.from"), Messages.get("cli.adapt.head.to"));
            for (SessionChange c : p.changes()) {
                table.row(Dates.day(c.date()), describe(c.from(), unit), describe(c.to(), unit));
            }
            table.lines().forEach(l -> b.append(l).append('\n'));
        }
        for (AdaptNote n : p.notes()) {
            b.append(AdaptText.note(n)).append('\n');
        }
        return b.toString();
    }

    private static String describe(final Optional<Session> s, final DistanceUnit unit) {
        if (s.isEmpty()) {
            return Messages.get("cli.adapt.none");
        }
        final Session x = s.get();
        final String size = x.distanceM().map(m -> Distances.format(m, unit))
                .or(() -> x.duration().map(Durations::format))
                .orElse("");
        return (PlanText.typeName(x.type()) + " " + size).strip();
    }

    private static LocalDate date(final String option, final String s) {
        try {
            final LocalDate d = LocalDate.parse(s.trim());
            if (d.getYear() >= 1900 && d.getYear() <= 2999) {
                return d;
            }
        } catch (DateTimeParseException e) {
            // the message below names the option
        }
        throw new InvalidInputException(option, Messages.get("cli.adapt.error.date", option, s));
    }
}
