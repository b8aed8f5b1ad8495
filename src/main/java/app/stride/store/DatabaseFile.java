package app.stride.store;

import app.stride.common.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * Decides, without writing a byte, whether an existing file is a Stride database this build may open: not empty,
 * SQLite, Stride's own (by {@code application_id}, or by its tables for files made before it was set), not from a
 * newer Stride, not cut short, and passing {@code PRAGMA quick_check}.
 */
final class DatabaseFile {

    /** {@code PRAGMA application_id} of a Stride database: "STRD". */
    static final int APPLICATION_ID = 0x53545244;
    /** Tables every Stride database has had since schema 1; a file without them is another program's. */
    private static final Set<String> STRIDE_TABLES = Set.of("setting", "plan", "planned_session", "logged_session", "shoe");
    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER = 100;

    private DatabaseFile() {
    }

    /** Throws {@link UnusableDatabaseException} unless {@code file} may be opened for writing; never changes it. */
    /** Checks {@code file} without writing to it and returns its schema version; refuses a file Stride cannot use. */
    static int inspect(final Path file, final String url, final Migrations migrations) {
        final byte[] header;
        final long size;
        try {
            size = Files.size(file);
            try (InputStream in = Files.newInputStream(file)) {
                header = in.readNBytes(HEADER);
            }
        } catch (IOException e) {
            throw new StoreException(Messages.get("store.cannotOpen", file, Database.why(e)), e);
        }
        if (size == 0) {
            throw unusable(StoreProblem.EMPTY_FILE, file, Messages.get("store.problem.empty", file), null);
        }
        if (header.length < HEADER || !startsWithMagic(header)) {
            throw unusable(StoreProblem.NOT_SQLITE, file, Messages.get("store.problem.notSqlite", file), null);
        }
        checkLength(file, header, size);
        final Properties p = new Properties();
        p.setProperty("open_mode", Integer.toString(0x01 | 0x40)); // SQLITE_OPEN_READONLY | SQLITE_OPEN_URI: never writes
        try (Connection c = DriverManager.getConnection(url, p)) {
            final int appId = intPragma(c, "application_id");
            final int version = Database.userVersion(c);
            if (appId != APPLICATION_ID && !(appId == 0 && tables(c).containsAll(STRIDE_TABLES))) {
                throw unusable(StoreProblem.NOT_STRIDE, file, Messages.get("store.problem.notStride", file), null);
            }
            if (version > migrations.latestVersion()) {
                throw new SchemaTooNewException(file, version, migrations.latestVersion());
            }
            final List<String> problems = quickCheck(c);
            if (!problems.isEmpty()) {
                throw unusable(StoreProblem.DAMAGED, file, Messages.get("store.problem.damaged", file, problems.get(0)), null);
            }
            return version;
        } catch (SQLException e) {
            final int code = StoreErrors.primaryCode(e);
            if (code == StoreErrors.SQLITE_CORRUPT || code == StoreErrors.SQLITE_NOTADB) {
                throw unusable(StoreProblem.DAMAGED, file, Messages.get("store.problem.damaged", file, e.getMessage()), e);
            }
            throw StoreErrors.translate(e, "store.cannotOpen", file);
        }
    }

    private static boolean startsWithMagic(final byte[] header) {
        for (int i = 0; i < MAGIC.length; i++) {
            if (header[i] != MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    /** A file shorter than its header says, or not a whole number of pages, was cut short. */
    private static void checkLength(final Path file, final byte[] h, final long size) {
        final int raw = (h[16] & 0xff) << 8 | h[17] & 0xff;
        final int pageSize = raw == 1 ? 65536 : raw;
        if (pageSize < 512 || Integer.bitCount(pageSize) != 1) {
            throw unusable(StoreProblem.DAMAGED, file, Messages.get("store.problem.damaged", file,
                    Messages.get("store.problem.badHeader")), null);
        }
        final long pages = readInt(h, 28) & 0xffffffffL;
        final boolean pagesValid = pages > 0 && readInt(h, 24) == readInt(h, 92);
        if (size % pageSize != 0 || pagesValid && size < pages * pageSize) {
            throw unusable(StoreProblem.DAMAGED, file, Messages.get("store.problem.damaged", file,
                    Messages.get("store.problem.truncated", size, pagesValid ? pages * pageSize : size + pageSize - size % pageSize)), null);
        }
    }

    private static int readInt(final byte[] h, final int at) {
        return (h[at] & 0xff) << 24 | (h[at + 1] & 0xff) << 16 | (h[at + 2] & 0xff) << 8 | h[at + 3] & 0xff;
    }

    private static int intPragma(final Connection c, final String pragma) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA " + pragma)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static Set<String> tables(final Connection c) throws SQLException {
        final Set<String> names = new HashSet<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    private static List<String> quickCheck(final Connection c) throws SQLException {
        final List<String> problems = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA quick_check(10)")) {
            while (rs.next()) {
                if (!"ok".equals(rs.getString(1))) {
                    problems.add(rs.getString(1));
                }
            }
        }
        return problems;
    }

    private static UnusableDatabaseException unusable(final StoreProblem problem, final Path file, final String message,
                                                      final Throwable cause) {
        return new UnusableDatabaseException(problem, file, message, cause);
    }
}
