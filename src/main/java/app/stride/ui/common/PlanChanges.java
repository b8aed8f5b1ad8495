package app.stride.ui.common;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The one "the plan was changed" event the screens of a window share (it travels in the screen context): whoever
 * stores a new plan version says so here, and the banners, Today, Plan and Progress look again. Listeners are held
 * weakly, so a screen or banner that is gone is not kept alive by it: the listener's owner keeps it in a field. Used
 * on the UI thread only.
 */
public final class PlanChanges {

    /** Told after a plan change was stored; {@code source} is who stored it (a banner ignores its own). */
    @FunctionalInterface
    public interface Listener {
        void planChanged(Object source);
    }

    private final List<WeakReference<Listener>> listeners = new ArrayList<>();

    /** Tells {@code listener} of every change from now on, for as long as something else holds it strongly. */
    public void listen(final Listener listener) {
        Objects.requireNonNull(listener);
        listeners.removeIf(r -> r.get() == null);
        listeners.add(new WeakReference<>(listener));
    }

    /** Stops telling {@code listener}. */
    public void stop(final Listener listener) {
        listeners.removeIf(r -> r.get() == null || r.get() == listener);
    }

    /** Says a plan change was stored by {@code source}: every live listener is told, in the order they came. */
    public void stored(final Object source) {
        listeners.removeIf(r -> r.get() == null);
        for (WeakReference<Listener> r : List.copyOf(listeners)) {
            final Listener l = r.get();
            if (l != null) {
                l.planChanged(source);
            }
        }
    }

    /** How many listeners are still alive (for tests: nothing leaks). */
    public int listening() {
        listeners.removeIf(r -> r.get() == null);
        return listeners.size();
    }
}
