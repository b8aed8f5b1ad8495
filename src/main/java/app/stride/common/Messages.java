package app.stride.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The one resource bundle for every text a runner reads, in the UI and on the command line. */
public final class Messages {
    private static final String BUNDLE = "app.stride.i18n.messages";

    private Messages() {
    }

    public static ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, Locale.getDefault());
    }

    /** The text for {@code key} with {@code args} filled in ({0}, {1,number,#.#}); the key itself if missing. */
    public static String get(final String key, final Object... args) {
        final String pattern;
        try {
            pattern = bundle().getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        // Apostrophes are written naturally in the bundle ("you're"), so MessageFormat quoting is switched off.
        return new MessageFormat(pattern.replace("'", "''"), Locale.getDefault()).format(args);
    }

    /** Whether the bundle has a text for {@code key}. */
    public static boolean has(final String key) {
        return bundle().containsKey(key);
    }
}
