package app.stride.store;

import java.nio.file.Path;

/** Databases as an older Stride left them, for tests outside the store that restore or upgrade one. */
public final class OldDatabases {

    private OldDatabases() {
    }

    /** Creates {@code file} at schema {@code version} (the first {@code version} bundled migrations). */
    public static void atVersion(final Path file, final int version) {
        Database.open(file, Migrations.bundledUpTo(version));
    }
}
