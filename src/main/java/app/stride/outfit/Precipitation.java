package app.stride.outfit;

import app.stride.common.Coded;
import java.util.Optional;

/** What falls from the sky, in the order of how wet it makes a runner (snow aside). */
public enum Precipitation implements Coded {
    NONE("none"),
    DRIZZLE("drizzle"),
    RAIN("rain"),
    HEAVY_RAIN("heavy-rain"),
    SNOW("snow");

    private final String code;

    Precipitation(final String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }


    /** The constant whose code is {@code text} (case-insensitive, trimmed). */
    public static Optional<Precipitation> parse(final String text) {
        return Coded.parse(Precipitation.class, text);
    }

    /** All codes, comma-separated, for messages that list what is allowed. */
    public static String codes() {
        return Coded.codes(Precipitation.class);
    }
}
