package app.stride.ui.settings;

import app.stride.app.BackupService;
import app.stride.common.Messages;
import app.stride.ui.task.TaskRunner;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The backups part of Settings: the kept copies, "Back up now", and restoring a chosen copy (after the view confirms). */
public final class BackupsViewModel {

    private final BackupService backups;
    private final TaskRunner tasks;
    private final ObservableList<BackupService.Copy> copies = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    public BackupsViewModel(final BackupService backups, final TaskRunner tasks) {
        this.backups = backups;
        this.tasks = tasks;
    }

    /** Reloads the list of copies. */
    public void load() {
        tasks.run(backups::list, copies::setAll, e -> problem.set(e.getMessage()));
    }

    /** Makes a copy now and shows it at the top of the list. */
    public void backUpNow() {
        start();
        tasks.run(() -> {
            final BackupService.Copy c = backups.backUpNow();
            return new Done(c.file(), Optional.empty(), backups.list());
        }, done -> finish(Messages.get("backup.made", done.file().getFileName()), done),
                this::failed);
    }

    /** Restores {@code copy}; the data it replaces is kept aside first. The view asks the runner before calling this. */
    public void restore(final BackupService.Copy copy) {
        start();
        tasks.run(() -> {
            final Optional<Path> aside = backups.restore(copy.file());
            return new Done(copy.file(), aside, backups.list());
        }, done -> finish(done.aside().map(a -> Messages.get("backup.restored.aside", done.file().getFileName(), a.getFileName()))
                .orElseGet(() -> Messages.get("backup.restored", done.file().getFileName())), done), this::failed);
    }

    private record Done(Path file, Optional<Path> aside, java.util.List<BackupService.Copy> list) {
    }

    private void start() {
        busy.set(true);
        status.set("");
        problem.set("");
    }

    private void finish(final String message, final Done done) {
        busy.set(false);
        copies.setAll(done.list());
        status.set(message);
    }

    private void failed(final Throwable e) {
        busy.set(false);
        problem.set(app.stride.ui.task.TaskFailure.message(e));
    }

    public ObservableList<BackupService.Copy> copies() {
        return copies;
    }

    /** The folder the copies are in, for "Open folder". */
    public Path folder() {
        return backups.folder();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
