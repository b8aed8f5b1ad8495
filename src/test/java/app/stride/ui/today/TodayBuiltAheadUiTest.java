package app.stride.ui.today;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.app.StrideServices;
import app.stride.settings.WindowPlacement;
import app.stride.store.DataFolder;
import app.stride.ui.shell.MainWindow;
import app.stride.ui.task.QueuedTaskRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 11: with {@code -Dstride.buildAhead=true} the app builds the window and Today's view on the start's data thread
 * once the toolkit is up, while the UI thread is free. Built there, the window queues no work (its results would come
 * back before it is shown) and, once shown on the UI thread, draws the start's read, themed from its first style pass,
 * like a window built on the UI thread.
 */
@ExtendWith(ApplicationExtension.class)
class TodayBuiltAheadUiTest {

    @TempDir
    Path dir;

    private final QueuedTaskRunner tasks = new QueuedTaskRunner();
    /** What JavaFX's CSS says while styling (a colour left unresolved when the theme's sheet is not in yet). */
    private final List<String> cssWarnings = Collections.synchronizedList(new ArrayList<>());
    private final Logger css = Logger.getLogger("javafx.css");
    private final Handler capture = new Handler() {
        @Override
        public void publish(final LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                cssWarnings.add(String.valueOf(record.getMessage()));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Stage stage;

    @Start
    void start(final Stage stage) {
        this.stage = stage;
        css.addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        css.removeHandler(capture);
    }

    @Test
    void builtOffTheUiThreadItShowsTheStartsReadThemedOnceShown(final FxRobot robot) throws Exception {
        final StrideServices services = StrideServices.open(new DataFolder(dir), TodayViewModelTest.clockOn(TodayViewModelTest.TODAY));
        TodayViewModelTest.savePlan(services);
        final TodayViewModel.Loaded read = services.unitOfWork().run(() -> TodayViewModel.read(services.tickOff(),
                services.outfit(), services.weather(), services.shoes()));
        final boolean[] onUiThread = {true};
        final int[] queuedWhileBuilding = {-1};
        // A plain thread, as the start's data thread, while the UI thread is free (the app's start does not wait for it).
        final MainWindow window = CompletableFuture.supplyAsync(() -> {
            onUiThread[0] = Platform.isFxApplicationThread();
            final MainWindow w = MainWindow.builtAhead(services, tasks, services.settings().load(), Optional.of(read));
            queuedWhileBuilding[0] = tasks.waiting();
            return w;
        }, runnable -> new Thread(runnable, "test-build-ahead").start()).get();
        final boolean[] loaded = {false};
        robot.interact(() -> {
            window.showFirstScreen();
            window.attach(stage, new WindowPlacement(0, 0, 1280, 1000, false));
            window.whenShownScreenLoaded(() -> loaded[0] = true);
            stage.show();
        });

        assertThat(onUiThread[0]).isFalse();
        assertThat(queuedWhileBuilding[0]).as("nothing queued before the window is shown").isZero();
        assertThat(loaded[0]).as("the start's read drawn at once").isTrue();
        // Failed before the fix: the theme was only queued to the UI thread when the window was built, and its first
        // style pass ran without it (19 "ClassCastException ... String ... Paint" warnings for -color-bg-overlay and the like).
        assertThat(cssWarnings).as("the first style pass had the theme").isEmpty();
        final Label type = robot.lookup("#today-session-type").queryAs(Label.class);
        assertThat(type.isVisible()).isTrue();
        assertThat(type.getText()).isNotBlank();
        assertThat(robot.lookup("#nav-today").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
    }
}
