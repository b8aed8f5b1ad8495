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

    /**
     * Replaces the console handler with a rotating file in {@code folder}: the command line's stderr stays for the
     * one-line messages a runner reads. Falls back to stderr if the file cannot be opened.
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
            final Handler console = new java.util.logging.ConsoleHandler();
            console.setLevel(Level.WARNING);
            root.addHandler(console);
            root.log(Level.WARNING, "cannot write the log file " + folder.logFile() + ": " + e.getMessage());
        }
    }
}
