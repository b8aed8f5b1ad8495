package app.stride.ui.today;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.app.StrideServices;
import app.stride.settings.WindowPlacement;
import app.stride.store.DataFolder;
import app.stride.ui.shell.MainWindow;
import app.stride.ui.task.QueuedTaskRunner;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 11: the app builds the window and Today's view on the start's data thread while the toolkit starts. Built
 * there, the window queues no work (its results would come back before it is shown) and, once shown on the UI thread,
 * draws the start's read like a window built on the UI thread.
 */
@ExtendWith(ApplicationExtension.class)
class TodayBuiltAheadUiTest {

    @TempDir
    Path dir;

    private final QueuedTaskRunner tasks = new QueuedTaskRunner();
    private final AtomicBoolean loaded = new AtomicBoolean();
    private int queuedWhileBuilding = -1;
    private boolean builtOnUiThread = true;

    @Start
    void start(final Stage stage) throws Exception {
        final StrideServices services = StrideServices.open(new DataFolder(dir), TodayViewModelTest.clockOn(TodayViewModelTest.TODAY));
        TodayViewModelTest.savePlan(services);
        final TodayViewModel.Loaded read = services.unitOfWork().run(() -> TodayViewModel.read(services.tickOff(),
                services.outfit(), services.weather(), services.shoes()));
        // A plain thread, as the start's data thread: a Tooltip (a window) made there would throw.
        final MainWindow window = CompletableFuture.supplyAsync(() -> {
            builtOnUiThread = Platform.isFxApplicationThread();
            final MainWindow w = MainWindow.builtAhead(services, tasks, services.settings().load(), Optional.of(read));
            queuedWhileBuilding = tasks.waiting();
            return w;
        }, runnable -> new Thread(runnable, "test-build-ahead").start()).get();
        window.showFirstScreen();
        window.attach(stage, new WindowPlacement(0, 0, 1280, 1000, false));
        window.whenShownScreenLoaded(() -> loaded.set(true));
        stage.show();
    }

    @Test
    void builtOffTheUiThreadItShowsTheStartsReadOnceShown(final FxRobot robot) {
        assertThat(builtOnUiThread).isFalse();
        assertThat(queuedWhileBuilding).as("nothing queued before the window is shown").isZero();
        assertThat(loaded).as("the start's read drawn at once").isTrue();
        final Label type = robot.lookup("#today-session-type").queryAs(Label.class);
        assertThat(type.isVisible()).isTrue();
        assertThat(type.getText()).isNotBlank();
        assertThat(robot.lookup("#nav-today").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
    }
}
