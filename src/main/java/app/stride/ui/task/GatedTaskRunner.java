package app.stride.ui.task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * A {@link TaskRunner} that refuses all work until {@link #open()}, then hands it to another. A window built ahead
 * (issue 11) gets one: its results would come back on a UI thread that may not be running yet, so work asked for while
 * building is a mistake that must fail the build ahead (the UI thread then builds the window) instead of being lost.
 */
public final class GatedTaskRunner implements TaskRunner {

    private final TaskRunner next;
    private volatile boolean open;

    public GatedTaskRunner(final TaskRunner next) {
        this.next = next;
    }

    /** From now on, work goes to the runner this was made with. */
    public void open() {
        open = true;
    }

    private void checkOpen() {
        if (!open) {
            throw new IllegalStateException("work asked for while the window is built ahead; it waits for the UI thread");
        }
    }

    @Override
    public <T> void run(final Callable<T> work, final Consumer<? super T> onSuccess, final Consumer<Throwable> onFailure) {
        checkOpen();
        next.run(work, onSuccess, onFailure);
    }

    @Override
    public <T> void runOnline(final Callable<T> work, final Consumer<? super T> onSuccess, final Consumer<Throwable> onFailure) {
        checkOpen();
        next.runOnline(work, onSuccess, onFailure);
    }

    @Override
    public <T> Cancellable submit(final Callable<T> work, final Consumer<? super T> onSuccess, final Consumer<Throwable> onFailure) {
        checkOpen();
        return next.submit(work, onSuccess, onFailure);
    }
}
