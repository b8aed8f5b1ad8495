package app.stride.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.ui.UiTestBench;
import app.stride.ui.shell.Screen;
import java.nio.file.Path;
import java.time.LocalDateTime;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * New-user review 11: on an empty data folder the Plan's and the Log's empty-state buttons had a plus icon and
 * Today's and Progress's none. Failed before: Today's and Progress's buttons had no graphic.
 */
@ExtendWith(ApplicationExtension.class)
class EmptyStateActionsUiTest {

    @TempDir
    Path dir;

    private UiTestBench bench;

    @Start
    void start(final Stage stage) {
        bench = UiTestBench.at(dir, LocalDateTime.of(2026, 7, 20, 17, 0));
        bench.show(stage);
    }

    @Test
    void everyEmptyScreensButtonLeadsWithTheSameIcon(final FxRobot robot) {
        final java.util.Map<Screen, String> buttons = java.util.Map.of(Screen.TODAY, "#today-create-plan",
                Screen.PLAN, "#plan-create", Screen.LOG, "#log-add-first", Screen.PROGRESS, "#progress-create-plan");
        for (var e : buttons.entrySet()) {
            bench.go(robot, e.getKey());
            final Button b = robot.lookup(e.getValue()).queryButton();
            assertThat(b.getGraphic()).as(e.getValue()).isInstanceOf(org.kordamp.ikonli.javafx.FontIcon.class);
            assertThat(((org.kordamp.ikonli.javafx.FontIcon) b.getGraphic()).getIconLiteral()).as(e.getValue()).isEqualTo("mdi2p-plus");
        }
    }
}
