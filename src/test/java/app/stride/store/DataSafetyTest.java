package app.stride.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.OptionalLong;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11: the data folder is private, a file Stride cannot use is never written to, failures say what happened. */
class DataSafetyTest {

    @TempDir
    Path dir;

    @Test
    void aNewDataFolderIsPrivateToTheRunner() throws Exception {
        assumeTrue(OwnerOnly.posix());
        final DataFolder folder = new DataFolder(dir.resolve("data"));
        final Database db = Database.open(folder);
        db.inTransaction(c -> insertShoe(c, "Pegasus"));

        try (Connection open = db.connect()) { // a connection keeps -wal and -shm in place while their modes are read
            open.createStatement().executeQuery("SELECT 1 FROM shoe").close();
            assertThat(mode(folder.path())).isEqualTo("rwx------");
            assertThat(mode(folder.databaseFile())).isEqualTo("rw-------");
            assertThat(mode(dir.resolve("data/stride.db-wal"))).isEqualTo("rw-------");
            assertThat(mode(dir.resolve("data/stride.db-shm"))).isEqualTo("rw-------");
        }
    }

    @Test
    void anExistingDataFolderReadableByOthersIsTightenedOnOpen() throws Exception {
        assumeTrue(OwnerOnly.posix());
        final DataFolder folder = new DataFolder(dir.resolve("data"));
        Database.open(folder);
        Files.setPosixFilePermissions(folder.path(), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(folder.databaseFile(), PosixFilePermissions.fromString("rw-r--r--"));
        Files.writeString(folder.logFile(), "old log\n");
        Files.setPosixFilePermissions(folder.logFile(), PosixFilePermissions.fromString("rw-r--r--"));
        Files.createDirectories(folder.path().resolve("backups"));
        Files.setPosixFilePermissions(folder.path().resolve("backups"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(folder.path().resolve("backups/stride-2026-11-01.db"), "x");
        Files.setPosixFilePermissions(folder.path().resolve("backups/stride-2026-11-01.db"), PosixFilePermissions.fromString("rw-r--r--"));
        final Path notOurs = Files.writeString(folder.path().resolve("notes.txt"), "mine");
        Files.setPosixFilePermissions(notOurs, PosixFilePermissions.fromString("rw-r--r--"));

        Database.open(folder);

        assertThat(mode(folder.path())).isEqualTo("rwx------");
        assertThat(mode(folder.databaseFile())).isEqualTo("rw-------");
        assertThat(mode(folder.logFile())).isEqualTo("rw-------");
        assertThat(mode(folder.path().resolve("backups"))).isEqualTo("rwx------");
        assertThat(mode(folder.path().resolve("backups/stride-2026-11-01.db"))).isEqualTo("rw-------");
        assertThat(mode(notOurs)).as("a file that is not Stride's is left as it was").isEqualTo("rw-r--r--");
    }

    @Test
    void aFolderNameWithUrlCharactersOpensExactlyThatFolder() throws Exception {
        final Path odd = dir.resolve("runs?mode=ro&cache=shared#1 %20");
        final Database db = Database.open(new DataFolder(odd));
        db.inTransaction(c -> insertShoe(c, "Pegasus"));

        assertThat(odd.resolve("stride.db")).exists();
        try (var siblings = Files.list(dir)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).containsExactly(odd.getFileName().toString());
        }
        final long shoes = Database.open(new DataFolder(odd)).read(c -> db.count(c, "shoe"));
        assertThat(shoes).isEqualTo(1);
    }

    @Test
    void aZeroByteFileIsRefusedAndLeftAsItIs() throws Exception {
        final Path file = Files.createFile(dir.resolve("stride.db"));

        assertRefusedUntouched(file, StoreProblem.EMPTY_FILE, "empty file");
    }

    @Test
    void aFileThatIsNotSqliteIsRefusedAndLeftAsItIs() throws Exception {
        final Path file = Files.writeString(dir.resolve("stride.db"), "Dear diary, today I ran 5 km.\n".repeat(100));

        assertRefusedUntouched(file, StoreProblem.NOT_SQLITE, "not an SQLite file");
    }

    @Test
    void anotherProgramsSqliteFileIsRefusedAndLeftAsItIs() throws Exception {
        final Path file = dir.resolve("stride.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT)");
            st.execute("INSERT INTO photos (path) VALUES ('/home/me/cat.jpg')");
        }

        assertRefusedUntouched(file, StoreProblem.NOT_STRIDE, "another program");
    }

    @Test
    void anEmptySqliteFileOfAnotherProgramIsRefusedToo() throws Exception {
        final Path file = dir.resolve("stride.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("PRAGMA user_version = 7");
        }

        assertRefusedUntouched(file, StoreProblem.NOT_STRIDE, "another program");
    }

    @Test
    void aDatabaseWithGarbagePagesMidFileIsRefusedAndLeftAsItIs() throws Exception {
        final Path file = strideDatabaseWithRuns(3000);
        final long size = Files.size(file);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            final byte[] garbage = new byte[4096 * 3];
            new Random(11).nextBytes(garbage);
            raf.seek(size / 2 / 4096 * 4096);
            raf.write(garbage);
        }

        assertRefusedUntouched(file, StoreProblem.DAMAGED, "damaged");
    }

    @Test
    void aTruncatedDatabaseIsRefusedAndLeftAsItIs() throws Exception {
        final Path file = strideDatabaseWithRuns(3000);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(raf.length() / 2 + 100);
        }

