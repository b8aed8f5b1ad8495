package app.stride.ui.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A window built ahead gets this runner: work asked for before it is shown fails loudly, none is lost or run early. */
class GatedTaskRunnerTest {

    @Test
    void refusesWorkUntilOpenedThenPassesItOn() {
        final QueuedTaskRunner queued = new QueuedTaskRunner();
        final GatedTaskRunner gate = new GatedTaskRunner(queued);
        final List<String> done = new ArrayList<>();
        assertThatThrownBy(() -> gate.run(() -> "read", done::add, e -> { })).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> gate.submit(() -> "reload", done::add, e -> { })).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> gate.runOnline(() -> "forecast", done::add, e -> { })).isInstanceOf(IllegalStateException.class);
        assertThat(queued.waiting()).isZero();

        gate.open();
        gate.run(() -> "read", done::add, e -> { });
        gate.submit(() -> "reload", done::add, e -> { });
        gate.runOnline(() -> "forecast", done::add, e -> { });
        queued.runAll();
        assertThat(done).containsExactly("read", "reload", "forecast");
    }
}
