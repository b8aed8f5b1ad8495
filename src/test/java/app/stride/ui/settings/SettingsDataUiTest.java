package app.stride.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.ui.UiTestBench;
import app.stride.ui.shell.MainWindow;
import app.stride.ui.shell.Screen;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Settings shows "Share and keep" and the backups; "Back up now" adds a copy to the list. */
@ExtendWith(ApplicationExtension.class)
class SettingsDataUiTest {

    @TempDir
    Path dir;

    private MainWindow window;

    @Start
    void start(final Stage stage) {
        final UiTestBench bench = UiTestBench.on(dir, Clock.fixed(Instant.parse("2027-01-06T07:00:00Z"), ZoneOffset.UTC));
        window = bench.show(stage, bench.services().settings().loadWindowPlacement(), Screen.TODAY);
    }

    @Test
    void backUpNowListsTheCopyAndTheExportButtonsAreThere(final FxRobot robot) {
        robot.interact(() -> window.viewModel().navigate(Screen.SETTINGS));
        robot.interact(() -> {
            window.root().applyCss();
            window.root().layout();
        });
        final ListView<?> list = robot.lookup("#backup-list").queryAs(ListView.class);
        assertThat(list.getItems()).isEmpty();
        assertThat(robot.lookup("#export-csv").queryAs(Button.class).getText()).isEqualTo("Log as CSV…");
        assertThat(robot.lookup("#export-print").queryAs(Button.class).isDisabled()).isFalse();

        robot.interact(() -> robot.lookup("#backup-now").queryAs(Button.class).fire());

        assertThat(list.getItems()).hasSize(1);
        assertThat(robot.lookup("#backup-status").queryAs(Label.class).getText()).startsWith("Backed up: stride-");
        assertThat(robot.lookup("#backup-restore").queryAs(Button.class).isDisabled()).as("nothing chosen yet").isTrue();
        robot.interact(() -> list.getSelectionModel().select(0));
        assertThat(robot.lookup("#backup-restore").queryAs(Button.class).isDisabled()).isFalse();
    }
}
