package app.stride.outfit;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every piece of clothing or gear the helper may suggest, with its stable id, its zone and a warmth score.
 * The warmth score ranks how much an item keeps a runner warm; sun, rain-brim and visibility gear score 0.
 */
public enum Item {
    CAP("cap", Zone.HEAD, 0),
    VISOR("visor", Zone.HEAD, 0),
    HEADBAND("headband", Zone.HEAD, 1),
    BEANIE("beanie", Zone.HEAD, 2),
    BALACLAVA("balaclava", Zone.HEAD, 4),
    NECK_GAITER("neck-gaiter", Zone.NECK, 1),
    SINGLET("singlet", Zone.TORSO, 0),
    TEE("tee", Zone.TORSO, 1),
    LONG_SLEEVE("long-sleeve", Zone.TORSO, 2),
    THERMAL_TOP("thermal-top", Zone.TORSO, 3),
    VEST("vest", Zone.TORSO, 1),
    WIND_JACKET("wind-jacket", Zone.TORSO, 2),
    RAIN_JACKET("rain-jacket", Zone.TORSO, 2),
    INSULATED_JACKET("insulated-jacket", Zone.TORSO, 4),
    LIGHT_GLOVES("light-gloves", Zone.HANDS, 1),
    GLOVES("gloves", Zone.HANDS, 2),
    MITTENS("mittens", Zone.HANDS, 3),
    SHORTS("shorts", Zone.LEGS, 0),
    CAPRIS("capris", Zone.LEGS, 1),
    TIGHTS("tights", Zone.LEGS, 2),
    THERMAL_TIGHTS("thermal-tights", Zone.LEGS, 3),
    WIND_PANTS("wind-pants", Zone.LEGS, 2),
    SOCKS("socks", Zone.FEET, 0),
    WOOL_SOCKS("wool-socks", Zone.FEET, 1),
    TRACTION("traction", Zone.FEET, 0),
    SUNGLASSES("sunglasses", Zone.EXTRAS, 0),
    SUNSCREEN("sunscreen", Zone.EXTRAS, 0),
    REFLECTIVE("reflective", Zone.EXTRAS, 0),
    HEADLAMP("headlamp", Zone.EXTRAS, 0),
    WATER("water", Zone.EXTRAS, 0);

    private final String id;
    private final Zone zone;
    private final int warmth;

    Item(final String id, final Zone zone, final int warmth) {
        this.id = id;
        this.zone = zone;
        this.warmth = warmth;
    }

    /** The stable id, e.g. {@code long-sleeve}; labels are looked up from it. */
    public String id() {
        return id;
    }

    public Zone zone() {
        return zone;
    }

    /** How much this item keeps a runner warm, on a small ordinal scale (0 = not at all). */
    public int warmth() {
        return warmth;
    }


    /** The item with this stable id. */
    public static Optional<Item> byId(final String id) {
        return Arrays.stream(values()).filter(i -> i.id.equals(id)).findFirst();
    }
}
