package app.stride.ui.task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work away from the UI thread and hands its result back on it. ViewModels depend on this interface only,
 * so tests swap in {@link ImmediateTaskRunner} and stay free of threads and timing. Every failure is written to the
 * log with its stack trace before {@code onFailure} runs; show it with {@link TaskFailure#message(Throwable)}.
 */
public interface TaskRunner {

    /** Runs {@code work} in the background; exactly one of the callbacks is then called on the UI thread. */
    <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);

    /**
     * As {@link #run(Callable, Consumer, Consumer)} for work that waits on the network: it may run beside database
     * work, so a slow forecast never delays saving a tick-off. Never write to the database here.
     */
    default <T> void runOnline(final Callable<T> work, final Consumer<? super T> onSuccess, final Consumer<Throwable> onFailure) {
        run(work, onSuccess, onFailure);
    }

    /**
     * As {@link #run(Callable, Consumer, Consumer)}, with a handle to call it off. This default still runs the work
     * and only drops the callbacks; {@link FxTaskRunner} also skips work that has not started.
     */
    default <T> Cancellable submit(final Callable<T> work, final Consumer<? super T> onSuccess, final Consumer<Throwable> onFailure) {
        final boolean[] cancelled = {false};
        run(work, r -> {
            if (!cancelled[0]) {
                onSuccess.accept(r);
            }
        }, e -> {
            if (!cancelled[0]) {
                onFailure.accept(e);
            }
        });
        return () -> cancelled[0] = true;
    }

    /** Fire-and-forget variant for writes whose failure is reported by {@code onFailure}. */
    default void run(final Runnable work, final Consumer<Throwable> onFailure) {
        run(() -> {
            work.run();
            return Boolean.TRUE;
        }, ignored -> { }, onFailure);
    }
}
