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

    /** The data folder of a command that reads data: refused (naming --data-dir) when it holds no Stride database. */
    static DataFolder existing(final CommandSpec spec) {
        final DataFolder folder = of(spec);
        if (!java.nio.file.Files.isRegularFile(folder.databaseFile())) {
            throw new app.stride.common.InvalidInputException("--data-dir",
                    app.stride.common.Messages.get("cli.export.noData", folder.path()));
        }
        return folder;
    }
}
