package app.stride.outfit;

import app.stride.common.Messages;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What falls from the sky, in the order of how wet it makes a runner (snow aside). */
public enum Precipitation {
    NONE("none"),
    DRIZZLE("drizzle"),
    RAIN("rain"),
    HEAVY_RAIN("heavy-rain"),
    SNOW("snow");

    private final String code;

    Precipitation(final String code) {
        this.code = code;
    }

    /** The stable word used on the command line, in JSON and in the database. */
    public String code() {
        return code;
    }

    /** The translated name for menus and cards, e.g. "Heavy rain". */
    public String label() {
        return Messages.get("outfit.label.precipitation." + code);
    }

    /** The constant whose code is {@code text} (case-insensitive, trimmed). */
    public static Optional<Precipitation> parse(final String text) {
        if (text == null) {
            return Optional.empty();
        }
        final String t = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(v -> v.code.equals(t)).findFirst();
    }

    /** All codes, comma-separated, for messages that list what is allowed. */
    public static String codes() {
        return Arrays.stream(values()).map(Precipitation::code).collect(Collectors.joining(", "));
    }
}
