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

    private static String noun(final SavedSession s) {
        return SessionName.noun(s).text();
    }
}
