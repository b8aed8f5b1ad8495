package app.stride.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.store.DataFolder;
import app.stride.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupCommandTest {

    @TempDir
    Path dir;

    private Path home() {
        final Path home = dir.resolve("home");
        Database.open(new DataFolder(home)).inTransaction(c -> c.createStatement().execute("INSERT INTO shoe (name) VALUES ('Kayano')"));
        return home;
    }

    private static int shoes(final Path folder) {
        return Database.open(new DataFolder(folder)).read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM shoe")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    @Test
    void exportThenImportIntoAnEmptyFolderThenExportAgainGivesTheSameData() {
        final Path out = dir.resolve("b.db");
        final CliRun export = CliRun.of("export", "backup", "--out", out.toString(), "--data-dir", home().toString());
        assertThat(export.exitCode()).isZero();
        assertThat(export.out()).contains("Written: " + out);

        final Path fresh = dir.resolve("fresh");
        final CliRun restore = CliRun.of("--data-dir", fresh.toString(), "import", "backup", out.toString());
        assertThat(restore.exitCode()).as(restore.err()).isZero();
        assertThat(shoes(fresh)).isEqualTo(1);

        final CliRun again = CliRun.of("export", "backup", "--out", dir.resolve("c.db").toString(), "--data-dir", fresh.toString());
        assertThat(again.exitCode()).isZero();
        final Path check = dir.resolve("check");
        assertThat(CliRun.of("import", "backup", dir.resolve("c.db").toString(), "--data-dir", check.toString()).exitCode()).isZero();
        assertThat(shoes(check)).isEqualTo(1);
    }

    @Test
    void importOverExistingDataNeedsReplaceAndSaysSoInOneLine() {
        final Path home = home();
        final Path out = dir.resolve("b.db");
        CliRun.of("export", "backup", "--out", out.toString(), "--data-dir", home.toString());

        final CliRun refused = CliRun.of("import", "backup", out.toString(), "--data-dir", home.toString());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.errLines()).singleElement().asString().contains("--replace");
        assertThat(home.resolve("backups")).doesNotExist();

        final CliRun replaced = CliRun.of("import", "backup", out.toString(), "--replace", "--data-dir", home.toString());
        assertThat(replaced.exitCode()).isZero();
        assertThat(replaced.out()).contains("kept in " + home.resolve("backups"));
        assertThat(shoes(home)).isEqualTo(1);
    }

    @Test
    void badInputExitsWith2InOneLineNamingTheOptionAndWritesNothing() throws Exception {
        final Path home = home();
        final CliRun noOut = CliRun.of("export", "backup", "--data-dir", home.toString());
        assertThat(noOut.exitCode()).isEqualTo(2);
        assertThat(noOut.errLines()).singleElement().asString().contains("--out");

        final CliRun noFolder = CliRun.of("export", "backup", "--out", dir.resolve("nowhere/b.db").toString(), "--data-dir", home.toString());
        assertThat(noFolder.exitCode()).isEqualTo(2);
        assertThat(noFolder.errLines()).singleElement().asString().startsWith("stride: --out").contains("does not exist");
        assertThat(dir.resolve("nowhere")).doesNotExist();

        final Path junk = Files.writeString(dir.resolve("junk.db"), "hello");
        final Path empty = dir.resolve("empty");
        final CliRun notABackup = CliRun.of("import", "backup", junk.toString(), "--data-dir", empty.toString());
        assertThat(notABackup.exitCode()).isEqualTo(2);
        assertThat(notABackup.errLines()).singleElement().asString().contains("junk.db").contains("not a Stride backup");
        assertThat(empty).doesNotExist();

        final CliRun what = CliRun.of("export", "--data-dir", home.toString());
        assertThat(what.exitCode()).isEqualTo(2);
        assertThat(what.errLines()).singleElement().asString().contains("backup, csv");
    }
}
