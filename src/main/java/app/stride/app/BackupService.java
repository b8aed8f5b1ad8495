package app.stride.app;

import app.stride.store.Backups;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The runner's backups as the app shows them: the automatic copies, making one now, restoring one. */
public final class BackupService {

    /** One kept copy; {@code reason} is a code such as {@code daily} (the bundle has {@code backup.reason.<code>}). */
    public record Copy(Path file, Instant madeAt, String reason, long bytes) {
    }

    private final Backups backups;

    private final app.stride.store.DataFolder folder;

    BackupService(final Backups backups, final app.stride.store.DataFolder folder) {
        this.folder = folder;
        this.backups = backups;
    }

    /** The folder the copies are kept in. */
    public Path folder() {
        return backups.folder();
    }

    /** Kept copies, newest first. */
    public List<Copy> list() {
        return backups.list().stream().map(BackupService::copy).toList();
    }

    /** Makes a copy now; the oldest automatic ones beyond seven are removed. */
    public Copy backUpNow() {
        return copy(backups.make(Backups.Reason.MANUAL));
    }

    /** Today's automatic copy, if none was made yet today. */
    public Optional<Copy> dailyIfDue() {
        return backups.dailyIfDue().map(BackupService::copy);
    }

    /** Writes a consistent copy to {@code out}. */
    public Path export(final Path out) {
        return backups.export(out);
    }

    /**
     * Restores {@code copy} over the current data, which is first kept aside (returned), and brings it up to this
     * version's schema at once: the copy most worth restoring is the one taken before an update.
     */
    public Optional<Path> restore(final Path copy) {
        final Optional<Path> aside = backups.restore(copy, true);
        app.stride.store.Database.open(folder);
        return aside;
    }

    private static Copy copy(final Backups.Backup b) {
        return new Copy(b.file(), b.madeAt(), b.reason().code(), b.bytes());
    }
}
