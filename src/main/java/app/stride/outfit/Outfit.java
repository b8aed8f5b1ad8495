package app.stride.outfit;

import java.util.List;

/**
 * What to wear, and why.
 *
 * @param baseDressForC the temperature the runner dresses for before personal learning (feedback is filed under it)
 * @param dressForC the temperature the outfit is chosen for, after learning
 * @param shifts why dress-for differs from feels-like (sun, rain, wind, effort, tendency, learning)
 * @param items items in zone order (head to extras), layers inside a zone from skin outwards
 */
public record Outfit(OutfitRequest request, FeelsLike feelsLike, double baseDressForC, double dressForC,
                     List<DressShift> shifts, List<OutfitItem> items, List<OutfitWarning> warnings, List<Advice> advice) {

    public Outfit {
        shifts = List.copyOf(shifts);
        items = List.copyOf(items);
        warnings = List.copyOf(warnings);
        advice = List.copyOf(advice);
    }

    /** The items worn on {@code zone}. */
    public List<OutfitItem> itemsIn(final Zone zone) {
        return items.stream().filter(i -> i.zone() == zone).toList();
    }

    /** Whether the outfit contains the item with this stable id. */
    public boolean has(final String itemId) {
        return items.stream().anyMatch(i -> i.id().equals(itemId));
    }

    public boolean has(final Item item) {
        return items.stream().anyMatch(i -> i.item() == item);
    }

    /** Sum of the items' warmth scores: more means more clothing. */
    public int warmth() {
        return items.stream().mapToInt(i -> i.item().warmth()).sum();
    }

    /** How much the learned offset changed the dress-for temperature, in °C (positive = dressed warmer). */
    public double learnedShiftC() {
        return baseDressForC - dressForC;
    }
}
