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
 * Opt-in with {@code -Dstride.preload=true}: on these 2 shared cores under load 9-10 the extra thread competed with
 * the toolkit's own start and the first frame came later (5 of 5 interleaved pairs); at load 7 it came about a tenth
 * sooner (5 of 8 pairs). Worth measuring again on a quiet laptop with more cores (README, "How we measure").
 */
final class StartupClasses {

    private static final String LIST = "startup-classes.txt";
    /** Ikonli's Material Design icon tables ({@code MaterialDesignA} ... {@code MaterialDesignZ}). */
    private static final java.util.regex.Pattern ICON_ENUMS =
            java.util.regex.Pattern.compile("org\\.kordamp\\.ikonli\\.materialdesign2\\.MaterialDesign[A-Z]");

    private StartupClasses() {
    }

    /** Starts the background loading when asked for ({@code -Dstride.preload=true}); returns at once. */
    static void preloadInBackground() {
        if (!Boolean.getBoolean("stride.preload")) {
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
