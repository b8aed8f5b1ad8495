package app.stride.plan;

import java.util.Locale;
import java.util.Optional;

/** What the runner trains for: a race as fast as fitness allows, a comfortable finish, or regular running. */
public enum Goal {
    TIME("time"),
    FINISH("finish"),
    CONSISTENCY("consistency");

    private final String code;

    Goal(final String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Goal> parse(final String text) {
        if (text == null) {
            return Optional.empty();
        }
        final String t = text.trim().toLowerCase(Locale.ROOT);
        for (Goal g : values()) {
            if (g.code.equals(t)) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }
}
