package app.stride.ui;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;

/**
 * One window per data folder, and a second start brings it forward: the open window watches its folder for a
 * {@code stride.raise} file, which a second start (refused by the folder lock) creates; the window comes to the front
 * and deletes the file, which tells the second start it may quit quietly. If nobody deletes it in time, the second
 * start says the data is in use instead.
 */
final class SingleWindow implements AutoCloseable {

    static final String RAISE_FILE = "stride.raise";

    private final WatchService watcher;

    private SingleWindow(final WatchService watcher) {
        this.watcher = watcher;
    }

    /** Watches {@code folder}; {@code raise} runs (on the watching thread) each time a second start asks. */
    static SingleWindow listen(final Path folder, final Runnable raise) throws IOException {
        final WatchService w = folder.getFileSystem().newWatchService();
        folder.register(w, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
        final Thread t = new Thread(() -> {
            try {
                while (true) {
                    final WatchKey key = w.take();
                    final boolean asked = key.pollEvents().stream().anyMatch(e -> RAISE_FILE.equals(String.valueOf(e.context())));
                    key.reset();
                    if (asked && Files.deleteIfExists(folder.resolve(RAISE_FILE))) {
                        raise.run();
                    }
                }
            } catch (InterruptedException | ClosedWatchServiceException | IOException stopped) {
                // the window closed
            }
        }, "stride-single-window");
        t.setDaemon(true);
        t.start();
        return new SingleWindow(w);
    }

    /** Asks the window open on {@code folder} to come forward; true if it answered within {@code wait}. */
    static boolean askToRaise(final Path folder, final Duration wait) {
        final Path file = folder.resolve(RAISE_FILE);
        try {
            Files.writeString(file, Long.toString(ProcessHandle.current().pid()));
            final long until = System.nanoTime() + wait.toNanos();
            while (System.nanoTime() < until) {
                if (!Files.exists(file)) {
                    return true;
                }
                Thread.sleep(25);
            }
            Files.deleteIfExists(file);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
