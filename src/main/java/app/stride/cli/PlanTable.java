package app.stride.cli;

import app.stride.common.Messages;
import app.stride.format.Distances;
import app.stride.format.Durations;
import app.stride.plan.PaceRange;
import app.stride.plan.Plan;
import app.stride.plan.PlanMessage;
import app.stride.text.PlanText;
import app.stride.text.StepText;
import app.stride.plan.PlanWeek;
import app.stride.plan.Session;
import app.stride.settings.DistanceUnit;
import java.util.Locale;

/** The plan as a readable week-by-week table in the runner's units. */
final class PlanTable {

    private PlanTable() {
    }

    static String render(final Plan plan, final DistanceUnit unit) {
        final StringBuilder sb = new StringBuilder();
        final String u = unit.code();
        sb.append(plan.request().distance().isPresent()
                ? Messages.get("cli.plan.title", plan.request().distance().get().code(), plan.goalAsPlanned().code(),
                        plan.startDate(), plan.endDate(), plan.weeks().size())
                : Messages.get("cli.plan.titleNoRace", plan.request().goal().code(), plan.startDate(), plan.endDate(),
                        plan.weeks().size())).append('\n');
        plan.fitness().vdot().ifPresentOrElse(
                v -> sb.append(Messages.get("cli.plan.vdot", String.format(Locale.ROOT, "%.1f", v.value()))).append('\n'),
                () -> sb.append(Messages.get(plan.request().fitness().recentRace().isPresent() ? "cli.plan.slowRace"
                        : "cli.plan.noVdot")).append('\n'));
        // By effort the race time is an estimate from what the runner told: its range, under the fitness line.
        plan.raceTime().filter(t -> plan.fitness().vdot().isEmpty() && t.slowest().compareTo(t.fastest()) > 0)
                .ifPresent(t -> sb.append(Messages.get(plan.weeks().stream().flatMap(w -> w.sessions().stream())
                        .anyMatch(s -> s.type() == app.stride.plan.SessionType.TIME_TRIAL)
                        ? "cli.plan.raceLikely.trial" : "cli.plan.raceLikely", StepText.clock(t.fastest()),
                        StepText.clock(t.slowest()))).append('\n'));
        final java.util.Optional<app.stride.plan.TrainingPaces> byRace = plan.pacesByRaceWeek().filter(r -> !plan.paces().equals(
                java.util.Optional.of(r)));
        plan.paces().ifPresent(p -> sb.append(Messages.get(byRace.isPresent() ? "regain.cli.plan.pacesNow" : "cli.plan.paces",
                pace(p.easy(), unit), pace(p.marathon(), unit), pace(p.threshold(), unit), pace(p.interval(), unit),
                pace(p.repetition(), unit), u)).append('\n'));
        // A returner's work paces quicken with the fitness coming back: the race week's are shown too (coach review 5).
        // A time goal's build toward the paces that lead its race pace (coach review 6): said so, not "comes back".
        byRace.ifPresent(p -> sb.append(Messages.get(plan.regaining() ? "regain.cli.plan.pacesByRaceWeek"
                : "ramp.cli.plan.pacesByRaceWeek", pace(p.threshold(), unit),
                pace(p.interval(), unit), pace(p.repetition(), unit), u)).append('\n'));
        for (PlanMessage w : plan.warnings()) {
            sb.append(Messages.get("cli.plan.warning", PlanText.note(w, unit, PlanText.Surface.CLI))).append('\n');
        }
        // One table for every week, so the columns line up down the whole plan, each as wide as its widest cell.
        final TextTable table = new TextTable("  ", "  ", TextTable.Align.LEFT, TextTable.Align.LEFT, TextTable.Align.RIGHT,
                TextTable.Align.RIGHT, TextTable.Align.LEFT, TextTable.Align.LEFT, TextTable.Align.LEFT);
        for (PlanWeek w : plan.weeks()) {
            for (Session s : w.sessions()) {
                // One rule with Today and the Plan screen: format.Distances, times to the second (format.Durations).
                final String dist = s.distanceM().map(m -> (s.pace().isEmpty() && s.type() != app.stride.plan.SessionType.RACE
                        && s.type().isRun() ? "~" : "") + Distances.format(m, unit)).orElse("");
                final String time = s.duration().map(Durations::format).orElse("");
                final String how = s.pace().map(p -> StepText.pace(p, unit))
                        .orElse(s.runWalk().map(rw -> StepText.ratio(rw, s.steps()))
                                .orElse(s.effort().map(e -> shortEffort(PlanText.effort(e))).orElse("")));
                // Out-and-back: turn round at half the distance (or half the time without one).
                final String turn = s.type() == app.stride.plan.SessionType.RACE || !s.type().isRun() ? ""
                        : s.turnaroundM().filter(m -> s.pace().isPresent())
                                .map(m -> Distances.format(m, unit))
                                .orElse(s.turnaroundTime().map(Durations::format).orElse(""));
                table.row(s.date().getDayOfWeek().name().substring(0, 3) + " " + s.date(), s.type().code(), dist, time, how,
                        turn.isEmpty() ? "" : Messages.get("cli.plan.turn", turn), PlanText.description(s, unit));
            }
        }
        final java.util.Iterator<String> lines = table.lines().iterator();
        final boolean byTime = app.stride.plan.PlanByTime.sessions(plan.weeks().stream().flatMap(w -> w.sessions().stream()).toList());
        for (PlanWeek w : plan.weeks()) {
            // One rule with Progress: the training, the race named beside it (text.WeekAmount).
            final boolean race = w.sessions().stream().anyMatch(s -> s.type() == app.stride.plan.SessionType.RACE);
            sb.append('\n').append(Messages.get("cli.plan.weekOf", w.number(),
                    w.cutback() ? Messages.get("cli.plan.cutback", w.phase().code()) : w.phase().code(),
                    w.start(), byTime ? app.stride.text.WeekAmount.time(app.stride.plan.PlanByTime.trainingTime(w), race)
                            : app.stride.text.WeekAmount.distance(w.trainingM(), race, unit))).append('\n');
            for (int i = 0; i < w.sessions().size(); i++) {
                sb.append(lines.next()).append('\n');
            }
        }
        return sb.toString();
    }

    /** An effort in short: the words before the colon, with the RPE if given, e.g. "easy (RPE 3–4)". */
    static String shortEffort(final String effort) {
        final int colon = effort.indexOf(':');
        final String head = (colon < 0 ? effort : effort.substring(0, colon)).strip();
        final java.util.regex.Matcher rpe = java.util.regex.Pattern.compile("\\(RPE [^)]*\\)").matcher(effort);
        return head.contains("(") || !rpe.find() ? head : head + " " + rpe.group();
    }

    static String pace(final PaceRange p, final DistanceUnit unit) {
        final double f = unit.metres() / 1000;
        final long a = Math.round(p.minSecPerKm() * f);
        final long b = Math.round(p.maxSecPerKm() * f);
        return a == b ? mmss(a) : mmss(a) + "–" + mmss(b);
    }

    private static String mmss(final long s) {
        return s / 60 + ":" + String.format(Locale.ROOT, "%02d", s % 60);
    }
}
