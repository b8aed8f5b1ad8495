package app.stride.text;

import app.stride.common.Messages;
import app.stride.format.Dates;
import app.stride.plan.PlanRepository.SavedSession;
import app.stride.tracking.SessionName;

/** A followed session in the runner's words, for Today, the Log, imports and the command line. */
public final class TrackingText {

    private TrackingText() {
    }

    /** "Thursday's tempo run". */
    public static String describe(final SavedSession s) {
        return SessionName.of(s).text();
    }

    /** "Sunday 22 November's long run": with the date, for a session that may be a week or more ago. */
    public static String describeDated(final SavedSession s) {
        return Messages.get("tracking.sessionOf", Dates.dayLong(s.date()), noun(s));
    }

    /** The name of a session's type as a heading, e.g. "Easy run"; a type this build does not know as stored. */
    public static String typeLabel(final SavedSession s) {
        return s.sessionType().map(PlanText::typeName).orElse(s.type());
    }

    /** A stored type code as a noun inside a sentence, "easy run" (from {@code session.noun.X}, never lower-cased). */
    public static String noun(final String typeCode) {
        return SessionName.noun(typeCode).text();
    }

    /**
     * A logged run's numbers, "5.2 km · 33:05 · 6:22 /km"; "Distance and time not recorded" for a run without them,
     * empty for a skipped session (it has none).
     */
    public static String numbers(final app.stride.tracking.LoggedRun r, final app.stride.settings.DistanceUnit unit) {
        if (!r.ran()) {
            return "";
        }
        final java.util.List<String> parts = new java.util.ArrayList<>();
        r.report().distanceM().ifPresent(m -> parts.add(app.stride.format.Distances.format(m, unit)));
        r.report().duration().ifPresent(d -> parts.add(app.stride.format.Durations.format(d)));
        r.report().paceSecPerKm().ifPresent(p -> parts.add(app.stride.format.Paces.format(p, unit)));
        return parts.isEmpty() ? Messages.get("log.row.noNumbers") : String.join(" · ", parts);
    }

    /** How a logged run went, as recorded: "Effort 6/10", "Felt good", each only when there is one. */
    public static java.util.List<String> howItWent(final app.stride.tracking.LoggedRun r) {
        final java.util.List<String> parts = new java.util.ArrayList<>();
        r.report().effortRpe().ifPresent(e -> parts.add(Messages.get("log.row.effort", e)));
        r.report().feel().ifPresent(f -> parts.add(Messages.get("log.row.feel", Messages.get("run.feel." + f.code()))));
        return parts;
    }

    private static String noun(final SavedSession s) {
        return SessionName.noun(s).text();
    }
}
