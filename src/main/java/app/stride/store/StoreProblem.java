package app.stride.store;

/** What kind of store failure happened, so the window and the command line can act on it (not only show it). */
public enum StoreProblem {
    /** Any other failure to read or write. */
    FAILED,
    /** The disk (or the folder's quota) is full: nothing was saved, what was typed must be kept. */
    DISK_FULL,
    /** Another Stride window or command held the database longer than the wait allows. */
    BUSY,
    /** Another Stride window has this data folder open. */
    IN_USE,
    /** The database file exists but is empty (zero bytes); Stride will not write its schema over it. */
    EMPTY_FILE,
    /** The file is not an SQLite database at all. */
    NOT_SQLITE,
    /** An SQLite database of another program. */
    NOT_STRIDE,
    /** Stride's database, but damaged or cut short (quick_check or integrity_check found problems). */
    DAMAGED,
    /** Written by a newer Stride. */
    TOO_NEW;

    /** Whether restoring a backup is the way out (the file itself cannot be used as it is). */
    public boolean restoreMayHelp() {
        return this == EMPTY_FILE || this == NOT_SQLITE || this == DAMAGED;
    }
}
