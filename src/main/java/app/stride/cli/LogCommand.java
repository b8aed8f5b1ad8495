package app.stride.cli;

import app.stride.app.StrideServices;
import app.stride.common.InvalidInputException;
import app.stride.common.Messages;
import app.stride.export.DailyJson;
import app.stride.export.PlanJson;
import app.stride.gear.Shoe;
import app.stride.plan.RaceTime;
import app.stride.settings.DistanceUnit;
import app.stride.tracking.DeletedRun;
import app.stride.tracking.Feel;
import app.stride.tracking.LoggedRun;
import app.stride.tracking.RunLog;
import app.stride.tracking.RunReport;
import app.stride.tracking.RunStatus;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code stride log}: log a day (the plan's session that day, or an extra run), list the log, edit or delete an entry.
 * Every option is checked before anything is stored; the one line is printed only once the entry is stored.
 */
@Command(name = "log", mixinStandardHelpOptions = true)
public final class LogCommand implements Callable<Integer> {

    @ParentCommand
    StrideCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    AsOf asOf;

    @Parameters(arity = "0..1", paramLabel = "done|partial|skipped", descriptionKey = "cli.log.status")
    String status;
    @Option(names = "--date", paramLabel = "DATE", descriptionKey = "cli.log.date")
    String date;
    @Option(names = "--distance-km", paramLabel = "X", descriptionKey = "cli.log.distanceKm")
    String distanceKm;
    @Option(names = "--distance-mi", paramLabel = "X", descriptionKey = "cli.log.distanceMi")
    String distanceMi;
    @Option(names = "--time", paramLabel = "[H:]MM:SS", descriptionKey = "cli.log.time")
    String time;
    @Option(names = "--rpe", paramLabel = "1-10", descriptionKey = "cli.log.rpe")
    String rpe;
    @Option(names = "--feel", paramLabel = "great|good|ok|tired|bad", descriptionKey = "cli.log.feel")
    String feel;
    @Option(names = "--note", paramLabel = "TEXT", descriptionKey = "cli.log.note")
    String note;
    @Option(names = "--shoe", paramLabel = "NAME", descriptionKey = "cli.log.shoe")
    String shoe;
    @Option(names = "--list", descriptionKey = "cli.log.list")
    boolean list;
    @Option(names = "--json", descriptionKey = "cli.log.json")
    boolean json;
    @Option(names = "--plan", paramLabel = "current|all", descriptionKey = "cli.log.plan")
    String plan;
    @Option(names = "--delete", paramLabel = "ID", descriptionKey = "cli.log.delete")
    String delete;
    @Option(names = "--edit", paramLabel = "ID", descriptionKey = "cli.log.edit")
    String edit;

    @Override
    public Integer call() {
        final Clock clock = asOf.clock();
        if (list) {
            return list(clock);
        }
        for (Map.Entry<String, Object> o : modeOptions().entrySet()) {
            if (o.getValue() != null && !Boolean.FALSE.equals(o.getValue())) {
                throw bad(o.getKey(), Messages.get("cli.error.logOnlyList", o.getKey().substring(2)));
            }
        }
        if (delete != null) {
            return delete(clock);
        }
        final Optional<RunStatus> st = Optional.ofNullable(status).map(s -> RunStatus.parse(s)
                .orElseThrow(() -> new InvalidInputException("status", Messages.get("cli.error.logStatus", s))));
        if (edit == null && st.isEmpty()) {
            throw new InvalidInputException("status", Messages.get("cli.error.logStatusMissing"));
        }
        final Optional<LocalDate> day = Optional.ofNullable(date).map(d -> AsOf.date("--date", d, "cli.error.logDate"));
        final Optional<Double> metres = distance();
        final Optional<Duration> duration = Optional.ofNullable(time).map(LogCommand::duration);
        final Optional<Integer> effort = Optional.ofNullable(rpe).map(LogCommand::rpe);
        final Optional<Feel> howFelt = Optional.ofNullable(feel).map(f -> Feel.parse(f)
                .orElseThrow(() -> bad("--feel", Messages.get("cli.error.logFeel", f))));
        if (note != null && note.strip().length() > RunReport.MAX_NOTE_LENGTH) {
            throw bad("--note", Messages.get("cli.error.logNote", RunReport.MAX_NOTE_LENGTH));
        }
        final Optional<Long> editId = Optional.ofNullable(edit).map(e -> id("--edit", e, "cli.error.logEditId"));

        final StrideServices services = asOf.open(root.dataDir(), clock);
        final DistanceUnit unit = services.settings().load().distanceUnit();
        final Optional<Long> shoeId = Optional.ofNullable(shoe).map(n -> shoe(services, n));
        final RunLog runs = services.runLog();
        final PrintWriter out = spec.commandLine().getOut();
        try {
            if (editId.isPresent()) {
                final LoggedRun before = runs.find(editId.get());
                final RunStatus newStatus = st.orElse(before.status());
                // Skipping keeps only the note: the numbers of a run that did not happen are not carried over.
                final RunReport r = newStatus == RunStatus.SKIPPED ? new RunReport(Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty(), before.report().notes()) : before.report();
                final RunReport report = new RunReport(metres.or(r::distanceM), duration.or(r::duration), effort.or(r::effortRpe),
                        howFelt.or(r::feel), note != null ? note : r.notes());
                final LoggedRun after = runs.edit(before.id(), day.orElse(before.date()), newStatus, report,
                        shoe != null ? shoeId : before.shoeId());
                out.println(DailyText.line("cli.log.edited", after, unit));
            } else {
                final RunReport report = new RunReport(metres, duration, effort, howFelt, note == null ? "" : note);
                final RunLog.Logged logged = runs.log(day.orElse(LocalDate.now(clock)), st.get(), report, shoeId);
                out.println(DailyText.line(logged.replacedEarlierEntry() ? "cli.log.replaced" : "cli.log.logged", logged.run(), unit));
            }
        } catch (InvalidInputException e) {
            throw named(e);
        }
        out.flush();
        return Cli.EXIT_OK;
    }

    /** The options that only make sense when logging or editing, by name. */
    private Map<String, Object> modeOptions() {
        final Map<String, Object> m = new LinkedHashMap<>();
        m.put("--json", json);
        m.put("--plan", plan);
        return m;
    }

    /** The options that describe a run, by the name the runner typed (null when not given). */
    private Map<String, Object> runOptions() {
        final Map<String, Object> m = new LinkedHashMap<>();
        m.put("done|partial|skipped", status);
        m.put("--date", date);
        m.put("--distance-km", distanceKm);
        m.put("--distance-mi", distanceMi);
        m.put("--time", time);
        m.put("--rpe", rpe);
        m.put("--feel", feel);
        m.put("--note", note);
        m.put("--shoe", shoe);
        return m;
    }

    /** Refuses the first of {@code options} that was given: it has no meaning in this form of the command. */
    private void refuseAnyOf(final Map<String, Object> options, final String key) {
        options.entrySet().stream().filter(e -> e.getValue() != null).findFirst().ifPresent(e -> {
            throw bad(e.getKey(), Messages.get(key, e.getKey()));
        });
    }

    private int list(final Clock clock) {
        final Map<String, Object> others = runOptions();
        others.put("--delete", delete);
        others.put("--edit", edit);
        refuseAnyOf(others, "cli.error.logListWith");
        final boolean currentOnly = plan != null && switch (plan.strip().toLowerCase(Locale.ROOT)) {
            case "current" -> true;
            case "all" -> false;
            default -> throw bad("--plan", Messages.get("cli.error.logPlanFilter", plan));
        };
        final StrideServices services = asOf.open(root.dataDir(), clock);
        final DistanceUnit unit = services.settings().load().distanceUnit();
        final List<LoggedRun> runs = currentOnly ? services.runLog().forCurrentPlan().orElse(List.of()) : services.runLog().all();
        final Map<Long, String> shoes = services.shoes().all().stream().collect(Collectors.toMap(Shoe::id, Shoe::name));
        final PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(PlanJson.writePretty(DailyJson.runs(runs, shoes)));
        } else if (runs.isEmpty()) {
            out.println(Messages.get(currentOnly ? "cli.log.noneInPlan" : "cli.log.none"));
        } else {
            // Columns as wide as their widest cell as a terminal draws it (TextTable), not fixed widths.
            final TextTable table = new TextTable("", " ", TextTable.Align.LEFT, TextTable.Align.LEFT, TextTable.Align.LEFT,
                    TextTable.Align.LEFT, TextTable.Align.LEFT, TextTable.Align.LEFT, TextTable.Align.LEFT, TextTable.Align.LEFT,
                    TextTable.Align.LEFT);
            table.row(Messages.get("cli.log.head.id"), Messages.get("cli.log.head.date"), Messages.get("cli.log.head.session"),
                    Messages.get("cli.log.head.status"), Messages.get("cli.log.head.distance"), Messages.get("cli.log.head.time"),
                    Messages.get("cli.log.head.rpe"), Messages.get("cli.log.head.feel"), Messages.get("cli.log.head.more"));
            for (LoggedRun r : runs) {
                table.row(row(r, unit, shoes));
            }
            table.lines().forEach(out::println);
        }
        out.flush();
        return Cli.EXIT_OK;
    }

    private static String what(final LoggedRun r) {
        return r.extra() ? Messages.get("run.extra") : DailyText.label(r);
    }

    private static String[] row(final LoggedRun r, final DistanceUnit unit, final Map<Long, String> shoes) {
        final String unknown = Messages.get("run.unknown");
        final String more = (r.shoeId().map(shoes::get).map(s -> s + (r.report().notes().isEmpty() ? "" : " · ")).orElse("")
                + r.report().notes()).replaceAll("\\s*\\R\\s*", " ");
        return new String[] {String.valueOf(r.id()), r.date().toString(), what(r), Messages.get("run.status." + r.status().code()),
                r.ran() ? r.report().distanceM().map(m -> DailyText.distance(m, unit)).orElse(unknown) : "–",
                r.ran() ? r.report().duration().map(DailyText::time).orElse(unknown) : "–",
                r.report().effortRpe().map(String::valueOf).orElse("–"),
                r.report().feel().map(f -> Messages.get("run.feel." + f.code())).orElse("–"), more};
    }

    private int delete(final Clock clock) {
        final Map<String, Object> others = runOptions();
        others.put("--edit", edit);
        refuseAnyOf(others, "cli.error.logDeleteWith");
        final long id = id("--delete", delete, "cli.error.logId");
        final StrideServices services = asOf.open(root.dataDir(), clock);
        final DeletedRun gone;
        try {
            gone = services.runLog().delete(id);
        } catch (InvalidInputException e) {
            throw bad("--delete", Messages.get("cli.error.option", "--delete", e.getMessage()));
        }
        final PrintWriter out = spec.commandLine().getOut();
        out.println(DailyText.line("cli.log.deleted", gone.run(), services.settings().load().distanceUnit()));
        out.flush();
        return Cli.EXIT_OK;
    }

    private Optional<Double> distance() {
        if (distanceKm != null && distanceMi != null) {
            throw new InvalidInputException("--distance-mi", Messages.get("cli.error.logDistanceBoth"));
        }
        final String option = distanceKm != null ? "--distance-km" : "--distance-mi";
        final DistanceUnit unit = distanceKm != null ? DistanceUnit.KM : DistanceUnit.MI;
        return Optional.ofNullable(distanceKm != null ? distanceKm : distanceMi).map(text -> {
            final double max = unit.fromMetres(RunReport.MAX_DISTANCE_M);
            final String maxText = DailyText.number(Math.floor(max * 10) / 10);
            final double v;
            try {
                v = OutfitOptions.number(option, text);
            } catch (InvalidInputException e) {
                throw bad(option, Messages.get("cli.error.logDistance", option, text, maxText, unit.code()));
            }
            final double m = unit.toMetres(v);
            if (!(m > 0 && m <= RunReport.MAX_DISTANCE_M + 1e-6)) {
                throw bad(option, Messages.get("cli.error.logDistance", option, text, maxText, unit.code()));
            }
            return Math.min(m, RunReport.MAX_DISTANCE_M);
        });
    }

    private static Duration duration(final String text) {
        return RaceTime.parse(text).filter(d -> d.compareTo(RunReport.MAX_DURATION) <= 0)
                .orElseThrow(() -> bad("--time", Messages.get("cli.error.logTime", text)));
    }

    private static int rpe(final String text) {
        final String t = text.strip();
        if (t.matches("\\d{1,2}")) {
            final int v = Integer.parseInt(t);
            if (v >= 1 && v <= 10) {
                return v;
            }
        }
        throw bad("--rpe", Messages.get("cli.error.logRpe", text));
    }

    private static long id(final String option, final String text, final String key) {
        final String t = text.strip();
        if (t.matches("\\d{1,18}") && Long.parseLong(t) > 0) {
            return Long.parseLong(t);
        }
        throw bad(option, Messages.get(key, text));
    }

    /** The shoe the runner named: a pair in use first, else a retired one; exact name, any case. */
    private static long shoe(final StrideServices services, final String name) {
        final List<Shoe> all = services.shoes().all();
        if (all.isEmpty()) {
            throw bad("--shoe", Messages.get("cli.error.logNoShoes"));
        }
        return all.stream().filter(s -> s.name().equalsIgnoreCase(name.strip())).findFirst().map(Shoe::id)
                .orElseThrow(() -> bad("--shoe", Messages.get("cli.error.logShoe", name,
                        all.stream().map(Shoe::name).collect(Collectors.joining(", ")))));
    }

    /** A domain refusal with the option it is about in front, so the line names what to change. */
    private InvalidInputException named(final InvalidInputException e) {
        final String option = switch (e.field()) {
            case "date" -> "--date";
            case "distance" -> distanceMi != null ? "--distance-mi" : "--distance-km";
            case "duration" -> "--time";
            case "effort" -> "--rpe";
            case "feel" -> "--feel";
            case "notes" -> "--note";
            case "id" -> "--edit";
            default -> status == null ? "status" : status;
        };
        return bad(option, Messages.get("cli.error.option", option, e.getMessage()));
    }

    private static InvalidInputException bad(final String option, final String message) {
        return new InvalidInputException(option, message);
    }
}
