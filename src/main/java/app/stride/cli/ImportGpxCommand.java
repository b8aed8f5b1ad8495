package app.stride.cli;

import app.stride.app.ImportService;
import picocli.CommandLine.Command;

/** {@code stride import gpx FILE...}. */
@Command(name = "gpx", mixinStandardHelpOptions = true)
public final class ImportGpxCommand extends ImportRunsCommand {

    @Override
    ImportService.Format format() {
        return ImportService.Format.GPX;
    }
}
