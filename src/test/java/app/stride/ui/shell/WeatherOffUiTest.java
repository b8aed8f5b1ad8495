package app.stride.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.cli.CliRun;
import app.stride.ui.UiTestBench;
import app.stride.weather.OpenMeteoClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Weather is opt-in: with it off, using the whole app and the command line never builds an HTTP client. */
@ExtendWith(ApplicationExtension.class)
class WeatherOffUiTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-01-06T07:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private int builtBefore;

    @Start
    void start(final Stage stage) {
        builtBefore = OpenMeteoClient.httpClientsBuilt();
        final UiTestBench bench = UiTestBench.on(dir, CLOCK);
        bench.show(stage, bench.services().settings().loadWindowPlacement(), Screen.TODAY);
    }

    @Test
    void noHttpClientIsEverBuiltWhileWeatherIsOff(final FxRobot robot) {
        // a runner with a plan sees an outfit on Today: still no network while weather is off
        assertThat(CliRun.of("plan", "--distance", "5k", "--race-date", "2027-03-07", "--weeks", "8", "--days", "tue,thu,sat",
                "--recent-race", "5k=27:30", "--save", "--data-dir", dir.toString()).exitCode()).isZero();
        for (Screen s : Screen.values()) {
            robot.clickOn("#nav-" + s.name().toLowerCase(Locale.ROOT));
        }
        // the Outfit screen's town search is a network call too: with weather off it must not search (a reviewer typed
        // "Portland" and got "Cannot reach Open-Meteo"), even when the search is fired directly
        robot.clickOn("#nav-outfit");
        robot.interact(() -> {
            robot.lookup("#outfit-place-query").queryAs(javafx.scene.control.TextField.class).setText("Portland");
            robot.lookup("#outfit-place-search").queryAs(javafx.scene.control.Button.class).fire();
        });
        assertThat(shown(robot.lookup("#outfit-place-search").query())).isFalse();
        assertThat(robot.lookup("#outfit-weather-turn-on").tryQuery().filter(WeatherOffUiTest::shown)).isPresent();
        assertThat(CliRun.of("outfit", "--temp", "5", "--data-dir", dir.toString()).exitCode()).isZero();
        assertThat(CliRun.of("feedback", "--list", "--data-dir", dir.toString()).exitCode()).isZero();

        assertThat(OpenMeteoClient.httpClientsBuilt()).isEqualTo(builtBefore);
    }

    private static boolean shown(final javafx.scene.Node n) {
        for (javafx.scene.Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }
}
