package app.stride.outfit;

import app.stride.common.Coded;
import java.util.Optional;

/** How hard the session is: harder running makes more heat, so it needs less clothing. */
public enum Effort implements Coded {
    EASY("easy"),
    LONG("long"),
    WORKOUT("workout"),
    RACE("race");

    private final String code;

    Effort(final String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }


    /** The constant whose code is {@code text} (case-insensitive, trimmed). */
    public static Optional<Effort> parse(final String text) {
        return Coded.parse(Effort.class, text);
    }

    /** All codes, comma-separated, for messages that list what is allowed. */
    public static String codes() {
        return Coded.codes(Effort.class);
    }
}
