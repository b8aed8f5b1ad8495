package app.stride.export;

import app.stride.common.Messages;
import app.stride.format.Dates;
import app.stride.plan.RaceDistance;
import app.stride.text.StepText;
import app.stride.settings.DistanceUnit;
import app.stride.tracking.WeekSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A week in plain words for an accountability partner, to paste into a message or save. */
public final class PartnerNote {

    private PartnerNote() {
    }

    /** The note: a line each for the week, what was done, the longest run, how it felt, what is next and why. */
    public static String text(final WeekSummary w, final DistanceUnit unit, final Optional<String> why) {
        final List<String> lines = new ArrayList<>();
        lines.add(Messages.get("note.week", w.week(), w.weeks(), Dates.dayMonth(w.start()), Dates.dayMonth(w.end())));
        final String distance = StepText.distance(w.totalM(), unit);
        // The week's news first: a partner wants to know the race is on (new-user review 4).
        w.race().ifPresent(r -> lines.add(Messages.get("uifix1.note.raceWeek", raceName(w.raceDistance()),
                Dates.weekday(r.date().getDayOfWeek()))));
        if (w.upcoming()) {
            lines.add(Messages.get("note.upcoming", w.planned()));
        } else if (w.planned() == 0 && w.dueToday() > 0 && w.done() + w.extra() == 0) {
            // day 1 with a session that day: it is due, not "none due yet"
            lines.add(Messages.get(w.afterBreak() ? "todayfix.note.firstTodayAfterBreak" : "uifix1.note.firstToday", w.plannedInWeek()));
        } else if (w.planned() == 0 && w.plannedInWeek() > 0 && w.done() + w.extra() == 0) {
            // nothing due yet (day 1 of a plan, or of a week): no "0 of 3", a good start instead
            lines.add(Messages.get(w.afterBreak() ? "todayfix.note.nothingDueAfterBreak" : "note.nothingDueYet", w.plannedInWeek()));
        } else if (w.planned() == 0) {
            lines.add(Messages.get("note.noneplanned", w.done() + w.extra(), distance));
        } else if (w.totalM() <= 0) {
            lines.add(Messages.get("note.doneNoDistance", w.done(), w.planned()));
        } else {
            lines.add(Messages.get("note.done", w.done(), w.planned(), distance));
        }
        if (w.extra() > 0) {
            lines.add(Messages.get("note.extra", w.extra()));
        }
        if (w.skipped() > 0) {
            lines.add(Messages.get("note.skipped", w.skipped()));
        }
        if (w.missedBefore() > 0) {
            lines.add(Messages.get("uifix1.note.missedBefore", w.missedBefore()));
        }
        w.longest().ifPresent(l -> lines.add(Messages.get("note.longest", app.stride.format.Distances.format(l.distanceM().orElseThrow(), unit),
                Dates.weekday(l.date().getDayOfWeek()))));
        felt(w).ifPresent(lines::add);
        w.next().ifPresent(n -> lines.add(Messages.get("note.next",
                Dates.weekday(n.date().getDayOfWeek()) + " " + Dates.dayMonth(n.date()),
                SessionText.title(n, unit).toLowerCase(Locale.getDefault()))));
        why.ifPresent(y -> lines.add(Messages.get("note.why", y)));
        return String.join("\n", lines) + "\n";
    }

    private static String raceName(final Optional<RaceDistance> distance) {
        return distance.map(d -> Messages.get("uifix1.note.theRace", app.stride.text.PlanText.name(d)))
                .orElse(Messages.get("uifix1.note.aRace"));
    }

    private static Optional<String> felt(final WeekSummary w) {
        if (w.feel().isPresent()) {
            final long f = Math.round(w.feel().get());
            return Optional.of(Messages.get("note.feel", Messages.get("note.feel." + Math.max(1, Math.min(5, f)))));
        }
        return w.effort().map(e -> Messages.get("note.effort", Messages.get(e <= 4 ? "note.effort.easy" : e <= 6
                ? "note.effort.steady" : e <= 8 ? "note.effort.hard" : "note.effort.veryHard"), Math.round(e)));
    }
}
