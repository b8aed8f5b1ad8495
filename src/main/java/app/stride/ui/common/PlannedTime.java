package app.stride.ui.common;

import app.stride.format.Durations;
import app.stride.plan.SessionBrief;
import java.time.Duration;
import java.util.Optional;

/**
 * A session's planned time as every screen shows it: one time ("32:30"), or the range an effort-only race will likely
 * take ("30:00–41:00"), never the slow end of that range as if it were a prediction (new-user review nu6 2). Today's
 * facts line, its "How did it go?" form and the Plan screen's session dialog all read it here.
 */
public final class PlannedTime {

    private PlannedTime() {
    }

    /** The planned time to show, or none when the session has no time. */
    public static Optional<String> text(final SessionBrief brief, final Optional<Duration> planned) {
        return brief.timeRange().map(r -> Durations.format(r.fastest()) + "–" + Durations.format(r.slowest()))
                .or(() -> planned.map(Durations::format));
    }

    /**
     * The one time a runner could log as the session's own, to offer in a form: none when the plan gives a range (the
     * runner types their result) or no time.
     */
    public static Optional<Duration> single(final SessionBrief brief, final Optional<Duration> planned) {
        return brief.timeRange().isPresent() ? Optional.empty() : planned;
    }
}
