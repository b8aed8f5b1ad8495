package app.stride.store;

import app.stride.common.Messages;

/** The database was written by a newer Stride; it is refused and left untouched. */
public final class SchemaTooNewException extends UnusableDatabaseException {
    private static final long serialVersionUID = 1L;

    private final int found;
    private final int known;

    public SchemaTooNewException(final java.nio.file.Path file, final int found, final int known) {
        super(StoreProblem.TOO_NEW, file, Messages.get("store.tooNew", file, found, known), null);
        this.found = found;
        this.known = known;
    }

    public int found() {
        return found;
    }

    public int known() {
        return known;
    }
}
