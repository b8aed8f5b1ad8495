package app.stride.store;

import app.stride.common.Messages;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Properties;

/**
 * The runner's SQLite file: opened in WAL mode with foreign keys on, migrated to the latest schema.
 * Each unit of work gets its own short-lived connection, so any thread may use it.
 *
 * <p>Opening never writes to a file that is not Stride's: an existing file is inspected read-only first
 * ({@link DatabaseFile}); a new one is built next to its final name and moved into place only when complete, so
 * a crash while creating it never leaves a half-made {@code stride.db}.
 */
public final class Database {

    /** Work done on one connection. */
    @FunctionalInterface
    public interface Work<T> {
        T apply(Connection connection) throws SQLException;
    }

    /**
     * How connections behave: how long a write waits for another writer, and (for tests simulating a full disk) a
     * page limit.
     */
    public record Tuning(Duration busyTimeout, OptionalLong maxPageCount) {
        /** Waits 5 s for another writer (override with {@code -Dstride.busyTimeoutMs=N}). */
        public static Tuning standard() {
            return new Tuning(Duration.ofMillis(Long.getLong("stride.busyTimeoutMs", 5000)), OptionalLong.empty());
        }
    }

    private final Path file;
    private final String url;
    private final int schemaVersion;
    private final Tuning tuning;
    /** The connection of the transaction this thread is in, if any: work inside it joins it instead of opening another. */
    private final ThreadLocal<Connection> current = new ThreadLocal<>();
    private final java.util.concurrent.atomic.AtomicLong opened = new java.util.concurrent.atomic.AtomicLong();
    /** Rows this process has changed, summed over every connection as it closes (see {@link #stamp()}). */
    private final java.util.concurrent.atomic.AtomicLong changed = new java.util.concurrent.atomic.AtomicLong();

    private Database(final Path file, final int schemaVersion, final Tuning tuning) {
        this.file = file;
        this.url = urlOf(file);
        this.schemaVersion = schemaVersion;
        this.tuning = tuning;
    }

    /**
     * The JDBC URL of {@code file} as an SQLite URI: every character that means something in a URL ({@code ?}, {@code #},
     * {@code %}, spaces) is percent-escaped, so any folder name opens exactly that file.
     */
    static String urlOf(final Path file) {
        return "jdbc:sqlite:" + file.toAbsolutePath().toUri().toASCIIString();
    }

    /** Opens (creating if needed) the database in {@code folder}; refuses, untouched, a file Stride cannot use. */
    public static Database open(final DataFolder folder) {
        return open(folder.databaseFile(), Migrations.bundled(), Tuning.standard());
    }

    /** As {@link #open(DataFolder)} with connections tuned as given. */
    public static Database open(final DataFolder folder, final Tuning tuning) {
        return open(folder.databaseFile(), Migrations.bundled(), tuning);
    }

    static Database open(final Path file, final Migrations migrations) {
        return open(file, migrations, Tuning.standard());
    }

