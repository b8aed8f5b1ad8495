package app.stride.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.app.StrideServices;
import app.stride.outfit.Conditions;
import app.stride.outfit.Effort;
import app.stride.outfit.Light;
import app.stride.outfit.Precipitation;
import app.stride.outfit.Sky;
import app.stride.settings.WindowPlacement;
import app.stride.tracking.RunReport;
import app.stride.ui.UiTestBench;
import app.stride.ui.common.Layouts;
import app.stride.ui.today.TodayViewModelTest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Every screen, with data in it, at the smallest window Stride promises to look right in (1024×640) and on a large screen (Monocle's headless screen is 1600 px wide). */
@ExtendWith(ApplicationExtension.class)
class LooksUiTest {

    @TempDir
    Path dir;

    private Stage stage;
    private MainWindow window;

    @Start
    void start(final Stage stage) {
        this.stage = stage;
        final UiTestBench bench = UiTestBench.on(dir, TodayViewModelTest.clockOn(TodayViewModelTest.TODAY));
        final StrideServices services = bench.services();
        TodayViewModelTest.savePlan(services);
        final var missed = services.tickOff().today().missed();
        if (!missed.isEmpty()) {
            services.tickOff().done(missed.get(0).id(), new RunReport(Optional.of(5200.0), Optional.of(Duration.ofSeconds(1890)),
                    Optional.of(4), Optional.empty(), "easy and relaxed along the river"));
        }
        services.shoes().add("Blue Pegasus 40", 120_000, 700_000);
        services.outfit().remember(TodayViewModelTest.TODAY, services.outfit().recommend(
                new Conditions(2, 20, 80, Precipitation.RAIN, Light.DAWN, Sky.OVERCAST, false, false), Effort.EASY));
        services.outfit().recordFeedback(TodayViewModelTest.TODAY, app.stride.outfit.FeedbackAnswer.TOO_COLD);
        window = bench.show(stage, new WindowPlacement(0, 0, 1024, 640, false), Screen.TODAY);
    }

    private void showAt(final FxRobot robot, final Screen screen, final double width, final double height) {
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
            window.viewModel().navigate(screen);
            window.root().applyCss();
            window.root().layout();
        });
    }

    /** Labels, buttons and headers whose text the skin had to cut to "…". */
    private static List<String> truncated(final Node node) {
        final List<String> cut = new ArrayList<>();
        collect(node, cut);
        return cut;
    }

    private static void collect(final Node node, final List<String> cut) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
            for (Node child : l.getChildrenUnmodifiable()) {
                // The skin shows the labeled's ellipsis string ("..." or "…") in place of what did not fit.
                if (child instanceof Text t && t.getText() != null && !t.getText().equals(l.getText())
                        && t.getText().contains(l.getEllipsisString()) && !l.getText().contains(l.getEllipsisString())) {
                    cut.add(l.getClass().getSimpleName() + " '" + l.getText() + "' shown as '" + t.getText() + "'");
                }
            }
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, cut));
        }
    }

    @Test
    void nothingIsCutShortAt1024x640OrOnALargeScreen() {
        final FxRobot robot = new FxRobot();
        final List<String> cut = new ArrayList<>();
        for (double[] size : new double[][] {{1024, 640}, {1600, 1000}}) {
            for (Screen s : Screen.values()) {
                showAt(robot, s, size[0], size[1]);
                truncated(window.root()).forEach(t -> cut.add(s + " at " + (int) size[0] + ": " + t));
            }
        }
        assertThat(cut).isEmpty();
    }

    @Test
    void everyScreenKeepsToTheSameContentWidth() {
        final FxRobot robot = new FxRobot();
        final java.util.Map<Screen, Double> screens = new java.util.EnumMap<>(Screen.class);
        final java.util.Map<Screen, Double> bodies = new java.util.EnumMap<>(Screen.class);
        for (Screen s : Screen.values()) {
            showAt(robot, s, 1600, 1000);
            screens.put(s, ((Region) robot.lookup(".content").queryAs(Parent.class).getChildrenUnmodifiable().get(0)
                    .lookup(".screen")).getWidth());
            robot.lookup(".screen-body").queryAll().stream().filter(Node::isVisible).filter(n -> n.getScene() != null)
                    .findFirst().ifPresent(n -> bodies.put(s, ((Region) n).getWidth()));
        }
        assertThat(screens.values()).as("" + screens).allSatisfy(w -> assertThat(w).isEqualTo(Layouts.CONTENT_WIDTH + Layouts.SCROLL_ROOM));
        // A body may keep a little inner padding, but none stops at a narrower width of its own.
        assertThat(bodies.values()).as("" + bodies).allSatisfy(w -> assertThat(w).isBetween(Layouts.CONTENT_WIDTH - 16, Layouts.CONTENT_WIDTH));
    }

    @Test
    void outfitCardsUseTheWidthTheyHave() {
        final FxRobot robot = new FxRobot();
        showAt(robot, Screen.OUTFIT, 1600, 1000);
        robot.interact(() -> {
            window.root().applyCss();
            window.root().layout();
        });
        final Region zones = robot.lookup(".outfit-zones").queryAs(Region.class);
        final double widest = robot.lookup(".zone-card").queryAll().stream().mapToDouble(n -> ((Region) n).getBoundsInParent().getMaxX()).max().orElse(0);
        assertThat(robot.lookup(".zone-card").queryAll()).hasSizeGreaterThan(2);
        assertThat(widest).as("the cards reach across the outfit column").isGreaterThan(zones.getWidth() * 0.9);
    }

    @Test
    void everyControlReachedWithTabShowsWhereTheKeyboardIs() {
        final FxRobot robot = new FxRobot();
        final List<String> unmarked = new ArrayList<>();
        for (Screen screen : List.of(Screen.SETTINGS, Screen.OUTFIT, Screen.SHOES, Screen.TODAY)) {
            showAt(robot, screen, 1600, 1000);
            robot.clickOn("#nav-" + screen.name().toLowerCase(java.util.Locale.ROOT));
            for (int i = 0; i < 16; i++) {
                robot.type(javafx.scene.input.KeyCode.TAB);
                final Node focused = stage.getScene().getFocusOwner();
                if (focused instanceof javafx.scene.control.TextInputControl || !(focused instanceof javafx.scene.control.Control c)) {
                    continue;
                }
                robot.interact(() -> {
                    c.applyCss();
                    c.layout();
                });
                final Region ring = focused instanceof javafx.scene.control.CheckBox box ? (Region) box.lookup(".box") : c;
                final boolean marked = ring.getBorder() != null && !ring.getBorder().getStrokes().isEmpty()
                        && ring.getBorder().getStrokes().get(0).getWidths().getTop() >= 2;
                if (!marked) {
                    unmarked.add(screen + ": " + focused.getClass().getSimpleName() + " " + focused.getId()
                            + (focused instanceof Labeled l ? " '" + l.getText() + "'" : ""));
                }
            }
        }
        assertThat(unmarked).isEmpty();
    }

    @Test
    void outfitsLeftCardsLineUpAtTheSmallestWindow() {
        final FxRobot robot = new FxRobot();
        showAt(robot, Screen.OUTFIT, 1024, 640);
        final List<javafx.geometry.Bounds> cards = robot.lookup(".card-panel").queryAll().stream()
                .filter(n -> n.getScene() != null && n.isVisible())
                .map(n -> n.localToScene(n.getBoundsInLocal())).toList();
        final double left = cards.stream().mapToDouble(javafx.geometry.Bounds::getMinX).min().orElseThrow();
        final List<Double> rightEdges = cards.stream().filter(b -> Math.abs(b.getMinX() - left) < 1)
                .map(javafx.geometry.Bounds::getMaxX).toList();
        assertThat(rightEdges).hasSizeGreaterThanOrEqualTo(3);
        assertThat(rightEdges).allSatisfy(x -> assertThat(x).isCloseTo(rightEdges.get(0), org.assertj.core.data.Offset.offset(1.0)));
    }
}
