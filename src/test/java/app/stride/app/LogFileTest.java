package app.stride.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.stride.store.DataFolder;
import app.stride.store.OwnerOnly;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogFileTest {

    @TempDir
    Path dir;

    @AfterEach
    void closeTheLog() {
        LogManager.getLogManager().reset();
    }

    @Test
    void theLogIsMadeOnlyWhenSomethingIsLoggedAndOnlyTheRunnerCanReadIt() throws Exception {
        assumeTrue(OwnerOnly.posix());
        final DataFolder folder = new DataFolder(dir.resolve("data"));

        LogFile.configure(folder);
        assertThat(folder.path()).as("nothing logged yet: no folder").doesNotExist();

        Logger.getLogger("test").info("a run was logged");

        assertThat(Files.readString(folder.logFile())).contains("a run was logged");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.path()))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.logFile()))).isEqualTo("rw-------");
    }
}
