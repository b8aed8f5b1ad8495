package app.stride.outfit;

import app.stride.common.Phrase;
import app.stride.format.Degrees;
import app.stride.settings.TemperatureUnit;

/**
 * The learning rule, pure. The base dress-for temperature (before learning) is cut into 5 °C bands; "too cold"
 * moves that band's offset 1 °C towards dressing warmer, "too warm" 1 °C towards dressing lighter, both bounded to
 * ±5 °C. "Just right" only counts: it confirms the current offset, so it must not undo what was learned.
 * One "too cold" followed by one "too warm" (inside the bounds) gives back the offset they started from.
 * One answer per day counts: answering again for a day takes the earlier answer's step back ({@link #withdraw}).
 */
public final class OutfitLearning {

    public static final int BAND_WIDTH_C = 5;
    public static final double STEP_C = 1.0;
    public static final double MAX_OFFSET_C = 5.0;

    private OutfitLearning() {
    }

    /** The lower edge of the band that holds {@code baseC}. */
    public static int bandOf(final double baseC) {
        return (int) Math.floor(baseC / BAND_WIDTH_C) * BAND_WIDTH_C;
    }

    /** The band after one more answer. */
    public static LearnedBand answer(final LearnedBand band, final FeedbackAnswer answer) {
        return switch (answer) {
            case TOO_COLD -> new LearnedBand(band.bandC(), clamp(band.offsetC() + STEP_C), band.tooCold() + 1, band.ok(), band.tooWarm());
            case TOO_WARM -> new LearnedBand(band.bandC(), clamp(band.offsetC() - STEP_C), band.tooCold(), band.ok(), band.tooWarm() + 1);
            case OK -> new LearnedBand(band.bandC(), band.offsetC(), band.tooCold(), band.ok() + 1, band.tooWarm());
        };
    }

    /**
     * The band with one earlier answer taken back: its step ({@code appliedC}, what it actually moved) undone and its
     * count removed. Used when the runner answers again for the same day, so only the answer kept counts.
     */
    public static LearnedBand withdraw(final LearnedBand band, final FeedbackAnswer answer, final double appliedC) {
        return new LearnedBand(band.bandC(), clamp(band.offsetC() - appliedC),
                Math.max(0, band.tooCold() - (answer == FeedbackAnswer.TOO_COLD ? 1 : 0)),
                Math.max(0, band.ok() - (answer == FeedbackAnswer.OK ? 1 : 0)),
                Math.max(0, band.tooWarm() - (answer == FeedbackAnswer.TOO_WARM ? 1 : 0)));
    }

    /** The step one answer takes inside the bounds: +1 °C too cold, −1 °C too warm, 0 just right. */
    public static double nominalStep(final FeedbackAnswer answer) {
        return switch (answer) {
            case TOO_COLD -> STEP_C;
            case TOO_WARM -> -STEP_C;
            case OK -> 0.0;
        };
    }

    private static double clamp(final double offset) {
        return Math.max(-MAX_OFFSET_C, Math.min(MAX_OFFSET_C, offset));
    }

    /**
     * What was learned, for today's outfit: the band holding today's base temperature {@code baseC} and the shift
     * actually applied ({@code appliedC}, dress-for minus base, positive = lighter; the number the header shows). Inside a band they agree
     * and this is {@link #explain}; near a band edge the two neighbouring bands are blended, so the band's own offset
     * ("5 °C") is not today's shift ("2 °C"): the text then says so and gives today's number.
     */
    public static Phrase explainToday(final LearnedBand b, final double baseC, final double appliedC, final TemperatureUnit unit) {
        final Phrase band = explain(b, unit);
        final String today = app.stride.format.Degrees.difference(appliedC, unit);
        if (Math.signum(appliedC) == -Math.signum(b.offsetC()) && today.equals(app.stride.format.Degrees.difference(b.offsetC(), unit))) {
            return band;
        }
        // The neighbour blended in: the band below when today is in the lower half of its band, else the one above.
        final double otherCentreC = b.centreC() + (baseC < b.centreC() ? -BAND_WIDTH_C : BAND_WIDTH_C);
        return Phrase.of(appliedC > 0 ? "outfit.learned.edge.lighter" : "outfit.learned.edge.warmer", band,
                app.stride.format.Degrees.of(baseC, unit), today, Degrees.of(otherCentreC, unit));
    }

    /**
     * The band in plain words, e.g. "You've felt cold 3 times around 40°F: we now dress you a bit warmer there
     * (as if it were 5°F colder)."
     */
    public static Phrase explain(final LearnedBand b, final TemperatureUnit unit) {
        final String around = Degrees.of(b.centreC(), unit);
        final String shift = app.stride.format.Degrees.difference(b.offsetC(), unit);
        final Phrase strength = Phrase.of(Math.abs(b.offsetC()) >= 4 ? "outfit.learned.much"
                : Math.abs(b.offsetC()) >= 2 ? "outfit.learned.plain" : "outfit.learned.bit");
        if (b.offsetC() > 0) {
            return Phrase.of("outfit.learned.warmer", b.tooCold(), around, strength, shift);
        }
        if (b.offsetC() < 0) {
            return Phrase.of("outfit.learned.lighter", b.tooWarm(), around, strength, shift);
        }
        return Phrase.of("outfit.learned.same", b.answers(), around);
    }
}
