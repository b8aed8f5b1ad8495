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
 * On when the machine has a core to spare ({@link #wanted}): on 2 cores at load 0.7 it took 80-100 ms off the first
 * frame of {@code bin/stride} (~1,050 ms); on the same 2 cores under load 9-10 the extra thread competed with the
 * toolkit's own start and the first frame came later (5 of 5 interleaved pairs). {@code -Dstride.preload=true} or
 * {@code false} decides instead (README, "How we measure").
 */
final class StartupClasses {

    private static final String LIST = "startup-classes.txt";
    /** Ikonli's Material Design icon tables ({@code MaterialDesignA} ... {@code MaterialDesignZ}). */
    private static final java.util.regex.Pattern ICON_ENUMS =
            java.util.regex.Pattern.compile("org\\.kordamp\\.ikonli\\.materialdesign2\\.MaterialDesign[A-Z]");

    private StartupClasses() {
    }

    /** Starts the background loading when {@link #wanted}; returns at once. */
    static void preloadInBackground() {
        if (!wanted(System.getProperty("stride.preload"), Runtime.getRuntime().availableProcessors(), loadAverage())) {
            return;
        }
        final Thread t = new Thread(StartupClasses::preload, "stride-preload");
        t.setDaemon(true);
        t.start();
    }

    /**
     * Whether to preload: as {@code setting} says when it is {@code true} or {@code false}; otherwise only with a
     * second core and, where the system says its load, a load average at least half a core below the cores (about a
     * core to spare while the toolkit starts: the preload lost on two cores at load 9–10 and won 80–100 ms at load
     * 0.7); where it does not (no {@code /proc}), with four cores or more (a quiet machine cannot be told, so only
     * where a spare core is likely). The load average is the host's: inside a container limited to fewer cores than
     * the host it can keep the preload off; it is only a head start.
     *
     * @param loadAverage the last minute's load average, or negative when unknown
     */
    static boolean wanted(final String setting, final int cores, final double loadAverage) {
        if ("true".equalsIgnoreCase(setting) || "false".equalsIgnoreCase(setting)) {
            return Boolean.parseBoolean(setting);
        }
        if (cores < 2) {
            return false;
        }
        return loadAverage >= 0 ? loadAverage < cores - 0.5 : cores >= 4;
    }

    /**
     * The last minute's load average from {@code /proc/loadavg}, or -1 where there is none. Read directly: the
     * management bean that also says it loads some 200 JMX classes, more than the preload saves.
     */
    static double loadAverage() {
        try {
            final String line = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg"));
            return Double.parseDouble(line.substring(0, line.indexOf(' ')));
        } catch (IOException | RuntimeException none) {
            return -1;
        }
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
