package app.stride.ui.task;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Holds work until the test says {@link #runAll()}: what a click or a repeated key does while the worker is still
 * busy with the first request, without threads or timing.
 */
public final class QueuedTaskRunner implements TaskRunner {

    private final Deque<Runnable> queue = new ArrayDeque<>();

    @Override
    public <T> void run(final Callable<T> work, final Consumer<? super T> onSuccess, final Consumer<Throwable> onFailure) {
        queue.add(() -> new ImmediateTaskRunner().run(work, onSuccess, onFailure));
    }

    /** Runs what is queued, and what that queues in turn, in order. */
    public void runAll() {
        while (!queue.isEmpty()) {
            queue.poll().run();
        }
    }

    /** Requests waiting to run. */
    public int waiting() {
        return queue.size();
    }
}
