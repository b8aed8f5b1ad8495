package app.stride.app;

import app.stride.store.DataFolder;
import app.stride.store.OwnerOnly;
import java.io.IOException;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
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
     * messages a runner reads. The file (and the folder) are made on the first record logged, not before, so a
     * command refused for bad input leaves no folder behind; both are private to the runner (0700/0600). If the file
     * cannot be opened, logging is off rather than noisy.
     */
    public static void configure(final DataFolder folder) {
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT %4$-7s %3$s: %5$s%6$s%n");
        LogManager.getLogManager().reset();
        final Logger root = Logger.getLogger("");
        root.setLevel(Level.INFO);
        root.addHandler(new OnFirstRecord(folder));
    }

    /** Opens the log file when the first record arrives. */
    static final class OnFirstRecord extends Handler {
        private final DataFolder folder;
        private Handler file;
        private boolean failed;

        OnFirstRecord(final DataFolder folder) {
            this.folder = folder;
        }

        @Override
        public synchronized void publish(final LogRecord record) {
            if (file == null && !failed) {
                try {
                    OwnerOnly.createFolder(folder.path());
                    final FileHandler h = new FileHandler(folder.logFile().toString(), 2_000_000, 1, true);
                    h.setFormatter(new SimpleFormatter());
                    h.setEncoding("UTF-8");
                    // the log, its .lck, and the stride.log.1 a second process writes while the first holds the log
                    OwnerOnly.tightenDataFolder(folder.path());
                    file = h;
                } catch (IOException | SecurityException e) {
                    // No console fallback: stderr belongs to the one-line messages, and the command reports the folder problem.
                    failed = true;
                }
            }
            if (file != null) {
                file.publish(record);
            }
        }

        @Override
        public synchronized void flush() {
            if (file != null) {
                file.flush();
            }
        }

        @Override
        public synchronized void close() {
            if (file != null) {
                file.close();
            }
        }
    }
}
