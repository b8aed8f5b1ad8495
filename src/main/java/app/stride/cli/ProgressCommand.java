package app.stride.cli;

import app.stride.app.StrideServices;
import app.stride.common.Messages;
import app.stride.export.DailyJson;
import app.stride.export.PlanJson;
import app.stride.format.Distances;
import app.stride.progress.Highlight;
import app.stride.text.HighlightText;
import app.stride.text.WeekAmount;
import app.stride.progress.Progress;
import app.stride.progress.WeekProgress;
import app.stride.settings.DistanceUnit;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code stride progress}: streak, times out, adherence, and the current plan's weeks planned against done. */
@Command(name = "progress", mixinStandardHelpOptions = true)
public final class ProgressCommand implements Callable<Integer> {

    @ParentCommand
    StrideCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    AsOf asOf;

    @Option(names = "--json", descriptionKey = "cli.progress.json")
    boolean json;

    @Override
    public Integer call() {
        final Clock clock = asOf.clock();
        final StrideServices services = asOf.open(root.dataDir(), clock);
        final Progress p = services.progress().progress();
        final DistanceUnit unit = services.settings().load().distanceUnit();
        final PrintWriter out = spec.commandLine().getOut();
        if (json) {
            final ObjectNode n = DailyJson.progress(p);
            final ArrayNode summary = (ArrayNode) n.get("summary");
            for (int i = 0; i < p.summary().size(); i++) {
                ((ObjectNode) summary.get(i)).put("text", HighlightText.render(p.summary().get(i), unit, p.asOf()));
            }
            out.println(PlanJson.writePretty(n));
        } else {
            text(p, unit, out);
        }
        out.flush();
        return Cli.EXIT_OK;
    }

    private static void text(final Progress p, final DistanceUnit unit, final PrintWriter out) {
        for (Highlight h : p.summary()) {
            out.println(HighlightText.render(h, unit, p.asOf()));
        }
        out.println();
        final String streak = Messages.get("cli.progress.streak", p.streakWeeks());
        final String times = Messages.get("cli.progress.timesOut", p.timesOut());
        // A consistency goal leads with the habit; a race goal with how the plan is going.
        // Whole percent, as the Progress screen's tile shows it (the CLI's "66.7%" beside the screen's "67%" disagreed).
        final String adherence = p.adherencePct().map(a -> Messages.get(p.sessionsCutShort() > 0 ? "cli.progress.adherenceCut" : "cli.progress.adherence",
                p.sessionsDone(), p.sessionsDue(), app.stride.format.Numbers.whole(a), p.sessionsCutShort())).orElse(Messages.get("cli.progress.adherenceNone"));
        if (p.consistencyFirst()) {
            out.println(streak);
            out.println(times);
            out.println(adherence);
        } else {
            out.println(adherence);
            out.println(times);
            out.println(streak);
        }
        p.longestRun().ifPresent(l -> out.println(Messages.get("cli.progress.longest", Distances.format(l.metres(), unit),
                DailyText.date(l.date()))));
        out.println(Messages.get("cli.progress.totalTime", app.stride.format.Durations.total(p.totalTime())));
        out.println();
        if (p.weeks().isEmpty()) {
            out.println(Messages.get("cli.progress.noPlan"));
            return;
        }
        // Columns as wide as their widest cell ("6.6 km + the race" pushed the row out of line in fixed widths).
        final TextTable table = new TextTable("", "  ", TextTable.Align.RIGHT, TextTable.Align.LEFT, TextTable.Align.LEFT,
                TextTable.Align.LEFT, TextTable.Align.LEFT);
        table.row(Messages.get("cli.progress.head.week"), Messages.get("cli.progress.head.start"),
                Messages.get("cli.progress.head.planned"), Messages.get("cli.progress.head.done"),
                Messages.get("cli.progress.head.sessions"));
        for (WeekProgress w : p.weeks()) {
            // A plan by time is measured in time, as in the app; a week not begun has nothing done yet ("–").
            final boolean begun = !w.start().isAfter(p.asOf());
            // The race week as the plan says it: the training, "+ the race" beside it (text.WeekAmount).
            final String done = p.timeBased() ? (begun ? WeekAmount.time(w.doneTime(), w.raceDone()) : "–")
                    : w.doneM().map(m -> WeekAmount.distance(m, w.raceDone(), unit)).orElse("–")
                    + (w.runsWithoutDistance() > 0 && w.doneM().isPresent() ? "+" : "");
            final String planned = p.timeBased() ? WeekAmount.time(w.plannedTime(), w.race())
                    : WeekAmount.distance(w.plannedM(), w.race(), unit);
            table.row(String.valueOf(w.number()), w.start().toString(), planned, done,
                    // A week not begun says "–" under Done and "– of 3" here, not "0 of 3" as if it had been missed.
                    (begun ? Messages.get("cli.progress.sessionsOf", w.sessionsDone(), w.sessionsPlanned())
                            : Messages.get("cli.progress.sessionsOfAhead", w.sessionsPlanned()))
                            + (w.extraRuns() > 0 ? " (+" + w.extraRuns() + " extra)" : ""));
        }
        table.lines().forEach(out::println);
    }
}
