package app.stride.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path dir;

    @Test
    void createsWalDatabaseAtLatestSchemaInTheFolder() {
        final DataFolder folder = new DataFolder(dir.resolve("new/nested"));
        final Database db = Database.open(folder);

        assertThat(folder.databaseFile()).exists();
        assertThat(db.schemaVersion()).isEqualTo(Migrations.bundled().latestVersion()).isPositive();
        assertThat(db.journalMode()).isEqualTo("wal");
    }

    @Test
    void reopeningKeepsDataAndDoesNotRerunMigrations() {
        final DataFolder folder = new DataFolder(dir);
        final Database first = Database.open(folder);
        first.inTransaction(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("INSERT INTO shoe (name) VALUES ('Pegasus')");
            }
            return null;
        });

        final Database again = Database.open(folder);

        assertThat(shoes(again)).isEqualTo(1);
    }

    @Test
    void foreignKeysAreEnforced() {
        final Database db = Database.open(new DataFolder(dir));

        assertThatThrownBy(() -> db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO plan_week (plan_id, number, phase, planned_m) VALUES (999, 1, 'base', 0)")) {
                return ps.executeUpdate();
            }
        })).isInstanceOf(StoreException.class).hasMessageContaining("FOREIGN KEY");
    }

    @Test
    void aFailedTransactionKeepsNothing() {
        final Database db = Database.open(new DataFolder(dir));

        assertThatThrownBy(() -> db.inTransaction(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("INSERT INTO shoe (name) VALUES ('kept?')");
                st.execute("INSERT INTO shoe (name, initial_m) VALUES ('bad', -1)");
            }
            return null;
        })).isInstanceOf(StoreException.class);

        assertThat(shoes(db)).isZero();
    }

    @Test
    void refusesADatabaseFromANewerStrideAndLeavesItUntouched() throws Exception {
        final DataFolder folder = new DataFolder(dir);
        final Path file = folder.databaseFile();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE future (x)");
            st.execute("PRAGMA application_id = " + DatabaseFile.APPLICATION_ID);
            st.execute("PRAGMA user_version = 99");
        }
        final byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> Database.open(folder))
                .isInstanceOf(SchemaTooNewException.class)
                .hasMessageContaining("newer Stride")
                .hasMessageContaining("99")
                .hasMessageContaining("not changed");

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(dir.resolve("stride.db-wal")).doesNotExist();
    }

    @Test
    void aBrokenMigrationRollsBackAndKeepsTheOldVersion() throws SQLException {
        final Path file = dir.resolve("stride.db");
        Database.open(new DataFolder(dir));
        final Migrations withBadSecond = Migrations.bundled();
        // Simulate a later release whose second script fails half-way.
        final var broken = new java.util.ArrayList<>(withBadSecond.all());
        broken.add(new Migrations.Migration(withBadSecond.latestVersion() + 1, "V999__broken.sql",
                "CREATE TABLE half_done (x);\nINSERT INTO no_such_table VALUES (1);\n"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertThatThrownBy(() -> Migrations.of(broken).migrate(c))
                    .isInstanceOf(SQLException.class).hasMessageContaining("V999__broken.sql");
        }
        final Database db = Database.open(new DataFolder(dir));
        assertThat(db.schemaVersion()).isEqualTo(withBadSecond.latestVersion());
        final boolean halfDone = db.read(c -> {
            try (var rs = c.getMetaData().getTables(null, null, "half_done", null)) {
                return rs.next();
            }
        });
        assertThat(halfDone).isFalse();
    }

    private static long shoes(final Database db) {
        return db.read(c -> db.count(c, "shoe"));
    }

    @Test
    void aScriptMayHoldTriggersAndSemicolonsInsideStrings() {
        final var list = new java.util.ArrayList<>(Migrations.bundled().all());
        final int next = Migrations.bundled().latestVersion() + 1;
        list.add(new Migrations.Migration(next, "V900__trigger.sql", """
                -- a comment; with a semicolon
                CREATE TABLE note (text TEXT NOT NULL);
                INSERT INTO note (text) VALUES ('first; second');
                CREATE TRIGGER note_copy AFTER INSERT ON note BEGIN
                    INSERT INTO setting (key, value) VALUES ('last.note', NEW.text || ';');
                END;
                INSERT INTO note (text) VALUES ('it''s; fine');
                """));
        final Database db = Database.open(dir.resolve("stride.db"), Migrations.of(list), Database.Tuning.standard());

        assertThat(db.schemaVersion()).isEqualTo(next);
        final String notes = db.read(c -> {
            try (Statement st = c.createStatement(); var rs = st.executeQuery("SELECT group_concat(text, '|') FROM note")) {
                rs.next();
                return rs.getString(1);
            }
        });
        assertThat(notes).isEqualTo("first; second|it's; fine");
        final String copied = db.read(c -> {
            try (Statement st = c.createStatement(); var rs = st.executeQuery("SELECT value FROM setting WHERE key = 'last.note'")) {
                rs.next();
                return rs.getString(1);
            }
        });
        assertThat(copied).isEqualTo("it's; fine;");
    }
}
