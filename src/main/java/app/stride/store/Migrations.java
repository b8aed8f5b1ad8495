package app.stride.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbered SQL scripts applied in order, with {@code PRAGMA user_version} as the schema version (ADR 0002).
 * The scripts are listed in {@code migration/index.txt} so they can be found inside a jar.
 */
public final class Migrations {

    private static final String FOLDER = "/app/stride/store/migration/";
    private static final Pattern NAME = Pattern.compile("V(\\d{3})__[a-z0-9_]+\\.sql");

    /** One script: its version and SQL text. */
    public record Migration(int version, String name, String sql) {
    }

    private final List<Migration> migrations;
    /**
     * Work a script cannot do in SQL, by the script's name without its number (so renumbering keeps it): run after
     * the script's statements, in its transaction.
     */
    private final Map<String, Database.Work<Void>> code;

    private Migrations(final List<Migration> migrations, final Map<String, Database.Work<Void>> code) {
        this.migrations = List.copyOf(migrations);
        this.code = Map.copyOf(code);
    }

    /** The migrations that ship with this build. */
    public static Migrations bundled() {
        final List<Migration> list = new ArrayList<>();
        for (String name : readResource("index.txt").lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
            final Matcher m = NAME.matcher(name);
            if (!m.matches()) {
                throw new IllegalStateException("Migration file name not of the form V001__what.sql: " + name);
            }
            final int version = Integer.parseInt(m.group(1));
            // 1, 2, 3...: user_version is the count of scripts applied, and bundledUpTo(n) takes the first n.
            if (version != list.size() + 1) {
                throw new IllegalStateException("Migrations must be numbered 1, 2, 3...; found " + name);
            }
            list.add(new Migration(version, name, readResource(name)));
        }
        return new Migrations(list, Map.of("plans_in_own_format.sql", PlanFormatV004::convert,
                "session_briefs.sql", SessionBriefsV009::convert));
    }

    /** A set of migrations given directly; for tests of the runner itself. */
    static Migrations of(final List<Migration> migrations) {
        return new Migrations(migrations, Map.of());
    }

    /** The bundled migrations up to {@code version} only; for tests that build a database as an older Stride left it. */
    static Migrations bundledUpTo(final int version) {
        final Migrations all = bundled();
        return new Migrations(all.migrations.subList(0, version), all.code);
    }

    public int latestVersion() {
        return migrations.isEmpty() ? 0 : migrations.get(migrations.size() - 1).version();
    }

    public List<Migration> all() {
        return migrations;
    }

    /**
     * Brings the database to the latest version; each script in its own write transaction with its new
     * {@code user_version}. The version is read inside that transaction, so two processes opening the same new file
     * at once never apply a script twice. A script runs through SQLite's own statement splitter
     * ({@code sqlite3_exec}), so triggers ({@code BEGIN ... END;}) and {@code ;} inside string literals are fine.
     */
    public void migrate(final Connection c) throws SQLException {
        if (Database.userVersion(c) >= latestVersion()) {
            return; // the usual start: nothing to do, and no write lock taken
        }
        for (Migration m : migrations) {
            final boolean auto = c.getAutoCommit();
            c.setAutoCommit(false); // BEGIN IMMEDIATE (Database.connect): holds the write lock from the start
            try (Statement st = c.createStatement()) {
                if (Database.userVersion(c) >= m.version()) {
                    c.commit();
                    continue;
                }
                st.executeUpdate(m.sql());
                final Database.Work<Void> work = code.get(m.name().substring(m.name().indexOf("__") + 2));
                if (work != null) {
                    work.apply(c);
                }
                st.executeUpdate("PRAGMA user_version = " + m.version());
                c.commit();
            } catch (SQLException e) {
                try {
                    c.rollback();
                } catch (SQLException rollbackFailed) {
                    e.addSuppressed(rollbackFailed);
                }
                throw new SQLException("Migration " + m.name() + " failed: " + e.getMessage(), e.getSQLState(), e.getErrorCode(), e);
            } finally {
                c.setAutoCommit(auto);
            }
        }
    }

    private static String readResource(final String name) {
        try (InputStream in = Migrations.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing migration resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read migration " + name, e);
        }
    }
}
