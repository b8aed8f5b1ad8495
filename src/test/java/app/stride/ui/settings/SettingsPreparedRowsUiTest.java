package app.stride.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.ui.UiTestBench;
import app.stride.ui.shell.Screen;
import java.nio.file.Path;
import java.time.LocalDateTime;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Review (new users, twice): on the real app at 1120×720, Settings' "Your data" rows opened some 200 px tall (the
 * data folder's row over 500 px at 1120×1060), the text floating in the middle of an empty card. Only the app
 * prepares the screens after start-up; a window that builds Settings on its first visit (every test before this one)
 * drew the rows at their height. A screen put hidden into the window was left at the size it was made with, so the
 * next pulse laid it out at a made-up width (310 px), where a row's wrapped hint made it tall, and a row keeps that
 * height when widened. Failed before the fix: the data folder's row 543 px, the check's 103 px, the display rows 71 px.
 */
@ExtendWith(ApplicationExtension.class)
class SettingsPreparedRowsUiTest {

    @TempDir
    Path dir;

    private UiTestBench bench;

    @Start
    void start(final Stage stage) {
        bench = UiTestBench.at(dir, LocalDateTime.of(2027, 1, 6, 9, 0));
        // Not bench.show(stage): the app's own runner, so the screens' data comes in later, as it does in the app.
        bench.showAsTheApp(stage);
    }

    @Test
    void onceTheAppHasPreparedSettingsItsDataRowsAreAsTallAsTheirText(final FxRobot robot) throws Exception {
        bench.openPrepared(robot, Screen.SETTINGS);

        // The rows of the display card (a title, a hint and a choice) are the measure: 71 px here.
        final double displayRow = tileHeight(robot.lookup("#settings-distance").query());
        assertThat(displayRow).isBetween(40.0, 100.0);
        for (String id : new String[] {"#settings-data-folder-copy", "#settings-check"}) {
            assertThat(tileHeight(robot.lookup(id).query())).as(id + "'s row").isLessThan(displayRow + 20);
        }
    }

    @org.junit.jupiter.api.AfterEach
    void stopTasks() {
        bench.close();
    }

    /** The height of the row (AtlantaFX tile) that holds {@code action}. */
    private static double tileHeight(final Node action) {
        Node n = action;
        while (n != null && !(n instanceof atlantafx.base.controls.Tile)) {
            n = n.getParent();
        }
        assertThat(n).as("the row of " + action).isNotNull();
        return n.getLayoutBounds().getHeight();
    }
}
