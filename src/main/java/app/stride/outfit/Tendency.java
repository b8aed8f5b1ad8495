package app.stride.outfit;

import app.stride.common.Coded;
import java.util.Optional;

/** Whether the runner usually feels colder or warmer than most (runner_profile.runs). */
public enum Tendency implements Coded {
    COLD("cold"),
    NEUTRAL("neutral"),
    WARM("warm");

    private final String code;

    Tendency(final String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }


    /** The constant whose code is {@code text} (case-insensitive, trimmed). */
    public static Optional<Tendency> parse(final String text) {
        return Coded.parse(Tendency.class, text);
    }

    /** All codes, comma-separated, for messages that list what is allowed. */
    public static String codes() {
        return Coded.codes(Tendency.class);
    }
}
