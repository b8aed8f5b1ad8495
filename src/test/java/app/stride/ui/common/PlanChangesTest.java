package app.stride.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The window's plan-changed event: every live listener is told, and a listener whose owner is gone is not kept. */
class PlanChangesTest {

    @Test
    void everyListenerIsToldWhoStoredTheChangeAndAStoppedOneIsNot() {
        final PlanChanges changes = new PlanChanges();
        final List<String> heard = new ArrayList<>();
        final PlanChanges.Listener today = s -> heard.add("today " + s);
        final PlanChanges.Listener plan = s -> heard.add("plan " + s);
        changes.listen(today);
        changes.listen(plan);

        changes.stored("banner");
        changes.stop(today);
        changes.stored("form");

        assertThat(heard).containsExactly("today banner", "plan banner", "plan form");
        assertThat(changes.listening()).isEqualTo(1);
    }

    @Test
    void aListenerNothingElseHoldsIsNotKeptAlive() {
        final PlanChanges changes = new PlanChanges();
        final WeakReference<PlanChanges.Listener> ref = listenAndForget(changes);

        // System.gc() is only a request (ignored under -XX:+DisableExplicitGC): allocation pressure brings a young
        // collection on any collector within a few dozen megabytes, and the listener is young. Bounded: at most 4 GB
        // churned in 64 KB blocks (small enough not to be G1 "humongous" objects, which skip the young generation),
        // each dropped at once; no sleeping.
        for (int i = 0; i < 65_536 && ref.get() != null; i++) {
            if (i % 4_096 == 0) {
                System.gc();
            }
            sink = new byte[1 << 16];
        }
        sink = null;

        assertThat(ref.get()).as("the event held the listener strongly").isNull();
        assertThat(changes.listening()).isZero();
    }

    /** Keeps each block reachable until the next, so the allocation cannot be optimised away. */
    private static volatile byte[] sink;

    /** A view that listened and went: its listener (a new object each time, as a view's is) is referenced by nothing. */
    private static WeakReference<PlanChanges.Listener> listenAndForget(final PlanChanges changes) {
        final List<Object> view = new ArrayList<>();
        final PlanChanges.Listener l = view::add;
        changes.listen(l);
        return new WeakReference<>(l);
    }
}
