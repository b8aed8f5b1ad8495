package app.stride.outfit;

import app.stride.common.Messages;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** How the runner felt in the outfit, asked after the run. */
public enum FeedbackAnswer {
    TOO_COLD("too-cold"),
    OK("ok"),
    TOO_WARM("too-warm");

    private final String code;

    FeedbackAnswer(final String code) {
        this.code = code;
    }

    /** The stable word used on the command line, in JSON and in the database. */
    public String code() {
        return code;
    }

    /** The translated name for menus and cards, e.g. "Too cold". */
    public String label() {
        return Messages.get("outfit.label.feedbackAnswer." + code);
    }

    /** The constant whose code is {@code text} (case-insensitive, trimmed). */
    public static Optional<FeedbackAnswer> parse(final String text) {
        if (text == null) {
            return Optional.empty();
        }
        final String t = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(v -> v.code.equals(t)).findFirst();
    }

    /** All codes, comma-separated, for messages that list what is allowed. */
    public static String codes() {
        return Arrays.stream(values()).map(FeedbackAnswer::code).collect(Collectors.joining(", "));
    }
}
