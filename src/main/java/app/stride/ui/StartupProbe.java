package app.stride.ui;

import java.time.Duration;
import java.time.Instant;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * {@code stride --startup-probe}: once Today is drawn with its data (a session, or the "no plan yet" invitation) and
 * one more frame has been rendered, prints {@code first-frame-ms=N} (since the JVM started) and quits. For the
 * start-up benchmark ({@code bench/startup.sh}).
 */
final class StartupProbe {

    /** System property set by {@code --startup-probe}. */
    static final String PROPERTY = "stride.startupProbe";

    private StartupProbe() {
    }

    static boolean requested() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** Watches {@code scene} on every pulse until Today shows its data. */
    static void watch(final Scene scene) {
        new AnimationTimer() {
            private boolean drawn;

            @Override
            public void handle(final long now) {
                if (drawn) { // the frame with Today's data went out on the pulse before this one
                    stop();
                    final Instant start = ProcessHandle.current().info().startInstant().orElse(Instant.now());
                    System.out.println("first-frame-ms=" + Duration.between(start, Instant.now()).toMillis());
                    System.out.flush();
                    Platform.exit();
                    return;
                }
                drawn = shown(scene.lookup("#today-session-type")) || shown(scene.lookup("#screen-today-empty"));
            }
        }.start();
    }

    private static boolean shown(final Node n) {
        return n != null && n.isVisible() && n.getScene() != null;
    }
}
