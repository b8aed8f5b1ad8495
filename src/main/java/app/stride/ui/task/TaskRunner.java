package app.stride.ui.task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work away from the UI thread and hands its result back on it. ViewModels depend on this interface only,
 * so tests swap in {@link ImmediateTaskRunner} and stay free of threads and timing.
 */
public interface TaskRunner {

    /** Runs {@code work} in the background; exactly one of the callbacks is then called on the UI thread. */
    <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);

    /**
     * As {@link #run(Callable, Consumer, Consumer)} for work that waits on the network: it may run beside database
     * work, so a slow forecast never delays saving a tick-off.
     */
    default <T> void runOnline(final Callable<T> work, final Consumer<? super T> onSuccess, final Consumer<Throwable> onFailure) {
        run(work, onSuccess, onFailure);
    }

    /** Fire-and-forget variant for writes whose failure is reported by {@code onFailure}. */
    default void run(final Runnable work, final Consumer<Throwable> onFailure) {
        run(() -> {
            work.run();
            return Boolean.TRUE;
        }, ignored -> { }, onFailure);
    }
}
