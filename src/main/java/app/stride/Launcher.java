package app.stride;

import app.stride.app.LogFile;
import app.stride.app.StrideServices;
import app.stride.cli.Cli;
import app.stride.store.DataFolder;
import app.stride.ui.StrideApp;
import picocli.CommandLine;

/**
 * Entry point for the jar and {@code mvn javafx:run}. A plain class (not an {@code Application}) so JavaFX can be
 * loaded from the class path.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(final String[] args) {
        app.stride.common.StartupMarks.mark("main");
        // First, before the database opens (in parallel with the toolkit): sqlite-jdbc loads its native library from a
        // per-user copy instead of extracting it into the temp folder on every start (issue 11).
        app.stride.store.SqliteNativeCache.useForThisProcess();
        final java.util.Optional<WindowStart> window = WindowStart.of(args);
        final int code = window.isPresent() ? window.get().open() : commandLine().execute(args);
        System.exit(code);
    }

    /**
     * The command line as the jar runs it. The log file starts with the window or when a command opens the data
     * folder; until then nothing is logged anywhere, so a pure command (a plan not saved, an outfit without
     * {@code --data-dir}) leaves no folder and no log behind, and stderr keeps only one-line messages.
     */
    static CommandLine commandLine() {
        LogFile.quiet();
        return Cli.create(dir -> {
            LogFile.configure(DataFolder.forThisMachine(dir));
            StrideApp.launchWindow(dir);
        }, (dir, clock) -> {
            final DataFolder folder = DataFolder.forThisMachine(dir);
            LogFile.configure(folder);
            return StrideServices.open(folder, clock);
        });
    }
}
