package app.stride.cli;

import app.stride.app.ImportService;
import picocli.CommandLine.Command;

/** {@code stride import gpx FILE...}. */
@Command(name = "gpx", mixinStandardHelpOptions = true,
        description = "Logs runs from GPX files: distance, moving time (pauses left out), pace, climb; ticks off that day's session.")
public final class ImportGpxCommand extends ImportRunsCommand {

    @Override
    ImportService.Format format() {
        return ImportService.Format.GPX;
    }
}
