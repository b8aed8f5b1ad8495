package app.stride.ui.task;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Reloads where only the newest answer counts: starting one calls off the one before, so a slow, older read can
 * never overwrite a screen with stale data. One per screen; use it from the UI thread.
 */
public final class Latest {

    private final TaskRunner tasks;
    private Optional<Cancellable> running = Optional.empty();

    public Latest(final TaskRunner tasks) {
        this.tasks = tasks;
    }

    /** Starts {@code work}, calling off the previous reload if it has not delivered yet. */
    public <T> void run(final Callable<T> work, final Consumer<? super T> onSuccess, final Consumer<Throwable> onFailure) {
        running.ifPresent(Cancellable::cancel);
        running = Optional.of(tasks.submit(work, onSuccess, onFailure));
    }
}
