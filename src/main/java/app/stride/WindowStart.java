package app.stride;

import app.stride.app.LogFile;
import app.stride.common.CannotContinueException;
import app.stride.common.Messages;
import app.stride.store.DataFolder;
import app.stride.store.StoreException;
import app.stride.ui.StrideApp;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The plain start of the window ({@code stride}, {@code stride --data-dir DIR}) without the command-line parser:
 * picocli's ~170 classes are compiled for Java 5, so they can never come from a CDS archive and cost every start
 * (issue 11). Anything else on the command line, including a mistake, goes through picocli as before.
 */
record WindowStart(Optional<Path> dataDir, boolean probe) {

    private static final Logger LOG = Logger.getLogger(WindowStart.class.getName());

    /** The window start {@code args} ask for, or empty when they are a command (or anything this does not know). */
    static Optional<WindowStart> of(final String[] args) {
        Optional<Path> dir = Optional.empty();
        boolean probe = false;
        for (int i = 0; i < args.length; i++) {
            final String a = args[i];
            if (a.equals("--startup-probe") && !probe) {
                probe = true;
            } else if (a.equals("--data-dir") && dir.isEmpty() && i + 1 < args.length && usable(args[i + 1])) {
                dir = Optional.of(Path.of(args[++i]));
            } else if (a.startsWith("--data-dir=") && dir.isEmpty() && usable(a.substring("--data-dir=".length()))) {
                dir = Optional.of(Path.of(a.substring("--data-dir=".length())));
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(new WindowStart(dir, probe));
    }

    /** A folder name picocli would take as it is; anything doubtful is left to picocli to accept or refuse. */
    private static boolean usable(final String value) {
        if (value.isBlank() || value.startsWith("-")) {
            return false;
        }
        try {
            Path.of(value);
            return true;
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    /** Opens the window and returns the exit code when it closes; a failure to start is one line on stderr, code 1. */
    int open() {
        LogFile.quiet();
        if (probe) {
            System.setProperty("stride.startupProbe", "true");
        }
        try {
            LogFile.configure(DataFolder.forThisMachine(dataDir));
            StrideApp.launchWindow(dataDir, StartupCompiler.deferC2());
            return 0;
        } catch (StoreException | CannotContinueException e) {
            LOG.log(Level.WARNING, "cannot open the window", e);
            System.err.println(Messages.get("cli.error.prefix") + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
            return 1;
        }
    }
}
