package app.stride.outfit;

import app.stride.common.Messages;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** How much of the sky is clear: sun warms a runner by day. */
public enum Sky {
    SUNNY("sunny"),
    PARTLY("partly"),
    OVERCAST("overcast");

    private final String code;

    Sky(final String code) {
        this.code = code;
    }

    /** The stable word used on the command line, in JSON and in the database. */
    public String code() {
        return code;
    }

    /** The translated name for menus and cards, e.g. "Partly cloudy". */
    public String label() {
        return Messages.get("outfit.label.sky." + code);
    }

    /** The constant whose code is {@code text} (case-insensitive, trimmed). */
    public static Optional<Sky> parse(final String text) {
        if (text == null) {
            return Optional.empty();
        }
        final String t = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(v -> v.code.equals(t)).findFirst();
    }

    /** All codes, comma-separated, for messages that list what is allowed. */
    public static String codes() {
        return Arrays.stream(values()).map(Sky::code).collect(Collectors.joining(", "));
    }
}
