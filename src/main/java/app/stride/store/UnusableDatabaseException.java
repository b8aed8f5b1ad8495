package app.stride.store;

import java.nio.file.Path;

/**
 * The database file cannot be used as it is (empty, not SQLite, another program's, damaged, or from a newer Stride).
 * It was left byte-for-byte as it was. {@link #problem()} says which; when {@link StoreProblem#restoreMayHelp()}
 * the window or command line can offer to restore a backup of {@link #file()}.
 */
public class UnusableDatabaseException extends StoreException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public UnusableDatabaseException(final StoreProblem problem, final Path file, final String message, final Throwable cause) {
        super(problem, message, cause);
        this.file = file;
    }

    /** The file that was refused (and left untouched). */
    public Path file() {
        return file;
    }
}
