package app.stride.store;

import app.stride.tracking.RunReport;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A child process for {@link CrashTest}: {@code log <folder> <first> <last>} ticks off planned sessions one by one
 * (the same transaction as the Today screen's "Done" and a logged run) and prints {@code ack <id>} once each commit
 * returned; {@code lock <folder>} takes the app window's data-folder lock and waits to be killed.
 */
public final class CrashChild {

    private CrashChild() {
    }

    public static void main(final String[] args) throws Exception {
        final PrintStream out = new PrintStream(System.out, true, "UTF-8");
        final DataFolder folder = new DataFolder(Path.of(args[1]));
        if ("lock".equals(args[0])) {
            final DataFolderLock lock = DataFolderLock.acquire(folder);
            out.println("locked");
            Thread.sleep(60_000);
            lock.close();
            return;
        }
        final SqliteTrainingLog log = new SqliteTrainingLog(Database.open(folder));
        final long first = Long.parseLong(args[2]);
        final long last = Long.parseLong(args[3]);
        out.println("ready");
        for (long id = first; id <= last; id++) {
            log.markDone(id, LocalDate.of(2020, 1, 1).plusDays(id), new RunReport(Optional.of(5000.0 + id),
                    Optional.of(Duration.ofSeconds(1800 + id)), Optional.of(4), Optional.of(app.stride.tracking.Feel.OK), "run " + id + "; felt fine"),
                    Optional.empty(), Instant.parse("2026-01-01T00:00:00Z"));
            out.println("ack " + id);
        }
        out.println("finished");
    }
}
