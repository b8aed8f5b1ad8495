package app.stride.bench;

import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;

/**
 * The floor for start-up on this machine: an empty JavaFX stage of Stride's size. Prints {@code first-frame-ms=N}
 * (since the JVM started) after its first frame, like {@code stride --startup-probe}; {@code bench/startup.sh} compares them.
 */
public final class EmptyStage {

    private EmptyStage() {
    }

    public static void main(final String[] args) {
        Application.launch(App.class, args);
    }

    /** The stage itself. */
    public static final class App extends Application {
        @Override
        public void start(final Stage stage) {
            stage.setScene(new Scene(new Pane(), 1120, 720));
            stage.setTitle("Empty");
            new AnimationTimer() {
                private int frames;

                @Override
                public void handle(final long now) {
                    if (++frames == 2) {
                        stop();
                        System.out.println("first-frame-ms=" + app.stride.common.StartupMarks.sinceProcessStartMs());
                        System.out.println("first-frame-cpu-ms=" + app.stride.common.StartupMarks.processCpuMs());
                        app.stride.common.StartupMarks.threadsCpu(); // with -Dstride.startupMarks=true: CPU per thread
                        Platform.exit();
                    }
                }
            }.start();
            stage.show();
        }
    }
}
