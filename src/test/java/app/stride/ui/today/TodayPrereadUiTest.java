package app.stride.ui.today;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.app.StrideServices;
import app.stride.settings.WindowPlacement;
import app.stride.store.DataFolder;
import app.stride.ui.shell.MainWindow;
import app.stride.ui.task.QueuedTaskRunner;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 11: Today's data read at start-up (before the window is built) is what the first frame shows; the window does
 * not wait for a second read on the database thread. The task runner here holds every background task, so only the
 * handed-over read can fill the screen.
 */
@ExtendWith(ApplicationExtension.class)
class TodayPrereadUiTest {

    @TempDir
    Path dir;

    private final QueuedTaskRunner tasks = new QueuedTaskRunner();
    private final AtomicBoolean loaded = new AtomicBoolean();
    private StrideServices services;

    @Start
    void start(final Stage stage) {
        services = StrideServices.open(new DataFolder(dir), TodayViewModelTest.clockOn(TodayViewModelTest.TODAY));
        TodayViewModelTest.savePlan(services);
        final TodayViewModel.Loaded read = services.unitOfWork().run(() -> TodayViewModel.read(services.tickOff(),
                services.outfit(), services.weather(), services.shoes()));
        final MainWindow window = new MainWindow(services, tasks, services.settings().load(), Optional.of(read));
        window.attach(stage, new WindowPlacement(0, 0, 1280, 1000, false));
        window.whenShownScreenLoaded(() -> loaded.set(true));
        stage.show();
    }

    @Test
    void theReadMadeAtStartUpIsShownWithoutWaitingForTheDatabaseThread(final FxRobot robot) {
        assertThat(loaded).as("the window may be shown at once").isTrue();
        final Label type = robot.lookup("#today-session-type").queryAs(Label.class);
        assertThat(type.isVisible()).isTrue();
        assertThat(type.getText()).isNotBlank();
        assertThat(robot.lookup("#screen-today-empty").tryQuery()).as("not the no-plan invitation").satisfies(empty ->
                assertThat(empty.map(n -> n.getScene() != null && n.isVisible()).orElse(false)).isFalse());
    }

    @Test
    void laterVisitsReadAgain(final FxRobot robot) {
        robot.interact(tasks::runAll); // what the first frame queued (the brief, the banner) is done
        robot.interact(() -> robot.lookup("#nav-log").queryAs(ToggleButton.class).fire());
        robot.interact(tasks::runAll);
        final int before = tasks.waiting();
        robot.interact(() -> robot.lookup("#nav-today").queryAs(ToggleButton.class).fire());
        assertThat(tasks.waiting()).as("coming back to Today reads its data again").isGreaterThan(before);
    }
}
