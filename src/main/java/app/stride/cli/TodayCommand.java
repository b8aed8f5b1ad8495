package app.stride.cli;

import app.stride.app.StrideServices;
import app.stride.common.InvalidInputException;
import app.stride.common.Messages;
import app.stride.plan.adapt.LifeChange;
import app.stride.export.DailyJson;
import app.stride.export.PlanJson;
import app.stride.progress.TodayBrief;
import app.stride.settings.DistanceUnit;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code stride today}: today's session (or the next one on a rest day), week N of M, days to race and your why. */
@Command(name = "today", mixinStandardHelpOptions = true)
public final class TodayCommand implements Callable<Integer> {

    @ParentCommand
    StrideCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    AsOf asOf;

    @Option(names = "--json", descriptionKey = "cli.today.json")
    boolean json;

    @Option(names = "--only-minutes", paramLabel = "N", descriptionKey = "cli.today.onlyMinutes")
    Integer onlyMinutes;

    @Option(names = "--not-feeling-100", descriptionKey = "cli.today.notFeeling100")
    boolean notFeeling100;

    @Option(names = "--indoor", descriptionKey = "cli.today.indoor")
    boolean indoor;

    @Option(names = "--apply", descriptionKey = "cli.today.apply")
    boolean apply;

    @Override
    public Integer call() {
        final Clock clock = asOf.clock();
        final int asked = (onlyMinutes != null ? 1 : 0) + (notFeeling100 ? 1 : 0) + (indoor ? 1 : 0);
        if (asked > 1) {
            throw new InvalidInputException("--only-minutes", Messages.get("cli.life.error.oneAtATime"));
        }
        if (apply && asked == 0) {
            throw new InvalidInputException("--apply", Messages.get("cli.life.error.applyAlone"));
        }
        final StrideServices services = asOf.open(root.dataDir(), clock);
        if (asked == 1) {
            return lifeHappens(services);
        }
        final TodayBrief b = services.progress().today();
        final PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(PlanJson.writePretty(DailyJson.today(b, services.shoes().all().stream()
                    .collect(java.util.stream.Collectors.toMap(app.stride.gear.Shoe::id, app.stride.gear.Shoe::name)))));
        } else {
            text(b, services.settings().load().distanceUnit()).forEach(out::println);
        }
        out.flush();
        return Cli.EXIT_OK;
    }

    private Integer lifeHappens(final StrideServices services) {
        final PrintWriter out = spec.commandLine().getOut();
        final LifeChange change;
        try {
            change = onlyMinutes != null ? services.lifeHappens().shorten(onlyMinutes)
                    : notFeeling100 ? services.lifeHappens().ease() : services.lifeHappens().indoor();
        } catch (InvalidInputException e) {
            final String option = onlyMinutes != null ? "--only-minutes" : notFeeling100 ? "--not-feeling-100" : "--indoor";
            throw new InvalidInputException(option, option + ": " + e.getMessage());
        }
        final boolean store = apply && !change.isEmpty();
        if (store) {
            services.unitOfWork().run(() -> {
                services.lifeHappens().apply(change);
                return null;
            });
        }
        if (json) {
            out.println(PlanJson.writePretty(json(change, store)));
            out.flush();
            return Cli.EXIT_OK;
        }
        final DistanceUnit unit = services.settings().load().distanceUnit();
        for (LifeChange.Edit e : change.edits()) {
            out.println(Messages.get("life.preview.line", DailyText.date(e.day()), app.stride.text.PlanText.size(e.from(), unit), app.stride.text.PlanText.size(e.to(), unit)));
            out.println("  " + app.stride.text.PlanText.description(e.to(), unit));
        }
        change.notes().forEach(n -> out.println(Messages.get("life.note." + n.code())));
        if (store) {
            out.println(Messages.get("cli.life.applied"));
        } else if (!change.isEmpty()) {
            out.println(Messages.get("cli.life.previewOnly"));
        }
        out.flush();
        return Cli.EXIT_OK;
    }

    /** {@code {"kind", "changes": [{"date", "from", "to"}], "notes", "stored"}}; sessions in the plan JSON's shape. */
    static com.fasterxml.jackson.databind.node.ObjectNode json(final LifeChange change, final boolean stored) {
        final var root = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        root.put("kind", change.kind().code());
        final var changes = root.putArray("changes");
        for (LifeChange.Edit e : change.edits()) {
            final var n = changes.addObject();
            n.put("date", e.day().toString());
            n.set("from", PlanJson.session(e.from()));
            n.set("to", PlanJson.session(e.to()));
        }
        final var notes = root.putArray("notes");
        change.notes().forEach(n -> notes.add(n.code()));
        root.put("stored", stored);
        return root;
    }

    static List<String> text(final TodayBrief b, final DistanceUnit unit) {
        final List<String> lines = new ArrayList<>();
        final List<String> head = new ArrayList<>(List.of(Messages.get("cli.today.date", DailyText.date(b.date()))));
        if (b.planState() == TodayBrief.PlanState.FINISHED) {
            lines.add(String.join(" · ", head));
            lines.add(Messages.get("cli.today.finished"));
            b.why().ifPresent(w -> lines.add(Messages.get("cli.today.why", w)));
            return lines;
        }
        if (b.week().isPresent() && b.week().get() == 0) {
            head.add(Messages.get("cli.today.beforeStart", DailyText.date(b.next().map(s -> s.date()).orElse(b.date()))));
        } else if (b.week().isPresent()) {
            head.add(Messages.get("cli.today.week", b.week().get(), b.weeks().orElse(b.week().get())));
        }
        b.daysToRace().ifPresent(d -> head.add(Messages.get("cli.today.race", d)));
        lines.add(String.join(" · ", head));
        if (b.weeks().isEmpty()) {
            lines.add(Messages.get("cli.today.noPlan"));
        } else {
            lines.add(b.session().map(s -> Messages.get("cli.today.session", DailyText.session(s, unit))
                    + (s.status().isOpen() ? "" : Messages.get("cli.today.status", Messages.get("session.status." + s.status().code()))))
                    .orElse(Messages.get("cli.today.rest")));
            b.next().ifPresent(s -> lines.add(Messages.get("cli.today.next", DailyText.session(s, unit), DailyText.date(s.date()))));
        }
        // Once today is logged, what was run matters more than what was planned.
        b.loggedToday().forEach(r -> lines.add(1, Messages.get("cli.today.logged", r.extra() ? Messages.get("run.extra")
                : DailyText.label(r), Messages.get("run.status." + r.status().code()),
                r.ran() ? DailyText.numbers(r, unit) : r.report().notes()).replaceAll(", $", "")));
        b.why().ifPresent(w -> lines.add(Messages.get("cli.today.why", w)));
        return lines;
    }
}
