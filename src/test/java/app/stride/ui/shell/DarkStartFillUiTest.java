package app.stride.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.settings.Theme;
import app.stride.ui.UiTestBench;
import java.nio.file.Path;
import java.time.LocalDateTime;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Review (new user): in the dark theme the window showed blank white for most of a second before Today. The first
 * paint is the scene's fill, white by default. Failed before the fix: the fill white after attach with dark settings.
 */
@ExtendWith(ApplicationExtension.class)
class DarkStartFillUiTest {

    @TempDir
    Path dir;

    private Stage stage;
    private MainWindow window;

    @Start
    void start(final Stage stage) {
        this.stage = stage;
        final UiTestBench bench = UiTestBench.at(dir, LocalDateTime.of(2027, 1, 6, 9, 0));
        window = new MainWindow(bench.services(), new app.stride.ui.task.ImmediateTaskRunner(),
                bench.services().settings().load().withTheme(Theme.DARK));
        window.attach(stage, UiTestBench.SMALL);
    }

    @AfterEach
    void lightAgain() {
        // The theme is the application's stylesheet: later tests in this JVM expect the light one.
        ThemeSwitcher.apply(new javafx.scene.layout.Pane(), Theme.LIGHT);
    }

    @Test
    void aDarkWindowIsPaintedDarkBeforeItsFirstFrameAndFollowsTheTheme(final FxRobot robot) {
        final Color fill = (Color) stage.getScene().getFill();
        assertThat(fill.getBrightness()).as("the scene's fill before showing, dark theme").isLessThan(0.2);
        assertThat(fill).isEqualTo(ThemeSwitcher.background(Theme.DARK));

        robot.interact(() -> window.viewModel().settingsProperty().set(
                window.viewModel().settingsProperty().get().withTheme(Theme.LIGHT)));
        assertThat(stage.getScene().getFill()).as("after switching to light").isEqualTo(Color.WHITE);
    }
}
