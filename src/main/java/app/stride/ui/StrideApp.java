package app.stride.ui;

import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application. */
public final class StrideApp extends Application {

    /** Opens the window on the given data folder (or the default one) and returns when it closes. */
    public static void launchWindow(final Optional<Path> dataDir) {
        Application.launch(StrideApp.class, dataDir.map(d -> "--data-dir=" + d).stream().toArray(String[]::new));
    }

    @Override
    public void start(final Stage stage) {
        stage.setTitle("Stride");
        stage.show();
    }
}
