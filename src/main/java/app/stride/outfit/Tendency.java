package app.stride.outfit;

import app.stride.common.Messages;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Whether the runner usually feels colder or warmer than most (runner_profile.runs). */
public enum Tendency {
    COLD("cold"),
    NEUTRAL("neutral"),
    WARM("warm");

    private final String code;

    Tendency(final String code) {
        this.code = code;
    }

    /** The stable word used on the command line, in JSON and in the database. */
    public String code() {
        return code;
    }

    /** The translated name for menus and cards, e.g. "I run cold". */
    public String label() {
        return Messages.get("outfit.label.tendency." + code);
    }

    /** The constant whose code is {@code text} (case-insensitive, trimmed). */
    public static Optional<Tendency> parse(final String text) {
        if (text == null) {
            return Optional.empty();
        }
        final String t = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(v -> v.code.equals(t)).findFirst();
    }

    /** All codes, comma-separated, for messages that list what is allowed. */
    public static String codes() {
        return Arrays.stream(values()).map(Tendency::code).collect(Collectors.joining(", "));
    }
}
