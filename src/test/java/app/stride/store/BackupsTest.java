package app.stride.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.stride.common.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsTest {

    @TempDir
    Path dir;

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T18:00:00Z"), ZoneOffset.UTC);

    @Test
    void aRoundTripReproducesEveryRowOfEveryTable() throws Exception {
        final DataFolder home = new DataFolder(dir.resolve("home"));
        final Database db = Database.open(home);
        SampleRows.fill(db);
        final Map<String, List<List<String>>> before = SampleRows.all(db);
        assertThat(before.values()).allSatisfy(rows -> assertThat(rows).isNotEmpty());

        final Path file = new Backups(home, CLOCK).export(dir.resolve("copy.db"));
        final DataFolder elsewhere = new DataFolder(dir.resolve("new-laptop"));
        new Backups(elsewhere, CLOCK).restore(file, false);

        assertThat(SampleRows.all(Database.open(elsewhere))).isEqualTo(before);
    }

    @Test
    void aBackupIsReadableByItsOwnerOnly() throws Exception {
        final DataFolder home = new DataFolder(dir);
        SampleRows.fill(Database.open(home));
        final Backups backups = new Backups(home, CLOCK);

        final Path exported = backups.export(dir.resolve("out.db"));
        final Path daily = backups.dailyIfDue().orElseThrow().file();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(exported))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(daily))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(daily.getParent()))).isEqualTo("rwx------");
    }

    @Test
    void aCopyTakenWhileAnotherConnectionHoldsAnOpenTransactionHasOnlyCommittedRows() throws Exception {
        final DataFolder home = new DataFolder(dir);
        final Database db = Database.open(home);
        SampleRows.fill(db);
        try (var writer = db.connect()) {
            writer.setAutoCommit(false);
            try (Statement st = writer.createStatement()) {
                st.execute("INSERT INTO shoe (name) VALUES ('uncommitted')");
            }
            final Path copy = new Backups(home, CLOCK).export(dir.resolve("live.db"));
            writer.rollback();
            final DataFolder restored = new DataFolder(dir.resolve("restored"));
            new Backups(restored, CLOCK).restore(copy, false);
            assertThat(SampleRows.all(Database.open(restored)).get("shoe")).hasSize(1);
        }
    }

    @Test
    void restoringOverDataIsRefusedWithoutReplaceAndNothingChanges() {
        final DataFolder home = new DataFolder(dir.resolve("home"));
        final Database db = Database.open(home);
        SampleRows.fill(db);
        final Path backup = new Backups(home, CLOCK).export(dir.resolve("b.db"));
        final DataFolder other = new DataFolder(dir.resolve("other"));
        final Database otherDb = Database.open(other);
        otherDb.inTransaction(c -> c.createStatement().execute("INSERT INTO shoe (name) VALUES ('Other pair')"));
        final Map<String, List<List<String>>> otherRows = SampleRows.all(otherDb);

        assertThatThrownBy(() -> new Backups(other, CLOCK).restore(backup, false))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("--replace");
        assertThat(SampleRows.all(otherDb)).isEqualTo(otherRows);
        assertThat(new Backups(other, CLOCK).list()).isEmpty();
    }

    @Test
    void replaceKeepsTheOldDataAsideFirst() {
        final DataFolder home = new DataFolder(dir.resolve("home"));
        SampleRows.fill(Database.open(home));
        final Path backup = new Backups(home, CLOCK).export(dir.resolve("b.db"));
        final DataFolder other = new DataFolder(dir.resolve("other"));
        final Database otherDb = Database.open(other);
        otherDb.inTransaction(c -> c.createStatement().execute("INSERT INTO shoe (name) VALUES ('Other pair')"));
        final Map<String, List<List<String>>> otherRows = SampleRows.all(otherDb);

        final Path aside = new Backups(other, CLOCK).restore(backup, true).orElseThrow();

        assertThat(SampleRows.all(otherDb)).isEqualTo(SampleRows.all(Database.open(home)));
        final DataFolder check = new DataFolder(dir.resolve("check"));
        new Backups(check, CLOCK).restore(aside, false);
        assertThat(SampleRows.all(Database.open(check))).isEqualTo(otherRows);
    }

    @Test
    void anythingButAStrideDatabaseIsRefusedNamingTheFile() throws Exception {
        final Path text = Files.writeString(dir.resolve("notes.db"), "not a database at all, just words".repeat(200));
        final DataFolder home = new DataFolder(dir.resolve("home"));

        assertThatThrownBy(() -> new Backups(home, CLOCK).restore(text, false))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("notes.db").hasMessageContaining("not a Stride backup");
        assertThatThrownBy(() -> new Backups(home, CLOCK).restore(dir.resolve("missing.db"), false))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("missing.db");
        assertThat(home.databaseFile()).doesNotExist();
    }

    @Test
    void oneDailyCopyADayAndOnlyTheLastSevenAreKept() {
        final DataFolder home = new DataFolder(dir);
        SampleRows.fill(Database.open(home));
        for (int day = 0; day < 10; day++) {
            final Clock c = Clock.offset(CLOCK, Duration.ofDays(day));
            assertThat(new Backups(home, c).dailyIfDue()).as("day %d", day).isPresent();
            assertThat(new Backups(home, Clock.offset(c, Duration.ofHours(3))).dailyIfDue()).as("again on day %d", day).isEmpty();
        }

        final List<Backups.Backup> kept = new Backups(home, CLOCK).list();

        assertThat(kept).hasSize(Backups.KEEP);
        assertThat(kept.get(0).madeAt()).isEqualTo(CLOCK.instant().plus(Duration.ofDays(9)));
        assertThat(kept.get(6).madeAt()).isEqualTo(CLOCK.instant().plus(Duration.ofDays(3)));
    }

    @Test
    void aSchemaMigrationIsPrecededByABackupOfTheOlderFile() {
        final Path file = dir.resolve(DataFolder.DATABASE_FILE);
        final int latest = Migrations.bundled().latestVersion();
        Database.open(file, Migrations.bundledUpTo(latest - 1))
                .inTransaction(c -> c.createStatement().execute("INSERT INTO setting (key, value) VALUES ('k', 'v')"));
        assertThat(new Backups(file, CLOCK).list()).isEmpty();

        Database.open(file, Migrations.bundled());

        final List<Backups.Backup> made = new Backups(file, CLOCK).list();
        assertThat(made).singleElement().extracting(Backups.Backup::reason).isEqualTo(Backups.Reason.MIGRATION);
        Database.open(file, Migrations.bundled());
        assertThat(new Backups(file, CLOCK).list()).as("no migration, no copy").hasSize(1);
    }

    @Test
    void theCopyFromBeforeAnUpdateIsNeverPushedOutByLaterCopies() {
        final Path file = dir.resolve(DataFolder.DATABASE_FILE);
        Database.open(file, Migrations.bundledUpTo(Migrations.bundled().latestVersion() - 1));
        Database.open(file, Migrations.bundled()); // the copy before the update
        final DataFolder home = new DataFolder(dir);
        for (int day = 1; day <= 10; day++) {
            assertThat(new Backups(home, Clock.offset(CLOCK, Duration.ofDays(day))).dailyIfDue()).isPresent();
        }

        final List<Backups.Backup> kept = new Backups(home, CLOCK).list();

        assertThat(kept).hasSize(Backups.KEEP);
        assertThat(kept).filteredOn(b -> b.reason() == Backups.Reason.MIGRATION).hasSize(1);
        assertThat(kept).filteredOn(b -> b.reason() == Backups.Reason.DAILY).hasSize(Backups.KEEP - 1);
    }

    @Test
    void aFileOpeningWouldRefuseIsRefusedAsABackupToo() throws Exception {
        // Another program's file that happens to have tables named like two of Stride's: opening a data folder
        // refuses it (no application id, not Stride's tables), so restoring it must not put it in place.
        final Path other = dir.resolve("other.db");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(Database.urlOf(other));
             java.sql.Statement st = c.createStatement()) {
            st.executeUpdate("CREATE TABLE plan (x); CREATE TABLE logged_session (y); PRAGMA user_version = 1");
        }
        final DataFolder home = new DataFolder(dir.resolve("home"));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Backups(home, CLOCK).restore(other, false))
                .isInstanceOf(app.stride.common.InvalidInputException.class).hasMessageContaining("not a Stride backup");
        assertThat(home.databaseFile()).doesNotExist();
    }
}
