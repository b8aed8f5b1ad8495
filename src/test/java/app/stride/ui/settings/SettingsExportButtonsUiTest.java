package app.stride.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.ui.UiTestBench;
import app.stride.ui.shell.Screen;
import java.nio.file.Path;
import java.time.LocalDateTime;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Review (new user): at 1120×720 the "Share and keep" buttons wrapped with "Back up to a file…" alone on a second
 * row. Failed before the fix: four buttons on the first row, one on the second.
 */
@ExtendWith(ApplicationExtension.class)
class SettingsExportButtonsUiTest {

    @TempDir
    Path dir;

    private UiTestBench bench;

    @Start
    void start(final Stage stage) {
        bench = UiTestBench.at(dir, LocalDateTime.of(2027, 1, 6, 9, 0));
        bench.show(stage, UiTestBench.SMALL, Screen.SETTINGS);
    }

    @Test
    void noExportButtonIsLeftAloneOnARow(final FxRobot robot) {
        bench.settle(robot);
        final java.util.Map<Double, Integer> perRow = new java.util.TreeMap<>();
        for (String id : new String[] {"#export-csv", "#export-ics", "#export-pdf", "#export-print", "#export-backup"}) {
            final Node b = robot.lookup(id).query();
            final Bounds s = b.localToScene(b.getLayoutBounds());
            perRow.merge(Math.rint(s.getMinY()), 1, Integer::sum);
        }
        assertThat(perRow.values()).as("buttons per row " + perRow).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(2));
    }
}
