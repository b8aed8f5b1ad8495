package app.stride.outfit;

import java.util.Objects;

/** One item of an outfit with the short reason it was chosen. */
public record OutfitItem(Item item, String why) {

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

    public String label() {
        return item.label();
    }
}
