package app.stride.ui.outfit;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.ui.UiTestBench;
import app.stride.ui.shell.MainWindow;
import app.stride.ui.shell.Screen;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kordamp.ikonli.IkonHandler;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Outfit screen in the real window, headless. */
@ExtendWith(ApplicationExtension.class)
class OutfitViewUiTest {

    @TempDir
    Path dir;

    private MainWindow window;

    @Start
    void start(final Stage stage) {
        final UiTestBench bench = UiTestBench.on(dir, Clock.fixed(Instant.parse("2027-01-06T07:00:00Z"), ZoneOffset.UTC));
        window = bench.show(stage, bench.services().settings().loadWindowPlacement(), Screen.OUTFIT);
    }

    private static void type(final FxRobot robot, final String id, final String text) {
        final TextField f = robot.lookup(id).queryAs(TextField.class);
        robot.interact(() -> f.setText(text));
    }

    @Test
    void bitterColdShowsMittensAFaceCoverAndAFrostbiteWarning(final FxRobot robot) {
        type(robot, "#outfit-temperature", "-25");
        type(robot, "#outfit-wind", "30");

        assertThat(robot.lookup("#item-mittens").tryQuery()).isPresent();
        assertThat(robot.lookup("#item-balaclava").tryQuery()).isPresent();
        assertThat(robot.lookup("#warning-frostbite").tryQuery()).isPresent();
        assertThat(robot.lookup("#outfit-feels-like").queryAs(Label.class).getText()).isEqualTo("-39 °C"); // NWS metric wind chill: -39.1
    }

    @Test
    void aTypingMistakeIsExplainedAndTheOutfitStays(final FxRobot robot) {
        type(robot, "#outfit-temperature", "-5");
        final String before = robot.lookup("#outfit-feels-like").queryAs(Label.class).getText();

        type(robot, "#outfit-temperature", "-5x");

        final Label error = robot.lookup("#outfit-input-error").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).startsWith("Temperature must be a number");
        assertThat(robot.lookup("#outfit-temperature").queryAs(TextField.class).getPseudoClassStates().toString()).contains("danger");
        assertThat(robot.lookup("#outfit-feels-like").queryAs(Label.class).getText()).isEqualTo(before);
    }

    @Test
    void withWeatherOffOnlyTurningItOnIsOfferedAndNoAttributionShows(final FxRobot robot) {
        assertThat(robot.lookup("#outfit-place-query").queryAs(TextField.class).getParent().getParent().isVisible()).isFalse();
        assertThat(robot.lookup("#outfit-weather-turn-on").queryAs(javafx.scene.control.Button.class).getParent().isVisible()).isTrue();

        robot.interact(() -> robot.lookup("#outfit-weather-turn-on").queryAs(javafx.scene.control.Button.class).fire());

        assertThat(robot.lookup("#outfit-place-query").queryAs(TextField.class).getParent().getParent().isVisible()).isTrue();
        assertThat(robot.lookup("#outfit-attribution").queryAs(Label.class).isVisible()).isFalse();
    }

    @Test
    void everyZoneIconExists() {
        final List<IkonHandler> handlers = new ArrayList<>();
        ServiceLoader.load(IkonHandler.class).forEach(handlers::add);
        final List<String> literals = new ArrayList<>(OutfitCard.ZONE_ICONS.values());
        for (Screen s : Screen.values()) {
            literals.add(s.icon());
        }
        for (String literal : literals) {
            assertThat(handlers.stream().anyMatch(h -> h.supports(literal) && resolves(h, literal))).as(literal).isTrue();
        }
    }

    private static boolean resolves(final IkonHandler h, final String literal) {
        try {
            return h.resolve(literal) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
