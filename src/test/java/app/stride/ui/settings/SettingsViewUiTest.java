package app.stride.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.app.StrideServices;
import app.stride.settings.DistanceUnit;
import app.stride.settings.TemperatureUnit;
import app.stride.ui.UiTestBench;
import app.stride.ui.shell.MainWindow;
import app.stride.ui.shell.Screen;
import app.stride.ui.task.ImmediateTaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 8: "change a setting, visit Log or Plan, come back, change it again" saved nothing the second time. The
 * Settings view held its ViewModel only through bidirectional bindings, which are weak: once the garbage collector
 * ran (visiting another screen allocates enough for that), the toggles were talking to nobody.
 */
@ExtendWith(ApplicationExtension.class)
class SettingsViewUiTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-01-06T07:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private MainWindow window;
    private StrideServices services;

    private UiTestBench bench;

    @Start
    void start(final Stage stage) {
        bench = UiTestBench.on(dir, CLOCK);
        services = bench.services();
        window = bench.show(stage, services.settings().loadWindowPlacement(), Screen.TODAY);
    }

    private void settle(final FxRobot robot) {
        bench.settle(robot);
    }

    private void collectGarbage() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void visitAndComeBack(final FxRobot robot, final String screen) {
        robot.clickOn("#nav-" + screen);
        settle(robot);
        collectGarbage();
        robot.clickOn("#nav-settings");
        settle(robot);
    }

    @Test
    void aSecondChangeAfterVisitingLogIsStillSavedAndApplied(final FxRobot robot) {
        robot.clickOn("#nav-settings");
        settle(robot);
        robot.clickOn(robot.lookup("#settings-distance .toggle-button").nth(1).queryAs(Node.class));
        assertThat(services.settings().load().distanceUnit()).isEqualTo(DistanceUnit.MI);

        visitAndComeBack(robot, "log");
        robot.clickOn(robot.lookup("#settings-temperature .toggle-button").nth(1).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(services.settings().load().temperatureUnit()).isEqualTo(TemperatureUnit.F);
        assertThat(window.viewModel().settingsProperty().get().temperatureUnit()).isEqualTo(TemperatureUnit.F);
    }

    @Test
    void aSecondChangeAfterVisitingPlanIsStillSavedAndApplied(final FxRobot robot) {
        robot.clickOn("#nav-settings");
        settle(robot);
        robot.clickOn(robot.lookup("#settings-distance .toggle-button").nth(1).queryAs(Node.class));

        visitAndComeBack(robot, "plan");
        robot.clickOn(robot.lookup("#settings-distance .toggle-button").nth(0).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(services.settings().load().distanceUnit()).isEqualTo(DistanceUnit.KM);
        assertThat(window.viewModel().settingsProperty().get().distanceUnit()).isEqualTo(DistanceUnit.KM);
    }

    @Test
    void aSaveThatFailsInTheBackgroundRaisesANotice(final FxRobot robot) {
        final SettingsViewModelTest.RecordingRepository failing = new SettingsViewModelTest.RecordingRepository();
        failing.fail = true;
        final SettingsViewModel vm = new SettingsViewModel(failing, new ImmediateTaskRunner(),
                new javafx.beans.property.SimpleObjectProperty<>(app.stride.settings.Settings.DEFAULTS));
        robot.interact(() -> {
            final SettingsView view = new SettingsView(vm, dir);
            final Stage stage = new Stage();
            stage.setScene(new javafx.scene.Scene(view.root(), 900, 600));
            stage.show();
        });

        robot.interact(() -> vm.themeProperty().set(app.stride.settings.Theme.DARK));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup(".notification-bar").tryQuery()).as("a ControlsFX notice is showing").isPresent();
        assertThat(robot.lookup(".notification-bar .title").queryAs(javafx.scene.control.Label.class).getText()).isEqualTo("Not saved");
    }

    @Test
    void weatherTurnedOffInSettingsIsKeptAndNoScreenGoesOnlineAfterwards(final FxRobot robot) {
        services.weather().choosePlace(new app.stride.weather.Place("Portland", 45.52, -122.68, "", "", "America/Los_Angeles"));
        robot.clickOn("#nav-settings");
        settle(robot);
        assertThat(robot.lookup("#settings-weather-detail").queryAs(javafx.scene.control.Label.class).getText())
                .contains("Portland");
        final int builtBefore = app.stride.weather.OpenMeteoClient.httpClientsBuilt();

        robot.clickOn(robot.lookup("#settings-weather .toggle-button").nth(0).queryAs(Node.class)); // Off
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(services.weather().isEnabled()).isFalse();
        assertThat(robot.lookup("#settings-weather-detail").queryAs(javafx.scene.control.Label.class).getText())
                .contains("no network connection");
        for (String screen : java.util.List.of("today", "plan", "log", "progress", "outfit", "shoes", "settings")) {
            robot.clickOn("#nav-" + screen);
        }
        assertThat(app.stride.weather.OpenMeteoClient.httpClientsBuilt()).isEqualTo(builtBefore);
        assertThat(robot.lookup("#settings-weather .toggle-button").nth(0).queryAs(javafx.scene.control.ToggleButton.class)
                .isSelected()).as("still off when Settings is shown again").isTrue();
    }
}
