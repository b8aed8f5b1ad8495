package app.stride.app;

import app.stride.export.ExportFile;
import app.stride.export.LogCsv;
import app.stride.settings.DistanceUnit;
import app.stride.settings.SettingsRepository;
import app.stride.tracking.LogHistory;
import java.nio.file.Path;
import java.util.Optional;

/** Files the runner takes out of Stride (issue 10): the log as CSV, the plan as a calendar, PDF or a partner note. */
public final class ExportService {

    private final LogHistory history;
    private final SettingsRepository settings;

    ExportService(final LogHistory history, final SettingsRepository settings) {
        this.history = history;
        this.settings = settings;
    }

    /** The log as CSV in {@code unit}, or the runner's unit; returns the file written. */
    public Path csv(final Path out, final Optional<DistanceUnit> unit) {
        ExportFile.check("--out", out);
        final DistanceUnit u = unit.orElseGet(() -> settings.load().distanceUnit());
        final var entries = history.all();
        return ExportFile.write("--out", out, os -> LogCsv.write(entries, u, os));
    }
}
