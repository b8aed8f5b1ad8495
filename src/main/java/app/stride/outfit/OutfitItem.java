package app.stride.outfit;

import app.stride.common.Phrase;
import java.util.Objects;

/** One item of an outfit with the short reason it was chosen (a phrase the UI and CLI render). */
public record OutfitItem(Item item, Phrase why) {

    public OutfitItem {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(why, "why");
    }

    public Zone zone() {
        return item.zone();
    }

    /** The stable item id, e.g. {@code long-sleeve}. */
    public String id() {
        return item.id();
    }
}
