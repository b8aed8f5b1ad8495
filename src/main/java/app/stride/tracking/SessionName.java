package app.stride.tracking;

import app.stride.common.Phrase;
import app.stride.plan.PlanRepository.SavedSession;

/**
 * A session named by its day and kind, "Thursday's tempo run", as a phrase of codes: the domain names the session in
 * a refusal without writing English; the UI and CLI render it through the bundle (app.stride.text.TrackingText).
 */
public final class SessionName {

    private SessionName() {
    }

    /** "Thursday's tempo run": the weekday and the type's noun ({@code session.noun.X}). */
    public static Phrase of(final SavedSession s) {
        return Phrase.of("tracking.sessionOf", s.date().getDayOfWeek(), noun(s));
    }

    /**
     * The type as a noun inside a sentence ({@code session.noun.tempo}, "tempo run"); a type this build does not
     * know stays its stored code.
     */
    public static Phrase noun(final SavedSession s) {
        return noun(s.type());
    }

    /** The noun of a stored type code ({@code session.noun.X}); a code this build does not know reads as stored. */
    public static Phrase noun(final String typeCode) {
        return app.stride.plan.SessionType.parse(typeCode).map(t -> Phrase.of("session.noun." + t.code()))
                .orElse(Phrase.of("session.noun.stored", typeCode));
    }
}
