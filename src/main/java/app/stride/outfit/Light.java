package app.stride.outfit;

import app.stride.common.Coded;
import java.util.Optional;

/** How much daylight there is during the run. */
public enum Light implements Coded {
    DAY("day"),
    DAWN("dawn"),
    DUSK("dusk"),
    DARK("dark");

    private final String code;

    Light(final String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }


    /** The constant whose code is {@code text} (case-insensitive, trimmed). */
    public static Optional<Light> parse(final String text) {
        return Coded.parse(Light.class, text);
    }

    /** All codes, comma-separated, for messages that list what is allowed. */
    public static String codes() {
        return Coded.codes(Light.class);
    }
}
