package app.stride.bench;

import app.stride.app.StrideServices;
import app.stride.settings.WindowPlacement;
import app.stride.ui.shell.MainWindow;
import app.stride.ui.shell.Screen;
import app.stride.ui.task.Cancellable;
import app.stride.ui.task.FxTaskRunner;
import app.stride.ui.task.TaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * How long each screen takes to open on the real main window (issue 11: under 100 ms after start-up with ten years
 * of data). Opens the window on a data folder, lets start-up settle, then opens every screen in turn, twice, and
 * prints per screen: {@code build} (navigate returns: view made and told it is shown), {@code frame} (until the next
 * pulse: styled, laid out and drawn) and {@code data} (until no background work is left and a frame has followed:
 * the screen shows its data), then the CPU time the UI and render threads spent until the frame and until the data
 * ({@code cpu-frame}, {@code cpu-data}: what an opening costs, whatever the load; {@code render}: the render thread's
 * part of it). Usage: {@code bench/screens.sh [data-folder] [settle-ms]}.
 */
public final class ScreenOpenBenchmark {

    /** {@code -Dbench.trace=true}: a line before each opening, to read with JavaFX's pulse logger or timing marks. */
    private static final boolean TRACE = Boolean.getBoolean("bench.trace");

    /**
     * {@code -Dbench.marks=true}: a line with the wall clock before each opening, to pick a recording's samples (for
     * example {@code -XX:StartFlightRecording} with {@code jdk.ExecutionSample} every millisecond) that belong to it.
     */
    private static final boolean MARKS = Boolean.getBoolean("bench.marks");

    private ScreenOpenBenchmark() {
    }

    public static void main(final String[] args) {
        Application.launch(App.class, args);
    }

    /** The window and the timer that drives it. */
    public static final class App extends Application {

        @Override
        public void start(final Stage stage) {
            final List<String> args = getParameters().getRaw();
            final Path folder = Path.of(args.isEmpty() ? "target/demo10" : args.get(0));
            final long settleMs = args.size() > 1 ? Long.parseLong(args.get(1)) : 3000;
            final long t0 = System.nanoTime();
            final StrideServices services = StrideServices.open(Optional.of(folder), Clock.systemDefaultZone());
            final CountingTaskRunner tasks = new CountingTaskRunner(new FxTaskRunner());
            final MainWindow window = new MainWindow(services, tasks, services.settings().load());
            window.attach(stage, new WindowPlacement(Double.NaN, Double.NaN, 1120, 720, false));
            stage.show();
            if (!Boolean.getBoolean("bench.noPrepare")) {
                window.prepareScreensWhenIdle(); // as StrideApp does
            }
            System.out.printf(Locale.ROOT, "window shown in %d ms (services opened on the FX thread here)%n",
                    (System.nanoTime() - t0) / 1_000_000);
            new Driver(window, tasks, settleMs).start();
        }
    }

    /** One step per pulse: settle, then open each screen and wait for its frame and its data. */
    private static final class Driver extends AnimationTimer {
        private final MainWindow window;
        private final CountingTaskRunner tasks;
        private final long settleNs;
        private final List<Screen> order = new ArrayList<>();
        private final long startedAt = System.nanoTime();
        private int index = -1;
        private long openedAt;
        private long built;

        private long frame;
        /** CPU time of the UI and render threads when the opening started, and until its frame. */
        private long cpuAtOpen;
        private long renderAtOpen;
        /** Pulses since the opening's background work was found done. */
        private int pulsesIdle;
        private long cpuFrame;
        private boolean settled;

        Driver(final MainWindow window, final CountingTaskRunner tasks, final long settleMs) {
            this.window = window;
            this.tasks = tasks;
            this.settleNs = settleMs * 1_000_000;
            for (int round = 0; round < 2; round++) {
                for (Screen s : Screen.values()) {
                    if (s != Screen.TODAY || round == 1) {
                        order.add(s);
                    }
                }
            }
            order.add(Screen.TODAY);
        }

