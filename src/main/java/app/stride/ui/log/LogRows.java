package app.stride.ui.log;

import app.stride.common.Messages;
import app.stride.format.Dates;
import app.stride.outfit.FeedbackAnswer;
import app.stride.plan.SessionType;
import app.stride.settings.DistanceUnit;
import app.stride.tracking.LoggedRun;
import app.stride.tracking.RunStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The words of one row of the log: what the run was, its numbers and how it went, in the runner's unit. */
final class LogRows {

    private LogRows() {
    }

    /** "Tue 12 Jan", with the year when it is not this year. */
    static String day(final LoggedRun r, final int thisYear) {
        return Dates.dayNear(r.date(), thisYear);
    }

    /** "Easy run", "Tempo run", or "Extra run" for one the plan did not ask for. */
    static String what(final LoggedRun r) {
        if (r.extra()) {
            return capital(Messages.get("run.extra"));
        }
        return SessionType.parse(r.type()).map(app.stride.text.PlanText::typeName).orElse(r.type());
    }

    /**
     * "5.2 km · 33:05 · 6:22 /km"; a run without numbers says they are unknown; a skipped session has none (its
     * "Skipped" chip says so, once).
     */
    static String numbers(final LoggedRun r, final DistanceUnit unit) {
        return app.stride.text.TrackingText.numbers(r, unit);
    }

    /** "Effort 6 · Felt good · Outfit: just right · Pegasus 40", only what was recorded. */
    static String details(final LoggedRun r, final Optional<String> shoe) {
        final List<String> parts = new ArrayList<>(app.stride.text.TrackingText.howItWent(r));
        r.outfitFeedback().flatMap(FeedbackAnswer::parse).ifPresent(a -> parts.add(Messages.get("log.row.outfit", app.stride.text.OutfitText.label(a))));
        shoe.ifPresent(parts::add);
        return String.join(" · ", parts);
    }

    /** "Done", "Partial", "Skipped". */
    static String status(final RunStatus s) {
        return capital(Messages.get("run.status." + s.code()));
    }

    static String capital(final String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.getDefault()) + s.substring(1);
    }
}
