package app.stride.cli;

import app.stride.app.ImportService;
import picocli.CommandLine.Command;

/** {@code stride import tcx FILE...}. */
@Command(name = "tcx", mixinStandardHelpOptions = true,
        description = "Logs runs from TCX files (Garmin Training Center): distance, moving time (pauses left out), pace, climb; ticks off that day's session.")
public final class ImportTcxCommand extends ImportRunsCommand {

    @Override
    ImportService.Format format() {
        return ImportService.Format.TCX;
    }
}
