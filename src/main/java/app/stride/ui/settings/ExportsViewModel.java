package app.stride.ui.settings;

import app.stride.app.BackupService;
import app.stride.app.ExportService;
import app.stride.common.Messages;
import app.stride.export.PlanPdf;
import app.stride.export.PrintedPlan;
import app.stride.ui.task.TaskRunner;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** Files out of Stride from the app: the log as CSV, the plan as .ics or PDF, a backup; one at a time, in the background. */
public final class ExportsViewModel {

    /** What can be exported; the code names its file and its bundle texts. */
    public enum Kind {
        CSV("csv", "stride-log.csv"), ICS("ics", "stride-plan.ics"), PDF("pdf", "stride-plan.pdf"), BACKUP("backup", "stride-backup.db");

        private final String code;
        private final String fileName;

        Kind(final String code, final String fileName) {
            this.code = code;
            this.fileName = fileName;
        }

        public String code() {
            return code;
        }

        /** The name offered in the save dialog. */
        public String fileName() {
            return fileName;
        }
    }

    private final ExportService exports;
    private final BackupService backups;
    private final TaskRunner tasks;
    private final ObjectProperty<app.stride.settings.Settings> settings;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Optional<Path>> written = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    public ExportsViewModel(final ExportService exports, final BackupService backups, final TaskRunner tasks,
                            final ObjectProperty<app.stride.settings.Settings> settings) {
        this.exports = exports;
        this.backups = backups;
        this.tasks = tasks;
        this.settings = settings;
    }

    /** Writes {@code kind} to {@code out} in the background; then shows where, or what went wrong. */
    public void export(final Kind kind, final Path out) {
        final Optional<app.stride.settings.DistanceUnit> unit = Optional.of(settings.get().distanceUnit());
        run(() -> switch (kind) {
            case CSV -> exports.csv(out, unit);
            case ICS -> exports.ics(out, unit);
            case PDF -> exports.pdf(out, unit, PlanPdf.Paper.forLocale(Locale.getDefault()));
            case BACKUP -> backups.export(out);
        }, path -> {
            written.set(Optional.of(path));
            status.set(Messages.get("exports.written", path));
        });
    }

    /** Lays out the plan for the print preview, in the background. */
    public void preparePrint(final Consumer<PrintedPlan> show) {
        final Optional<app.stride.settings.DistanceUnit> unit = Optional.of(settings.get().distanceUnit());
        run(() -> exports.printedPlan(unit), p -> {
            status.set("");
            show.accept(p);
        });
    }

    private <T> void run(final Callable<T> work, final Consumer<T> done) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        problem.set("");
        status.set("");
        written.set(Optional.empty());
        tasks.run(work, r -> {
            busy.set(false);
            done.accept(r);
        }, e -> {
            busy.set(false);
            problem.set(e.getMessage());
        });
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The file last written, for "Open folder". */
    public ReadOnlyObjectProperty<Optional<Path>> writtenProperty() {
        return written.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
