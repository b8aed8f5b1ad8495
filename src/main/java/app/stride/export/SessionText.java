package app.stride.export;

import app.stride.common.Messages;
import app.stride.format.Distances;
import app.stride.format.Durations;
import app.stride.plan.PlanRepository.SavedSession;
import app.stride.plan.SessionType;
import app.stride.text.PlanText;
import app.stride.text.StepText;
import app.stride.settings.DistanceUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A planned session in words for the files Stride writes (calendar, PDF, partner note). The one place exports turn a
 * session into text, so a change in how the plan describes sessions is made here once.
 */
public final class SessionText {

    private SessionText() {
    }

    /** "Easy run", "Race", ... */
    public static String type(final SavedSession s) {
        return s.sessionType().map(app.stride.text.PlanText::typeName).orElse(s.type());
    }

    /** How much: "5 km · 30 min", or what is known of it. */
    public static String amount(final SavedSession s, final DistanceUnit unit) {
        final List<String> parts = new ArrayList<>();
        // The same numbers as Today and the Plan screen (format.Distances, format.Durations).
        s.distanceM().ifPresent(m -> parts.add(m < 1000 ? StepText.distance(m, unit) : Distances.format(m, unit)));
        s.durationS().ifPresent(d -> parts.add(Durations.seconds(d)));
        return String.join(" · ", parts);
    }

    /** How hard: the pace band, the run/walk ratio or the effort. */
    public static Optional<String> how(final SavedSession s, final DistanceUnit unit) {
        return s.pace().map(p -> StepText.pace(p, unit))
                .or(() -> s.runWalk().map(rw -> StepText.runWalk(rw, s.steps())))
                .or(() -> s.effort().map(PlanText::effort));
    }

    /** "Easy run · 5 km", for a calendar title or a cell. */
    public static String title(final SavedSession s, final DistanceUnit unit) {
        final String amount = amount(s, unit);
        return amount.isEmpty() ? type(s) : type(s) + " · " + amount;
    }

    /** Where to turn round on an out-and-back route (running sessions, not the race). */
    public static Optional<String> turnaround(final SavedSession s, final DistanceUnit unit) {
        final boolean running = s.sessionType().map(t -> t.isRun() && t != SessionType.RACE).orElse(false);
        if (!running) {
            return Optional.empty();
        }
        final Optional<String> d = s.distanceM().filter(m -> s.pace().isPresent())
                .map(m -> m / 2 < 1000 ? StepText.distance(m / 2, unit) : Distances.format(m / 2, unit));
        final Optional<String> t = s.durationS().map(x -> Durations.seconds(x / 2));
        if (d.isPresent() && t.isPresent()) {
            return Optional.of(Messages.get("planscreen.turnaround", Messages.get("planscreen.turnaround.both", d.get(), t.get())));
        }
        return d.or(() -> t).map(x -> Messages.get("planscreen.turnaround", x));
    }

    /** Every line a runner needs to do the session: what, how much, how hard, the steps, the turnaround, the notes. */
    public static List<String> details(final SavedSession s, final DistanceUnit unit) {
        final List<String> lines = new ArrayList<>();
        lines.add(title(s, unit));
        how(s, unit).ifPresent(lines::add);
        StepText.lines(s.steps(), unit).forEach(l -> lines.add("• " + l));
        turnaround(s, unit).ifPresent(lines::add);
        final String description = PlanText.description(s, unit);
        if (!description.isBlank()) {
            lines.add(description.strip());
        }
        if (s.moved()) {
            lines.add(Messages.get("export.session.moved", s.originalDate()));
        }
        if (!s.status().isOpen()) {
            lines.add(Messages.get("export.session.status." + s.status().code()));
        }
        return lines;
    }
}
