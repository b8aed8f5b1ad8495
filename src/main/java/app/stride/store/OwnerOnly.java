package app.stride.store;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * A training log is personal: on POSIX systems the data folder is 0700 and every file in it 0600, so other local
 * users cannot read it. On Windows the per-user profile folder already keeps others out; these calls do nothing there.
 */
public final class OwnerOnly {

    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnly() {
    }

    /** Whether this file system has POSIX permissions. */
    public static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /** Creates {@code folder} (and missing parents) with the new folder itself 0700; tightens it if it existed. */
    public static void createFolder(final Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            if (posix()) {
                final Path parent = folder.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                final FileAttribute<Set<PosixFilePermission>> attr = PosixFilePermissions.asFileAttribute(FOLDER);
                try {
                    Files.createDirectory(folder, attr);
                } catch (java.nio.file.FileAlreadyExistsException raced) {
                    // another process made it first; tightened below
                }
            } else {
                Files.createDirectories(folder);
            }
        }
        tighten(folder, FOLDER);
    }

    /** Creates an empty file readable and writable by its owner only. */
    public static void createFile(final Path file) throws IOException {
        if (posix()) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
            tighten(file, FILE); // the umask may have taken bits away, never added: this is for clarity
        } else {
            Files.createFile(file);
        }
    }

    /** Makes an existing file 0600 (a no-op if it is missing or not on a POSIX file system). */
    public static void file(final Path file) {
        try {
            if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                tighten(file, FILE);
            }
        } catch (IOException e) {
            // not ours to change (e.g. another owner): the open that follows reports any real problem
        }
    }

    /**
     * Tightens a data folder written by an older Stride: the folder, and the files Stride keeps in it (the database
     * with its WAL and shared-memory files, the log, the lock, and a {@code backups} folder with its files). Other
     * files in the folder are not Stride's and are left alone.
     */
    public static void tightenDataFolder(final Path folder) {
        if (!posix() || !Files.isDirectory(folder)) {
            return;
        }
        try {
            tighten(folder, FOLDER);
            try (var files = Files.list(folder)) {
                for (Path p : (Iterable<Path>) files::iterator) {
                    final String name = p.getFileName().toString();
                    if (name.startsWith(DataFolder.DATABASE_FILE) || name.startsWith(DataFolder.LOG_FILE)
                            || name.equals(DataFolder.LOCK_FILE)) {
                        file(p);
                    }
                }
            }
            final Path backups = folder.resolve(DataFolder.BACKUPS);
            if (Files.isDirectory(backups, LinkOption.NOFOLLOW_LINKS)) {
                tighten(backups, FOLDER);
                try (var files = Files.list(backups)) {
                    files.forEach(OwnerOnly::file);
                }
            }
        } catch (IOException e) {
            // a folder we may not change (shared, or another owner's): opening it reports what matters
        }
    }

    private static void tighten(final Path p, final Set<PosixFilePermission> perms) throws IOException {
        if (posix() && !Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS).equals(perms)) {
            Files.setPosixFilePermissions(p, perms);
        }
    }
}
