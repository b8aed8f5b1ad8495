package app.stride.ui.task;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Runs work on daemon worker threads and delivers results with {@link Platform#runLater}. Database work runs on one
 * thread, in the order it was asked for; network waits get their own thread. Every failure is logged with its stack
 * trace (see {@link TaskFailure}) before its callback runs.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {

    private final ExecutorService pool;
    private final ExecutorService online;

    public FxTaskRunner() {
        // One thread keeps database writes in the order the runner made them; network waits get their own.
        this.pool = Executors.newSingleThreadExecutor(daemon("stride-worker-"));
        this.online = Executors.newSingleThreadExecutor(daemon("stride-online-"));
    }

    private static ThreadFactory daemon(final String prefix) {
        final AtomicInteger n = new AtomicInteger();
        return r -> {
            final Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public <T> void run(final Callable<T> work, final Consumer<? super T> onSuccess, final Consumer<Throwable> onFailure) {
        submit(pool, work, onSuccess, onFailure, new AtomicBoolean());
    }

    @Override
    public <T> void runOnline(final Callable<T> work, final Consumer<? super T> onSuccess, final Consumer<Throwable> onFailure) {
        submit(online, work, onSuccess, onFailure, new AtomicBoolean());
    }

    @Override
    public <T> Cancellable submit(final Callable<T> work, final Consumer<? super T> onSuccess, final Consumer<Throwable> onFailure) {
        final AtomicBoolean cancelled = new AtomicBoolean();
        submit(pool, work, onSuccess, onFailure, cancelled);
        return () -> cancelled.set(true);
    }

    private static <T> void submit(final ExecutorService executor, final Callable<T> work, final Consumer<? super T> onSuccess,
                                   final Consumer<Throwable> onFailure, final AtomicBoolean cancelled) {
        executor.execute(() -> {
            if (cancelled.get()) {
                return;
            }
            try {
                final T result = work.call();
                Platform.runLater(() -> {
                    if (!cancelled.get()) {
                        onSuccess.accept(result);
                    }
                });
            } catch (Exception | Error e) {
                // Logged here, on the worker, so even a failure whose callback was called off leaves a trace.
                TaskFailure.log(e);
                Platform.runLater(() -> {
                    if (!cancelled.get()) {
                        onFailure.accept(e);
                    }
                });
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