    static Database open(final Path file, final Migrations migrations, final Tuning tuning) {
        final Path folder = file.toAbsolutePath().getParent();
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new StoreException(Messages.get("store.notAFolder", folder));
        }
        try {
            OwnerOnly.createFolder(folder);
        } catch (IOException e) {
            throw new StoreException(Messages.get("store.cannotCreateFolder", folder, why(e)), e);
        }
        OwnerOnly.tightenDataFolder(folder);
        final Database db = new Database(file, migrations.latestVersion(), tuning);
        final boolean created = !Files.exists(file) && db.create(migrations);
        if (!created) {
            final int found = DatabaseFile.inspect(file, db.url, migrations);
            if (found > 0 && found < migrations.latestVersion()) {
                Backups.beforeMigration(file, found); // issue 10: a way back before every schema change
            }
        }
        try (Connection c = db.connect()) {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA journal_mode = WAL")) {
                rs.next();
            }
            migrations.migrate(c);
        } catch (SQLException e) {
            throw StoreErrors.translate(e, "store.cannotOpen", file);
        }
        OwnerOnly.tightenDataFolder(folder);
        return db;
    }

    /**
     * Builds a new database at {@code stride.db-new} and moves it to its name once complete. Returns false if
     * another process put a file there first (then that file is inspected like any existing one).
     */
    private boolean create(final Migrations migrations) {
        final Path fresh = file.resolveSibling(file.getFileName() + "-new");
        try {
            for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
                Files.deleteIfExists(fresh.resolveSibling(fresh.getFileName() + suffix)); // a creation cut short earlier
            }
            OwnerOnly.createFile(fresh);
        } catch (IOException e) {
            throw new StoreException(Messages.get("store.cannotOpen", file, why(e)), e);
        }
        final Database building = new Database(fresh, schemaVersion, tuning);
        try (Connection c = building.connect()) {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA journal_mode = WAL")) {
                rs.next();
            }
            migrations.migrate(c);
        } catch (SQLException e) {
            throw StoreErrors.translate(e, "store.cannotOpen", file);
        }
        try {
            Files.move(fresh, file);
            return true;
        } catch (FileAlreadyExistsException raced) {
            try {
                Files.deleteIfExists(fresh);
            } catch (IOException ignored) {
                // a stray stride.db-new is removed on the next creation
            }
            return false;
        } catch (IOException e) {
            throw new StoreException(Messages.get("store.cannotOpen", file, why(e)), e);
        }
    }

    /** Why a file or folder could not be made, in words rather than an exception's class name. */
    static String why(final IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return Messages.get("store.why.denied");
        }
        if (e instanceof java.nio.file.NoSuchFileException || e instanceof java.nio.file.FileSystemException fse && fse.getReason() == null) {
            return Messages.get("store.why.cannotCreate");
        }
        return e instanceof java.nio.file.FileSystemException fse ? fse.getReason() : e.getMessage();
    }

    static int userVersion(final Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /**
     * A new connection with foreign keys enforced, a busy timeout, and transactions that take the write lock when
     * they begin ({@code BEGIN IMMEDIATE}): a read-modify-write then waits for another writer instead of failing
     * half-way, and what it read cannot change before it writes. The caller closes it.
     */
    public Connection connect() throws SQLException {
        final Properties p = new Properties();
        p.setProperty("foreign_keys", "true");
        p.setProperty("busy_timeout", Long.toString(tuning.busyTimeout().toMillis()));
        p.setProperty("transaction_mode", "IMMEDIATE");
        opened.incrementAndGet();
        final Connection c = DriverManager.getConnection(url, p);
        if (tuning.maxPageCount().isPresent()) {
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA max_page_count = " + tuning.maxPageCount().getAsLong());
            } catch (SQLException e) {
                c.close();
                throw e;
            }
        }
        return c;
    }

    /** How many connections this database has opened: lets tests see that a unit of work uses one. */
    public long connectionsOpened() {
        return opened.get();
    }

    /** Runs {@code work} on its own connection (autocommit), or on the transaction this thread is in. */
    public <T> T read(final Work<T> work) {
        final Connection joined = current.get();
        if (joined != null) {
            try {
                return work.apply(joined);
            } catch (SQLException e) {
                throw StoreErrors.translate(e, "store.failed"); // a full disk inside a unit of work says so too
            }
        }
        try (Connection c = connect()) {
            try {
                return work.apply(c);
            } finally {
                countChanges(c);
            }
        } catch (SQLException e) {
            throw StoreErrors.translate(e, "store.failed");
        }
    }

    /** Adds what {@code c} changed to this process's count (a native counter of the connection: no statement runs). */
    private void countChanges(final Connection c) {
        try {
            final long n = c.unwrap(org.sqlite.SQLiteConnection.class).getDatabase().total_changes();
            if (n > 0) {
                changed.addAndGet(n);
            }
        } catch (SQLException e) {
            changed.incrementAndGet(); // unknown: count it as a change, so nothing is wrongly thought unchanged
        }
    }

    /**
     * A cheap stamp of the data as it is now, equal to an earlier one only when nothing was written in between: rows
     * changed by this process, and the size and modification time of the database file and its WAL for writes by
     * another (the CLI while the app is open). Lets a screen skip reading and redrawing data that has not changed.
     */
    public app.stride.common.DataStamp stamp() {
        final Path wal = file.resolveSibling(file.getFileName() + "-wal");
        return new app.stride.common.DataStamp(changed.get(), fileStamp(file), fileStamp(wal));
    }

    /**
     * Size and modification time; an empty or absent file is "empty" either way (SQLite makes an empty WAL when a
     * connection opens and removes it when the last one closes: neither is a write).
     */
    private static String fileStamp(final Path f) {
        try {
            final java.nio.file.attribute.BasicFileAttributes a = Files.readAttributes(f, java.nio.file.attribute.BasicFileAttributes.class);
            return a.size() == 0 ? "empty" : a.size() + "@" + a.lastModifiedTime().toInstant();
        } catch (IOException e) {
            return "empty";
        }
    }

    /**
     * Runs {@code work} in one transaction: all of it is kept, or none. Inside {@link #unitOfWork()} it joins the
     * transaction already open on this thread.
     */
    public <T> T inTransaction(final Work<T> work) {
        if (current.get() != null) {
            return read(work);
        }
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            current.set(c);
            try {
                final T result = work.apply(c);
                c.commit();
                countChanges(c);
                return result;
            } catch (SQLException | RuntimeException e) {
                // SQLite may already have rolled back (a full disk does): a failing rollback must not hide why.
                try {
                    c.rollback();
                } catch (SQLException rollbackFailed) {
                    e.addSuppressed(rollbackFailed);
                }
                throw e;
            } finally {
                current.remove();
            }
        } catch (SQLException e) {
            throw StoreErrors.translate(e, "store.failed");
        }
    }

    /** Every repository call made inside the unit's work shares one connection and one transaction. */
    public app.stride.common.UnitOfWork unitOfWork() {
        return new app.stride.common.UnitOfWork() {
            @Override
            public <T> T run(final java.util.function.Supplier<T> work) {
                return inTransaction(c -> work.get());
            }
        };
    }

    public Path file() {
        return file;
    }

    /** The schema version this database is at (always the latest once opened). */
    public int schemaVersion() {
        return read(Database::userVersion);
    }

    /** The schema version this build of Stride writes. */
    public int latestSchemaVersion() {
        return schemaVersion;
    }

    /** SQLite's journal mode for this file, e.g. {@code wal}. */
    public String journalMode() {
        return read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA journal_mode")) {
                return rs.next() ? rs.getString(1) : "";
            }
        });
    }

    /** The full {@code PRAGMA integrity_check} plus a foreign-key check: slow on a big file, for "Check my data". */
    public DataCheck check() {
        final List<String> problems = new ArrayList<>();
        try (Connection c = connect()) {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA integrity_check(100)")) {
                while (rs.next()) {
                    final String line = rs.getString(1);
                    if (!"ok".equals(line)) {
                        problems.add(line);
                    }
                }
            }
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA foreign_key_check")) {
                while (rs.next() && problems.size() < 100) {
                    problems.add("foreign key: " + rs.getString(1) + " row " + rs.getLong(2) + " refers to a missing " + rs.getString(3));
                }
            }
        } catch (SQLException e) {
            final int code = StoreErrors.primaryCode(e);
            if (code != StoreErrors.SQLITE_CORRUPT && code != StoreErrors.SQLITE_NOTADB) {
                throw StoreErrors.translate(e, "store.failed");
            }
            problems.add(e.getMessage()); // so damaged that the check itself stopped
        }
        return new DataCheck(file, problems);
    }

    /** Number of rows in {@code table}; the table name must come from the schema, never from input. */
    long count(final Connection c, final String table) throws SQLException {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + table); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
