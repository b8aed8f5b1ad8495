package app.stride.ui.task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs work on the calling thread; for tests and for ViewModels exercised without the JavaFX toolkit. */
public final class ImmediateTaskRunner implements TaskRunner {

    @Override
    public <T> void run(final Callable<T> work, final Consumer<? super T> onSuccess, final Consumer<Throwable> onFailure) {
        final T result;
        try {
            result = work.call();
        } catch (Exception e) {
            TaskFailure.log(e);
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }
}
