package app.stride.outfit;

import app.stride.common.Coded;
import java.util.Optional;

/** A part of the body an outfit item is worn on. */
public enum Zone implements Coded {
    HEAD("head"),
    NECK("neck"),
    TORSO("torso"),
    HANDS("hands"),
    LEGS("legs"),
    FEET("feet"),
    EXTRAS("extras");

    private final String code;

    Zone(final String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }


    /** The constant whose code is {@code text} (case-insensitive, trimmed). */
    public static Optional<Zone> parse(final String text) {
        return Coded.parse(Zone.class, text);
    }

    /** All codes, comma-separated, for messages that list what is allowed. */
    public static String codes() {
        return Coded.codes(Zone.class);
    }
}
