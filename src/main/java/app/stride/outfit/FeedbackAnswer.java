package app.stride.outfit;

import app.stride.common.Coded;
import java.util.Optional;

/** How the runner felt in the outfit, asked after the run. */
public enum FeedbackAnswer implements Coded {
    TOO_COLD("too-cold"),
    OK("ok"),
    TOO_WARM("too-warm");

    private final String code;

    FeedbackAnswer(final String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }


    /** The constant whose code is {@code text} (case-insensitive, trimmed). */
    public static Optional<FeedbackAnswer> parse(final String text) {
        return Coded.parse(FeedbackAnswer.class, text);
    }

    /** All codes, comma-separated, for messages that list what is allowed. */
    public static String codes() {
        return Coded.codes(FeedbackAnswer.class);
    }
}