        assertRefusedUntouched(file, StoreProblem.DAMAGED, "cut short");
    }

    @Test
    void aDatabaseFromANewerStrideIsRefusedAndLeftAsItIs() throws Exception {
        final Path file = strideDatabaseWithRuns(10);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("PRAGMA user_version = 99");
        }

        final var e = assertRefusedUntouched(file, StoreProblem.TOO_NEW, "newer Stride");
        assertThat(e).isInstanceOf(SchemaTooNewException.class);
    }

    @Test
    void onlyDamagedOrUnreadableFilesSuggestRestoringABackup() {
        assertThat(StoreProblem.DAMAGED.restoreMayHelp()).isTrue();
        assertThat(StoreProblem.EMPTY_FILE.restoreMayHelp()).isTrue();
        assertThat(StoreProblem.NOT_STRIDE.restoreMayHelp()).isFalse();
        assertThat(StoreProblem.TOO_NEW.restoreMayHelp()).isFalse();
    }

    @Test
    void checkMyDataFindsDamageInAFileThatWasSoundWhenOpened() throws Exception {
        final Path file = strideDatabaseWithRuns(3000);
        final Database db = Database.open(new DataFolder(dir));
        assertThat(db.check().ok()).isTrue();

        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            final byte[] garbage = new byte[4096 * 3];
            new Random(7).nextBytes(garbage);
            raf.seek(Files.size(file) / 2 / 4096 * 4096);
            raf.write(garbage);
        }

        final DataCheck check = db.check();
        assertThat(check.ok()).isFalse();
        assertThat(check.problems()).isNotEmpty();
    }

    @Test
    void aFullDiskSaysSoPlainlyAndKeepsWhatWasThere() {
        final Database roomy = Database.open(new DataFolder(dir));
        final long pages = roomy.read(c -> {
            try (var rs = c.createStatement().executeQuery("PRAGMA page_count")) {
                rs.next();
                return rs.getLong(1);
            }
        });
        roomy.inTransaction(c -> insertShoe(c, "kept"));
        final Database full = Database.open(new DataFolder(dir), new Database.Tuning(Duration.ofSeconds(5), OptionalLong.of(pages + 1)));

        assertThatThrownBy(() -> full.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO shoe (name, notes) VALUES ('big', ?)")) {
                ps.setString(1, "x".repeat(200_000));
                return ps.executeUpdate();
            }
        })).isInstanceOfSatisfying(StoreException.class, e -> {
            assertThat(e.problem()).isEqualTo(StoreProblem.DISK_FULL);
            assertThat(e.getMessage()).contains("disk is full").doesNotContain("rollback").doesNotContain("SQLITE");
        });
        final long kept = roomy.read(c -> roomy.count(c, "shoe"));
        assertThat(kept).isEqualTo(1);
        assertThat(roomy.check().ok()).isTrue();
    }

    @Test
    void aWriteThatWaitsTooLongForAnotherWriterSaysTheDataIsBusy() throws Exception {
        final Database db = Database.open(new DataFolder(dir), new Database.Tuning(Duration.ofMillis(200), OptionalLong.empty()));
        try (Connection other = db.connect()) {
            other.setAutoCommit(false);
            insertShoe(other, "held"); // another window in the middle of a write

            assertThatThrownBy(() -> db.inTransaction(c -> insertShoe(c, "waiting")))
                    .isInstanceOfSatisfying(StoreException.class, e -> {
                        assertThat(e.problem()).isEqualTo(StoreProblem.BUSY);
                        assertThat(e.getMessage()).contains("busy");
                    });
            other.rollback();
        }
    }

    private UnusableDatabaseException assertRefusedUntouched(final Path file, final StoreProblem problem, final String words)
            throws Exception {
        final String before = sha256(file);
        final long sizeBefore = Files.size(file);
        final UnusableDatabaseException[] caught = new UnusableDatabaseException[1];

        assertThatThrownBy(() -> Database.open(new DataFolder(file.getParent())))
                .isInstanceOfSatisfying(UnusableDatabaseException.class, e -> {
                    caught[0] = e;
                    assertThat(e.problem()).isEqualTo(problem);
                    assertThat(e.file()).isEqualTo(file);
                    assertThat(e.getMessage()).contains(words).contains(file.toString()).containsAnyOf("did not change", "not changed");
                });
        assertThat(sha256(file)).as("the file is byte-identical").isEqualTo(before);
        assertThat(Files.size(file)).isEqualTo(sizeBefore);
        assertThat(file.resolveSibling("stride.db-new")).doesNotExist();
        // opening twice refuses twice (nothing was "repaired" in between)
        assertThatThrownBy(() -> Database.open(new DataFolder(file.getParent()))).isInstanceOf(UnusableDatabaseException.class);
        assertThat(sha256(file)).isEqualTo(before);
        return caught[0];
    }

    private Path strideDatabaseWithRuns(final int runs) throws Exception {
        final Database db = Database.open(new DataFolder(dir));
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO logged_session (date, type, distance_m, duration_s, notes, created_at) VALUES (?, 'easy', ?, ?, ?, ?)")) {
                for (int i = 0; i < runs; i++) {
                    ps.setString(1, java.time.LocalDate.of(2016, 1, 1).plusDays(i).toString());
                    ps.setDouble(2, 5000 + i);
                    ps.setInt(3, 1800 + i);
                    ps.setString(4, "Felt good, legs a bit heavy on the hill number " + i);
                    ps.setString(5, "2026-01-01T00:00:00Z");
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
        // every connection is closed: the WAL is checkpointed into the file and removed
        assertThat(dir.resolve("stride.db-wal")).doesNotExist();
        return db.file();
    }

    private static int insertShoe(final Connection c, final String name) throws java.sql.SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO shoe (name) VALUES (?)")) {
            ps.setString(1, name);
            return ps.executeUpdate();
        }
    }

    private static String mode(final Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    private static String sha256(final Path p) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
    }

    static byte[] utf8(final String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
