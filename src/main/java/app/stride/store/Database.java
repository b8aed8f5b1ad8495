package app.stride.store;

import app.stride.common.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * The runner's SQLite file: opened in WAL mode with foreign keys on, migrated to the latest schema.
 * Each unit of work gets its own short-lived connection, so any thread may use it.
 */
public final class Database {

    /** Work done on one connection. */
    @FunctionalInterface
    public interface Work<T> {
        T apply(Connection connection) throws SQLException;
    }

    private final Path file;
    private final String url;
    private final int schemaVersion;
    /** The connection of the transaction this thread is in, if any: work inside it joins it instead of opening another. */
    private final ThreadLocal<Connection> current = new ThreadLocal<>();
    private final java.util.concurrent.atomic.AtomicLong opened = new java.util.concurrent.atomic.AtomicLong();

    private Database(final Path file, final int schemaVersion) {
        this.file = file;
        this.url = "jdbc:sqlite:" + file;
        this.schemaVersion = schemaVersion;
    }

    /** Opens (creating if needed) the database in {@code folder}; refuses, untouched, a file from a newer Stride. */
    public static Database open(final DataFolder folder) {
        return open(folder.databaseFile(), Migrations.bundled());
    }

    static Database open(final Path file, final Migrations migrations) {
        final Path folder = file.toAbsolutePath().getParent();
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new StoreException(Messages.get("store.notAFolder", folder));
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StoreException(Messages.get("store.cannotCreateFolder", folder, why(e)), e);
        }
        final Database db = new Database(file, migrations.latestVersion());
        if (Files.exists(file)) {
            // Read the version before any pragma that writes, so a newer file is never changed.
            final int found = db.readUserVersionReadOnly();
            if (found > migrations.latestVersion()) {
                throw new SchemaTooNewException(file, found, migrations.latestVersion());
            }
        }
        try (Connection c = db.connect()) {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA journal_mode = WAL")) {
                rs.next();
            }
            final int current = userVersion(c);
            if (current > migrations.latestVersion()) {
                throw new SchemaTooNewException(file, current, migrations.latestVersion());
            }
            migrations.migrate(c, current);
        } catch (SQLException e) {
            throw new StoreException(Messages.get("store.cannotOpen", file, e.getMessage()), e);
        }
        return db;
    }

    /** Why a folder could not be made, in words rather than an exception's class name. */
    private static String why(final IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return Messages.get("store.why.denied");
        }
        if (e instanceof java.nio.file.NoSuchFileException || e instanceof java.nio.file.FileSystemException fse && fse.getReason() == null) {
            return Messages.get("store.why.cannotCreate");
        }
        return e instanceof java.nio.file.FileSystemException fse ? fse.getReason() : e.getMessage();
    }

    private int readUserVersionReadOnly() {
        final Properties p = new Properties();
        p.setProperty("open_mode", "1"); // SQLITE_OPEN_READONLY
        try (Connection c = DriverManager.getConnection(url, p)) {
            return userVersion(c);
        } catch (SQLException e) {
            throw new StoreException(Messages.get("store.cannotOpen", file, e.getMessage()), e);
        }
    }

    private static int userVersion(final Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** A new connection with foreign keys enforced and a busy timeout; the caller closes it. */
    public Connection connect() throws SQLException {
        final Properties p = new Properties();
        p.setProperty("foreign_keys", "true");
        p.setProperty("busy_timeout", "5000");
        opened.incrementAndGet();
        return DriverManager.getConnection(url, p);
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
                throw new StoreException(Messages.get("store.failed", e.getMessage()), e);
            }
        }
        try (Connection c = connect()) {
            return work.apply(c);
        } catch (SQLException e) {
            throw new StoreException(Messages.get("store.failed", e.getMessage()), e);
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
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                current.remove();
            }
        } catch (SQLException e) {
            throw new StoreException(Messages.get("store.failed", e.getMessage()), e);
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
