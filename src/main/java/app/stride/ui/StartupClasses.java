package app.stride.ui;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Loads the classes the first frame will need (JavaFX's controls and skins, the theme, the icons, Stride's screens) on
 * a background thread while the toolkit starts (issue 11). The UI thread then finds them loaded instead of reading,
 * parsing and defining some 1,500 classes from the jars itself between building the window and its first frame.
 * Classes are only loaded, not initialised (no static initialiser runs early or on the wrong thread), except Ikonli's
 * icon tables, which are plain enums. The list
 * ({@code startup-classes.txt}) is made by {@code bench/startup-classes.sh}; a name no longer there is skipped.
 * Off with {@code -Dstride.noPreload=true}.
 */
final class StartupClasses {

    private static final String LIST = "startup-classes.txt";
    /** Ikonli's Material Design icon tables ({@code MaterialDesignA} ... {@code MaterialDesignZ}). */
    private static final java.util.regex.Pattern ICON_ENUMS =
            java.util.regex.Pattern.compile("org\\.kordamp\\.ikonli\\.materialdesign2\\.MaterialDesign[A-Z]");

    private StartupClasses() {
    }

    /** Starts the background loading; returns at once. */
    static void preloadInBackground() {
        if (Boolean.getBoolean("stride.noPreload")) {
            return;
        }
        final Thread t = new Thread(StartupClasses::preload, "stride-preload");
        t.setDaemon(true);
        t.start();
    }

    /** Loads every class on the list that exists; returns how many were found. */
    static int preload() {
        final ClassLoader loader = StartupClasses.class.getClassLoader();
        int found = 0;
        try (InputStream in = StartupClasses.class.getResourceAsStream(LIST)) {
            if (in == null) {
                return 0;
            }
            final BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String name = lines.readLine(); name != null; name = lines.readLine()) {
                try {
                    // The icon enums are only data (hundreds of constants each, 5-15 ms to set up in the interpreter
                    // under load): safe to initialise here, off the UI thread, before FontIcon first asks for one.
                    Class.forName(name.strip(), ICON_ENUMS.matcher(name.strip()).matches(), loader);
                    found++;
                } catch (ClassNotFoundException | LinkageError gone) {
                    // A class renamed or removed since the list was made: nothing to gain, nothing lost.
                }
            }
        } catch (IOException e) {
            // Only a head start: the UI thread loads whatever was not loaded here.
        }
        app.stride.common.StartupMarks.mark("preloaded " + found);
        return found;
    }
}
