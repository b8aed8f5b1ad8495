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
 * Classes are only loaded, never initialised, so no static initialiser runs early or on the wrong thread. The list
 * ({@code startup-classes.txt}) is made by {@code bench/startup-classes.sh}; a name no longer there is skipped.
 * Off with {@code -Dstride.noPreload=true}.
 */
final class StartupClasses {

    private static final String LIST = "startup-classes.txt";

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
                    Class.forName(name.strip(), false, loader);
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
