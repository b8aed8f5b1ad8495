package app.stride.ui.task;

/** A piece of background work that can be called off: its callbacks then never run. */
@FunctionalInterface
public interface Cancellable {

    /** Calls the work off; if it has not started it never runs, and no callback follows either way. */
    void cancel();
}