        @Override
        public void handle(final long now) {
            if (!settled) {
                settled = System.nanoTime() - startedAt > settleNs && tasks.idle()
                        && (window.screensPrepared() || Boolean.getBoolean("bench.noPrepare"));
                if (settled) {
                    System.out.printf(Locale.ROOT, "%-9s %6s %6s %6s %9s %8s %6s%n", "screen", "build", "frame", "data",
                            "cpu-frame", "cpu-data", "render");
                }
                return;
            }
            if (index >= 0 && frame == 0) {
                frame = System.nanoTime() - openedAt;
                cpuFrame = Cpu.uiAndRender() - cpuAtOpen;
                return;
            }
            if (index >= 0 && !tasks.idle()) {
                pulsesIdle = 0;
                return;
            }
            // The pulse that finds the work done styles, lays out and draws what it delivered: the data is on screen
            // at the next one. One more lets the render thread finish that frame, so its painting is not counted in
            // the next screen's opening.
            if (index >= 0 && ++pulsesIdle == 2) {
                final Screen s = order.get(index);
                final String round = index < Screen.values().length - 1 ? "" : " (again)";
                System.out.printf(Locale.ROOT, "%-9s %6d %6d %6d %9d %8d %6d%s%n", s.name().toLowerCase(Locale.ROOT),
                        built / 1_000_000, frame / 1_000_000, (System.nanoTime() - openedAt) / 1_000_000,
                        cpuFrame / 1_000_000, (Cpu.uiAndRender() - cpuAtOpen) / 1_000_000,
                        (Cpu.render() - renderAtOpen) / 1_000_000, round);
            }
            if (index >= 0 && pulsesIdle < 3) {
                return;
            }
            pulsesIdle = 0;
            if (++index == order.size()) {
                stop();
                Platform.exit();
                return;
            }
            frame = 0;
            if (TRACE) {
                // With -Djavafx.pulseLogger=true, shows which pulses (CSS, layout, render) belong to which opening.
                System.out.println("-- opening " + order.get(index) + " " + System.nanoTime() / 1_000_000);
            }
            if (MARKS) {
                System.out.println("-- opening " + order.get(index) + " epoch-ms " + System.currentTimeMillis());
            }
            cpuAtOpen = Cpu.uiAndRender();
            renderAtOpen = Cpu.render();
            openedAt = System.nanoTime();
            window.viewModel().navigate(order.get(index));
            built = System.nanoTime() - openedAt;
            if (TRACE) {
                // Which nodes the opening left to restyle (and so the next pulse's CSS pass).
                dirtyRoots(window.root().getScene().getRoot(), "CLEAN");
                System.out.println("   nodes in the window: " + count(window.root().getScene().getRoot()));
            }

        }
    }

    /**
     * CPU time used by the UI thread and JavaFX's render thread: what an opening costs, apart from how long a loaded
     * machine makes it wait for a core (wall times swing several-fold at load 10-20 on 2 cores; these hardly do).
     */
    private static final class Cpu {
        private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
        private static long uiId = -1;
        private static long renderId = -1;

        static long uiAndRender() {
            return ui() + render();
        }

        static long ui() {
            init();
            return THREADS.getThreadCpuTime(uiId);
        }

        static long render() {
            init();
            return renderId < 0 ? 0 : Math.max(0, THREADS.getThreadCpuTime(renderId));
        }

        private static void init() {
            if (uiId < 0) {
                uiId = Thread.currentThread().getId();
                for (Thread t : Thread.getAllStackTraces().keySet()) {
                    if (t.getName().startsWith("QuantumRenderer")) {
                        renderId = t.getId();
                    }
                }
            }
        }
    }

    private static void dirtyRoots(final javafx.scene.Node n, final String parentFlag) {
        try {
            final java.lang.reflect.Field f = javafx.scene.Node.class.getDeclaredField("cssFlag");
            f.setAccessible(true);
            final String flag = String.valueOf(f.get(n));
            if (!flag.equals("CLEAN") && !flag.equals("DIRTY_BRANCH") && (parentFlag.equals("CLEAN") || parentFlag.equals("DIRTY_BRANCH"))) {
                System.out.println("   dirty " + flag + " " + n.getClass().getSimpleName() + "#" + n.getId() + " " + n.getStyleClass()
                        + " visible=" + n.isVisible() + " nodes=" + count(n));
            }
            if (n instanceof javafx.scene.Parent p) {
                for (javafx.scene.Node c : p.getChildrenUnmodifiable()) {
                    dirtyRoots(c, flag);
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int count(final javafx.scene.Node n) {
        int c = 1;
        if (n instanceof javafx.scene.Parent p) {
            for (javafx.scene.Node x : p.getChildrenUnmodifiable()) {
                c += count(x);
            }
        }
        return c;
    }

    /** The real runner, counting work not yet delivered, so the benchmark knows when a screen has its data. */
    static final class CountingTaskRunner implements TaskRunner, AutoCloseable {
        private final FxTaskRunner inner;
        private final AtomicInteger pending = new AtomicInteger();

        CountingTaskRunner(final FxTaskRunner inner) {
            this.inner = inner;
        }

        boolean idle() {
            return pending.get() == 0;
        }

        @Override
        public <T> void run(final Callable<T> work, final Consumer<? super T> onSuccess, final Consumer<Throwable> onFailure) {
            final AtomicBoolean done = new AtomicBoolean();
            pending.incrementAndGet();
            inner.run(work, finish(done, onSuccess), finish(done, onFailure));
        }

        @Override
        public <T> void runOnline(final Callable<T> work, final Consumer<? super T> onSuccess, final Consumer<Throwable> onFailure) {
            final AtomicBoolean done = new AtomicBoolean();
            pending.incrementAndGet();
            inner.runOnline(work, finish(done, onSuccess), finish(done, onFailure));
        }

        @Override
        public <T> Cancellable submit(final Callable<T> work, final Consumer<? super T> onSuccess, final Consumer<Throwable> onFailure) {
            final AtomicBoolean done = new AtomicBoolean();
            pending.incrementAndGet();
            final Cancellable c = inner.submit(work, finish(done, onSuccess), finish(done, onFailure));
            return () -> {
                c.cancel();
                if (done.compareAndSet(false, true)) {
                    pending.decrementAndGet();
                }
            };
        }

        private <X> Consumer<X> finish(final AtomicBoolean done, final Consumer<X> callback) {
            return x -> {
                try {
                    callback.accept(x);
                } finally {
                    if (done.compareAndSet(false, true)) {
                        pending.decrementAndGet();
                    }
                }
            };
        }

        @Override
        public void close() {
            inner.close();
        }
    }
}
