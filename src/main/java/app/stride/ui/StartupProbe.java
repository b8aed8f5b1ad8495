package app.stride.ui;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import app.stride.ui.shell.Screen;

/**
 * {@code stride --startup-probe}: once Today is drawn with its data (a session, or the "no plan yet" invitation) and
 * one more frame has been rendered, prints {@code first-frame-ms=N} (since the process started) and the CPU time
 * used by then ({@code first-frame-cpu-ms=N}), and quits. For the start-up benchmark ({@code bench/startup.sh}).
 */
final class StartupProbe {

    /** System property set by {@code --startup-probe}. */
    static final String PROPERTY = "stride.startupProbe";

    private StartupProbe() {
    }

    static boolean requested() {
        return Boolean.getBoolean(PROPERTY);
    }

    /**
     * Watches {@code scene} on every pulse until Today shows its data. With {@code -Dstride.probeVisitAll=true} it then
     * opens every screen in turn ({@code visit}), a second apart, and prints the resident memory ({@code rss-mb}) and
     * the heap still live after a GC ({@code heap-live-mb}) before quitting.
     */
    static void watch(final Scene scene, final java.util.function.Consumer<Screen> visit) {
        new AnimationTimer() {
            private boolean drawn;
            private long firstFrame;
            private int next = -1;
            private long visitedAt;

            @Override
            public void handle(final long now) {
                if (drawn && firstFrame == 0) { // the frame with Today's data went out on the pulse before this one
                    firstFrame = now;
                    System.out.println("first-frame-ms=" + app.stride.common.StartupMarks.sinceProcessStartMs());
                    System.out.println("first-frame-cpu-ms=" + app.stride.common.StartupMarks.processCpuMs());
                    app.stride.common.StartupMarks.threadsCpu();
                    System.out.flush();
                    if (!Boolean.getBoolean("stride.probeVisitAll")) {
                        stop();
                        Platform.exit();
                    }
                    return;
                }
                if (firstFrame != 0) {
                    if (visitedAt != 0) { // the pulse after a screen was opened: it has been built, styled and laid out
                        System.out.println("screen-ms " + Screen.values()[next].name().toLowerCase(java.util.Locale.ROOT) + "="
                                + (System.nanoTime() - visitedAt) / 1_000_000);
                        visitedAt = 0;
                    }
                    final int due = (int) ((now - firstFrame) / 1_000_000_000L);
                    if (due > next && next + 1 < Screen.values().length) {
                        next++;
                        visitedAt = System.nanoTime();
                        visit.accept(Screen.values()[next]);
                    } else if (due > Screen.values().length + 1) {
                        stop();
                        System.gc();
                        final Runtime rt = Runtime.getRuntime();
                        System.out.println("heap-live-mb=" + (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));
                        System.out.println("rss-mb=" + rssMb());
                        System.out.flush();
                        Platform.exit();
                    }
                    return;
                }
                app.stride.common.StartupMarks.mark("pulse");
                drawn = shown(scene.lookup("#today-session-type")) || shown(scene.lookup("#screen-today-empty"));
            }
        }.start();
    }

    /** Resident set size from /proc (Linux); -1 elsewhere. */
    private static long rssMb() {
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            // not Linux
        }
        return -1;
    }

    private static boolean shown(final Node n) {
        return n != null && n.isVisible() && n.getScene() != null;
    }
}
