package app.stride.outfit;

import app.stride.common.Coded;
import java.util.Optional;

/** How much of the sky is clear: sun warms a runner by day. */
public enum Sky implements Coded {
    SUNNY("sunny"),
    PARTLY("partly"),
    OVERCAST("overcast");

    private final String code;

    Sky(final String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }


    /** The constant whose code is {@code text} (case-insensitive, trimmed). */
    public static Optional<Sky> parse(final String text) {
        return Coded.parse(Sky.class, text);
    }

    /** All codes, comma-separated, for messages that list what is allowed. */
    public static String codes() {
        return Coded.codes(Sky.class);
    }
}
