package app.stride.cli;

import app.stride.app.StrideServices;
import app.stride.common.Messages;
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
@Command(name = "today", mixinStandardHelpOptions = true,
        description = "Today's session, or the next one on a rest day; week N of M, days to your race and your why.")
public final class TodayCommand implements Callable<Integer> {

    @ParentCommand
    StrideCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    AsOf asOf;

    @Option(names = "--json", description = "Print it as JSON.")
    boolean json;

    @Override
    public Integer call() {
        final Clock clock = asOf.clock();
        final StrideServices services = asOf.open(root.dataDir(), clock);
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

    static List<String> text(final TodayBrief b, final DistanceUnit unit) {
        final List<String> lines = new ArrayList<>();
        final List<String> head = new ArrayList<>(List.of(Messages.get("cli.today.date", DailyText.date(b.date()))));
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
                    + ("planned".equals(s.status()) ? "" : Messages.get("cli.today.status", s.status())))
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
