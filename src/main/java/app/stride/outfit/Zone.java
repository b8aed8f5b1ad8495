package app.stride.outfit;

import app.stride.common.Messages;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** A part of the body an outfit item is worn on. */
public enum Zone {
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

    /** The stable word used on the command line, in JSON and in the database. */
    public String code() {
        return code;
    }

    /** The translated name for menus and cards, e.g. "Torso". */
    public String label() {
        return Messages.get("outfit.zone." + code);
    }

    /** The constant whose code is {@code text} (case-insensitive, trimmed). */
    public static Optional<Zone> parse(final String text) {
        if (text == null) {
            return Optional.empty();
        }
        final String t = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(v -> v.code.equals(t)).findFirst();
    }

    /** All codes, comma-separated, for messages that list what is allowed. */
    public static String codes() {
        return Arrays.stream(values()).map(Zone::code).collect(Collectors.joining(", "));
    }
}
