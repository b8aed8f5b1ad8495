package app.stride.cli;

import app.stride.app.ImportService;
import picocli.CommandLine.Command;

/** {@code stride import tcx FILE...}. */
@Command(name = "tcx", mixinStandardHelpOptions = true)
public final class ImportTcxCommand extends ImportRunsCommand {

    @Override
    ImportService.Format format() {
        return ImportService.Format.TCX;
    }
}
