package app.stride.text;

import app.stride.common.Messages;
import app.stride.outfit.DressShift;
import app.stride.outfit.Effort;
import app.stride.outfit.FeedbackAnswer;
import app.stride.outfit.Item;
import app.stride.outfit.Light;
import app.stride.outfit.OutfitItem;
import app.stride.outfit.Precipitation;
import app.stride.outfit.Sky;
import app.stride.outfit.Tendency;
import app.stride.outfit.Zone;
import app.stride.settings.TemperatureUnit;

/** The outfit's names and reasons in the runner's words, the same on the Outfit screen, Today and the command line. */
public final class OutfitText {

    private OutfitText() {
    }

    /** "Torso". */
    public static String label(final Zone z) {
        return Messages.get("outfit.zone." + z.code());
    }

    /** "Long sleeve". */
    public static String label(final Item i) {
        return Messages.get("outfit.item." + i.id());
    }

    /** The item's name, e.g. "Long sleeve". */
    public static String label(final OutfitItem i) {
        return label(i.item());
    }

    /** "Easy run". */
    public static String label(final Effort e) {
        return Messages.get("outfit.label.effort." + e.code());
    }

    /** "Too warm". */
    public static String label(final FeedbackAnswer a) {
        return Messages.get("outfit.label.feedbackAnswer." + a.code());
    }

    /** "Dusk / dawn". */
    public static String label(final Light l) {
        return Messages.get("outfit.label.light." + l.code());
    }

    /** "Light rain". */
    public static String label(final Precipitation p) {
        return Messages.get("outfit.label.precipitation." + p.code());
    }

    /** "Partly sunny". */
    public static String label(final Sky s) {
        return Messages.get("outfit.label.sky." + s.code());
    }

    /** "I run cold". */
    public static String label(final Tendency t) {
        return Messages.get("outfit.label.tendency." + t.code());
    }

    /** "sun: dress as if 10°F warmer". */
    public static String shift(final DressShift s, final TemperatureUnit unit) {
        return s.phrase(unit).text();
    }
}
