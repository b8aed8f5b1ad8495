package app.stride.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.ui.UiTestBench;
import app.stride.ui.shell.Screen;
import java.nio.file.Path;
import java.time.LocalDateTime;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Review (new user): with a ~100-character data folder (common for Windows profiles) at 1120×720, Settings' "Data
 * folder" title shrank to "…", its hint ran one letter a line (the row about 500 px tall), the path pushed a
 * horizontal scrollbar and cut off the display choices. Failed before the fix: the title elided, the row hundreds of
 * pixels tall, the screen wider than its viewport.
 */
@ExtendWith(ApplicationExtension.class)
class SettingsLongFolderUiTest {

    @TempDir
    Path tmp;

    private UiTestBench bench;
    private Path folder;

    @Start
    void start(final Stage stage) throws Exception {
        final String name = "x".repeat(Math.max(1, 120 - tmp.toString().length() - 1));
        folder = java.nio.file.Files.createDirectories(tmp.resolve(name));
        assertThat(folder.toString().length()).isGreaterThanOrEqualTo(120);
        bench = UiTestBench.at(folder, LocalDateTime.of(2027, 1, 6, 9, 0));
        bench.showAsTheApp(stage);
    }

    @AfterEach
    void stopTasks() {
        bench.close();
    }

    @Test
    void aLongDataFolderWrapsInsteadOfSqueezingItsRowOrWideningTheScreen(final FxRobot robot) throws Exception {
        bench.openPrepared(robot, Screen.SETTINGS);

        final Label title = robot.lookup(n -> n instanceof Label l && "Data folder".equals(l.getText())
                && n.isVisible()).queryAs(Label.class);
        assertThat(title.getWidth()).as("the title's width (not elided)").isGreaterThanOrEqualTo(title.prefWidth(-1) - 0.5);
        Node tile = title;
        while (!(tile instanceof atlantafx.base.controls.Tile)) {
            tile = tile.getParent();
        }
        final Node hint = tile.lookup(".description");
        assertThat(hint.getLayoutBounds().getHeight()).as("the hint's height (not a letter a line)")
                .isLessThan(3 * title.getHeight());

        final Node path = robot.lookup(".data-folder").query();
        Node row = path;
        while (row.getParent() != null && !row.getParent().getStyleClass().contains("card-panel")) {
            row = row.getParent();
        }
        assertThat(row.getLayoutBounds().getHeight()).as("the data folder's row").isLessThan(160);
        assertThat(path.localToScene(path.getLayoutBounds()).getMaxX()).as("the path's right edge")
                .isLessThanOrEqualTo(path.getScene().getWidth());

        Node up = path;
        while (!(up instanceof ScrollPane)) {
            up = up.getParent();
        }
        final ScrollPane scroll = (ScrollPane) up;
        assertThat(scroll.getContent().getLayoutBounds().getWidth()).as("the screen's width, no horizontal scrollbar")
                .isLessThanOrEqualTo(scroll.getViewportBounds().getWidth() + 1);
        assertThat(robot.lookup(".data-folder").queryAs(Label.class).getTooltip()).as("the full path in a tooltip").isNotNull();
    }
}
