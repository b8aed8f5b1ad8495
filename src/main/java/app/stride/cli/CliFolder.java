package app.stride.cli;

import app.stride.store.DataFolder;
import picocli.CommandLine.Model.CommandSpec;

/** The data folder of a nested command: {@code --data-dir} lives on the root command, wherever it was typed. */
final class CliFolder {

    private CliFolder() {
    }

    static DataFolder of(final CommandSpec spec) {
        return DataFolder.forThisMachine(((StrideCommand) spec.root().userObject()).dataDir());
    }
}
