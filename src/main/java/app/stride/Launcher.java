package app.stride;

import app.stride.app.LogFile;
import app.stride.cli.Cli;
import app.stride.store.DataFolder;
import app.stride.ui.StrideApp;

/**
 * Entry point for the jar and {@code mvn javafx:run}. A plain class (not an {@code Application}) so JavaFX can be
 * loaded from the class path.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(final String[] args) {
        final int code = Cli.create(StrideApp::launchWindow, dir -> LogFile.configure(DataFolder.forThisMachine(dir)))
                .execute(args);
        System.exit(code);
    }
}
