package app.stride.ui.task;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Logger;
import javafx.application.Platform;

/**
 * Runs work on daemon worker threads and delivers results with {@link Platform#runLater}. Database work runs on one
 * thread, in the order it was asked for; network waits get their own thread. Every failure is logged with its stack
 * trace (see {@link TaskFailure}) before its callback runs. Closing waits for every write already asked for.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {

    /** How long closing waits for queued writes before it gives up and says so (a write waits 5 s for a lock at most). */
    public static final Duration CLOSE_BOUND = Duration.ofSeconds(30);

    private static final Logger LOG = Logger.getLogger(FxTaskRunner.class.getName());

    private final ExecutorService pool;
    private final ExecutorService online;
    /** Work through {@link #run}, i.e. anything that may write, asked for and not yet finished. */
    private final AtomicInteger writes = new AtomicInteger();
    /** Set on close: reloads not yet started are skipped, since no screen will show them. */
    private final AtomicBoolean closing = new AtomicBoolean();

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
        writes.incrementAndGet();
        final boolean accepted = submit(pool, () -> {
            try {
                return work.call();
            } finally {
                writes.decrementAndGet();
            }
        }, onSuccess, onFailure, new AtomicBoolean(), false);
        if (!accepted) {
            writes.decrementAndGet();
        }
    }

    @Override
    public <T> void runOnline(final Callable<T> work, final Consumer<? super T> onSuccess, final Consumer<Throwable> onFailure) {
        submit(online, work, onSuccess, onFailure, new AtomicBoolean(), true);
    }

    /** Reloads: called off (or skipped once closing) without ever counting as a write. */
    @Override
    public <T> Cancellable submit(final Callable<T> work, final Consumer<? super T> onSuccess, final Consumer<Throwable> onFailure) {
        final AtomicBoolean cancelled = new AtomicBoolean();
        submit(pool, work, onSuccess, onFailure, cancelled, true);
        return () -> cancelled.set(true);
    }

    private <T> boolean submit(final ExecutorService executor, final Callable<T> work, final Consumer<? super T> onSuccess,
                            final Consumer<Throwable> onFailure, final AtomicBoolean cancelled, final boolean droppedOnClose) {
        try {
            execute(executor, work, onSuccess, onFailure, cancelled, droppedOnClose);
            return true;
        } catch (java.util.concurrent.RejectedExecutionException afterClose) {
            // Asked for after closing (a timer that fired on the way out): nothing runs now, but never silently.
            LOG.warning("work asked for after the task runner closed was not run");
            return false;
        }
    }

    private <T> void execute(final ExecutorService executor, final Callable<T> work, final Consumer<? super T> onSuccess,
                             final Consumer<Throwable> onFailure, final AtomicBoolean cancelled, final boolean droppedOnClose) {
        executor.execute(() -> {
            if (cancelled.get() || droppedOnClose && closing.get()) {
                return;
            }
            try {
                final T result = work.call();
                deliver(() -> {
                    if (!cancelled.get()) {
                        onSuccess.accept(result);
                    }
                });
            } catch (Exception | Error e) {
                // Logged here, on the worker, so even a failure whose callback was called off leaves a trace.
                TaskFailure.log(e);
                deliver(() -> {
                    if (!cancelled.get()) {
                        onFailure.accept(e);
                    }
                });
            }
        });
    }

    private void deliver(final Runnable callback) {
        try {
            Platform.runLater(callback);
        } catch (IllegalStateException noToolkit) {
            if (!closing.get()) {
                // Not on the way out: the toolkit is not up (work asked for before it started), so a result is lost.
                LOG.log(java.util.logging.Level.WARNING, "a task's result was dropped: the UI toolkit is not running", noToolkit);
            }
            // Closing after the toolkit stopped: the work itself is done, only nobody is left to tell.
        }
    }

    /** Whether {@link #close(Duration)} has begun. */
    boolean isClosing() {
        return closing.get();
    }

    /** Writes asked for and not finished yet. */
    public int unfinishedWrites() {
        return writes.get();
    }

    /** Closes, waiting for queued writes up to {@link #CLOSE_BOUND}. */
    @Override
    public void close() {
        close(CLOSE_BOUND);
    }

    /**
     * Stops taking work and waits for every write already asked for (the runner was told it is being saved), for at
     * most {@code bound}; reloads not yet started and network waits are dropped. Returns whether all writes finished;
     * if not, says how many were left in the log, so a lost change never goes unrecorded.
     */
    public boolean close(final Duration bound) {
        closing.set(true);
        online.shutdownNow();
        pool.shutdown();
        final long start = System.nanoTime();
        try {
            if (!pool.awaitTermination(1, TimeUnit.SECONDS) && writes.get() > 0) {
                LOG.info(() -> "waiting for " + writes.get() + " writes to finish before closing");
            }
            final long left = bound.toNanos() - (System.nanoTime() - start);
            if (left > 0 && pool.awaitTermination(left, TimeUnit.NANOSECONDS)) {
                return true;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (pool.isTerminated()) {
            return true;
        }
        final int unfinished = writes.get();
        LOG.severe(() -> "closing with " + unfinished + " writes not finished after " + bound.toMillis()
                + " ms: they may not be saved");
        return false;
    }
}
