package app.stride.settings;

import java.util.Locale;
import java.util.Optional;

/** The look of the app. */
public enum Theme {
    LIGHT,
    DARK;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Theme> parse(final String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (Theme t : values()) {
            if (t.code().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
