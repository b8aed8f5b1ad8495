package app.stride.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.store.DataFolder;
import app.stride.store.OldDatabases;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Restoring from the app: a copy from before an update is brought up to this version's schema at once. */
class BackupServiceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T18:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void aCopyFromAnOlderSchemaIsUpgradedWhenRestoredSoTheScreensCanReadIt() {
        final StrideServices services = StrideServices.open(new DataFolder(dir.resolve("data")), CLOCK);
        final Path old = dir.resolve("old").resolve("stride.db");
        OldDatabases.atVersion(old, 3);

        services.backups().restore(old);

        assertThat(services.plans().current()).isEmpty(); // reads the plan tables V004-V008 made
        final int version = services.database().<Integer>read(c -> {
            try (var rs = c.createStatement().executeQuery("PRAGMA user_version")) {
                rs.next();
                return rs.getInt(1);
            }
        });
        assertThat(version).isEqualTo(services.latestSchemaVersion());
    }
}
