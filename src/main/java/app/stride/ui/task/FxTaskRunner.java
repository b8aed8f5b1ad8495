package app.stride.ui.task;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;

/** Runs work on a daemon worker thread and delivers results with {@link Platform#runLater}. */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {

    private final ExecutorService pool;
    private final ExecutorService online;

    public FxTaskRunner() {
        // One thread keeps database writes in the order the runner made them; network waits get their own.
        this.pool = Executors.newSingleThreadExecutor(daemon("stride-worker-"));
        this.online = Executors.newSingleThreadExecutor(daemon("stride-online-"));
    }

    private static java.util.concurrent.ThreadFactory daemon(final String prefix) {
        final AtomicInteger n = new AtomicInteger();
        return r -> {
            final Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public <T> void run(final Callable<T> work, final Consumer<? super T> onSuccess, final Consumer<Throwable> onFailure) {
        submit(pool, work, onSuccess, onFailure);
    }

    @Override
    public <T> void runOnline(final Callable<T> work, final Consumer<? super T> onSuccess, final Consumer<Throwable> onFailure) {
        submit(online, work, onSuccess, onFailure);
    }

    private static <T> void submit(final ExecutorService executor, final Callable<T> work, final Consumer<? super T> onSuccess,
                                   final Consumer<Throwable> onFailure) {
        executor.execute(() -> {
            try {
                final T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Exception e) {
                Platform.runLater(() -> onFailure.accept(e));
            }
        });
    }

    /** Lets queued writes (e.g. the window placement saved on close) finish, for at most a few seconds. */
    @Override
    public void close() {
        pool.shutdown();
        online.shutdownNow();
        try {
            pool.awaitTermination(3, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
