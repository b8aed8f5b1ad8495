package app.stride.app;

import app.stride.store.DataFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/** Sends all logging (java.util.logging, and SLF4J through its JUL binding) to {@code stride.log} in the data folder. */
public final class LogFile {

    private LogFile() {
    }

    /** Nothing is logged until {@link #configure(DataFolder)}: no console output that would mix with one-line messages. */
    public static void quiet() {
        LogManager.getLogManager().reset();
        Logger.getLogger("").setLevel(Level.OFF);
    }

    /**
     * Replaces the console handler with a file in {@code folder}: the command line's stderr stays for the one-line
     * messages a runner reads. If the file cannot be opened, logging is off rather than noisy.
     */
    public static void configure(final DataFolder folder) {
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT %4$-7s %3$s: %5$s%6$s%n");
        LogManager.getLogManager().reset();
        final Logger root = Logger.getLogger("");
        root.setLevel(Level.INFO);
        try {
            Files.createDirectories(folder.path());
            final Handler file = new FileHandler(folder.logFile().toString(), 2_000_000, 1, true);
            file.setFormatter(new SimpleFormatter());
            file.setEncoding("UTF-8");
            root.addHandler(file);
        } catch (IOException | SecurityException e) {
            // No console fallback: stderr belongs to the one-line messages, and the command reports the folder problem.
            root.setLevel(Level.OFF);
        }
    }
}
