package app.stride.ui.log;

import app.stride.common.Messages;
import app.stride.format.Dates;
import app.stride.outfit.FeedbackAnswer;
import app.stride.plan.Goal;
import app.stride.plan.SessionType;
import app.stride.settings.DistanceUnit;
import app.stride.tracking.LoggedRun;
import app.stride.tracking.PlanPeriod;
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

    /** "Tue 12 Jan's easy run", or "the extra run on Wed 13 Jan". */
    static String describe(final LoggedRun r, final int thisYear) {
        final String day = Dates.dayNear(r.date(), thisYear);
        if (r.extra()) {
            return Messages.get("log.run.extra", day);
        }
        return Messages.get("tracking.sessionOf", day, app.stride.text.TrackingText.noun(r.type()));
    }

    /** A plan's name in the Log's filter: "Current plan: 10K", "5K plan from Mon 6 Apr 2026". */
    static String plan(final PlanPeriod p) {
        final boolean regular = p.goal() == Goal.CONSISTENCY;
        if (p.current()) {
            return Messages.get("log.filter.current", p.race().map(r -> Messages.get("plan.distance." + r.code()))
                    .orElse(Messages.get(regular ? "log.filter.regular" : "log.filter.noRace")));
        }
        final String what = p.race().map(r -> Messages.get("log.filter.race", Messages.get("plan.distance." + r.code())))
                .orElse(Messages.get(regular ? "log.filter.regular" : "log.filter.plan"));
        return Messages.get("log.filter.earlier", capital(what), Dates.dayWithYear(p.start()));
    }

    static String capital(final String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.getDefault()) + s.substring(1);
    }
}
