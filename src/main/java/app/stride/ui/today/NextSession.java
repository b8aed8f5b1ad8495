package app.stride.ui.today;

import app.stride.common.Messages;
import app.stride.format.Dates;
import app.stride.format.Distances;
import app.stride.format.Durations;
import app.stride.plan.PlanRepository.SavedSession;
import app.stride.settings.DistanceUnit;
import app.stride.text.TrackingText;
import app.stride.tracking.TickOff;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What Today looks ahead to once today's session is ticked off: "Next: Run/walk · 31:00 on Wed 2 Dec", as the command
 * line says it; and no outfit prompt for a run that is over.
 */
final class NextSession {

    private NextSession() {
    }

    /** Whether today's session is done or skipped (not a rest day, not still to do). */
    static boolean todayFinished(final Optional<TickOff.Day> d) {
        return d.flatMap(TickOff.Day::today).map(s -> !s.status().isOpen()).orElse(false);
    }

    /** The line about the next session, once today's is ticked off and there is one to come. */
    static Optional<String> line(final TickOff.Day d, final DistanceUnit unit) {
        if (!todayFinished(Optional.of(d))) {
            return Optional.empty();
        }
        return d.next().map(s -> Messages.get("today.nextAfterDone", size(s, unit), Dates.day(s.date())));
    }

    /** "Run/walk · 31:00" or "Easy run · 5 km": the distance when planned by distance, else the time. */
    private static String size(final SavedSession s, final DistanceUnit unit) {
        final List<String> parts = new ArrayList<>();
        parts.add(TrackingText.typeLabel(s));
        s.distanceM().ifPresentOrElse(m -> parts.add(Distances.format(m, unit)),
                () -> s.durationS().ifPresent(t -> parts.add(Durations.seconds(t))));
        return String.join(" · ", parts);
    }

    /** Whether to offer "Want an outfit for this run?": not once today's run is over. */
    static boolean offerOutfit(final Optional<TickOff.Day> d) {
        return !todayFinished(d);
    }
}
