package app.stride.store;

import app.stride.common.Messages;
import java.sql.SQLException;

/** Turns SQLite's result codes into failures a runner can act on: a full disk, a busy database, a damaged file. */
final class StoreErrors {

    static final int SQLITE_BUSY = 5;
    static final int SQLITE_LOCKED = 6;
    static final int SQLITE_CORRUPT = 11;
    static final int SQLITE_FULL = 13;
    static final int SQLITE_NOTADB = 26;

    private StoreErrors() {
    }

    /** SQLite's primary result code of {@code e} (extended codes keep it in their low byte). */
    static int primaryCode(final SQLException e) {
        return e.getErrorCode() & 0xff;
    }

    /** The exception to throw for {@code e}; {@code key} and {@code args} word the general case (the cause is appended). */
    static StoreException translate(final SQLException e, final String key, final Object... args) {
        final int code = rootCode(e);
        switch (code) {
            case SQLITE_FULL:
                return new StoreException(StoreProblem.DISK_FULL, Messages.get("store.diskFull"), e);
            case SQLITE_BUSY:
            case SQLITE_LOCKED:
                return new StoreException(StoreProblem.BUSY, Messages.get("store.busy"), e);
            case SQLITE_CORRUPT:
            case SQLITE_NOTADB:
                return new StoreException(StoreProblem.DAMAGED, Messages.get("store.damagedWhileOpen"), e);
            default:
                final Object[] all = java.util.Arrays.copyOf(args, args.length + 1);
                all[args.length] = e.getMessage();
                return new StoreException(Messages.get(key, all), e);
        }
    }

    /** The code of the first SQLite failure in the chain (a migration wraps the one that failed). */
    private static int rootCode(final SQLException e) {
        Throwable t = e;
        while (t != null) {
            if (t instanceof SQLException s && primaryCode(s) != 0) {
                return primaryCode(s);
            }
            t = t.getCause();
        }
        return 0;
    }
}
