package app.stride.ui.shoes;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.app.StrideServices;
import app.stride.ui.UiTestBench;
import app.stride.settings.WindowPlacement;
import app.stride.ui.shell.Screen;
import java.nio.file.Path;
import java.time.LocalDateTime;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Shoes: an empty state like the other screens, and the app's own question before a pair is retired. */
@ExtendWith(ApplicationExtension.class)
class ShoesViewUiTest {

    @TempDir
    Path dir;

    private UiTestBench bench;
    private StrideServices services;

    @Start
    void start(final Stage stage) {
        bench = UiTestBench.at(dir, LocalDateTime.of(2027, 1, 6, 7, 0));
        services = bench.services();
        bench.show(stage, new WindowPlacement(0, 0, 1280, 900, false), Screen.TODAY);
    }

    @Test
    void withoutShoesTheScreenSaysWhatToDoLikeTheOthers(final FxRobot robot) {
        bench.go(robot, Screen.SHOES);
        assertThat(robot.lookup("#shoes-none .title-3").queryAs(Label.class).getText()).isEqualTo("No shoes yet");
        assertThat(robot.lookup("#shoes-none .empty-state-icon").tryQuery()).isPresent();
        // Centred under the card above it, as the other screens' empty states are (it sat to the left).
        final javafx.scene.Node none = robot.lookup("#shoes-none").query();
        final javafx.scene.layout.Region list = (javafx.scene.layout.Region) none.getParent();
        final javafx.geometry.Bounds b = none.localToScene(none.getLayoutBounds());
        final javafx.geometry.Bounds l = list.localToScene(list.getLayoutBounds());
        final javafx.scene.Node title = robot.lookup("#shoes-none .title-3").query();
        final javafx.geometry.Bounds t = title.localToScene(title.getLayoutBounds());
        assertThat(Math.abs((t.getMinX() + t.getMaxX()) / 2 - (l.getMinX() + l.getMaxX()) / 2)).as("title centred").isLessThan(4);
        assertThat(b.getWidth()).isGreaterThan(l.getWidth() - 4);
    }

    private static javafx.scene.paint.Paint barFill(final FxRobot robot, final String shoeName) {
        final Label name = robot.lookup(".title-4").<Label>queryAll().stream().filter(l -> shoeName.equals(l.getText()))
                .findFirst().orElseThrow();
        final javafx.scene.control.ProgressBar bar = (javafx.scene.control.ProgressBar) ((VBox) name.getParent()).getChildren().get(2);
        return ((javafx.scene.layout.Region) bar.lookup(".bar")).getBackground().getFills().get(0).getFill();
    }

    @Test
    void aNearlyWornPairsBarIsInTheWarningColourAndARetiredPairStepsBack(final FxRobot robot) {
        services.shoes().add("Fresh", 100_000, 700_000);
        services.shoes().add("Nearly", 650_000, 700_000);
        services.shoes().add("Old", 300_000, 700_000);
        services.shoes().retire(services.shoes().all().stream().filter(x -> x.name().equals("Old")).findFirst().orElseThrow().id());
        bench.go(robot, Screen.SHOES);

        final javafx.scene.paint.Paint fresh = barFill(robot, "Fresh");
        assertThat(barFill(robot, "Nearly")).as("warning colour within 10% of the limit").isNotEqualTo(fresh);
        // A retired pair steps back: under its own heading, after the pairs in use, and without a bar (it could only be full).
        final Label old = robot.lookup(".title-4").<Label>queryAll().stream().filter(l -> "Old".equals(l.getText()))
                .findFirst().orElseThrow();
        assertThat(((VBox) old.getParent()).getChildren()).noneMatch(n -> n instanceof javafx.scene.control.ProgressBar);
        final java.util.List<javafx.scene.Node> rows = robot.lookup("#shoes-retired-title").queryAs(Label.class).getParent()
                .getChildrenUnmodifiable();
        final int heading = rows.indexOf(robot.lookup("#shoes-retired-title").queryAs(Label.class));
        assertThat(rows.indexOf(old.getParent().getParent())).isGreaterThan(heading);
        final Label fresh1 = robot.lookup(".title-4").<Label>queryAll().stream().filter(l -> "Fresh".equals(l.getText()))
                .findFirst().orElseThrow();
        assertThat(rows.indexOf(fresh1.getParent().getParent())).isLessThan(heading);
    }

    /**
     * New-user review (issue 11): a pair at 84% of its life showed nothing, and Retire was a flat link-like button
     * unlike the app's other destructive actions. Now: the share in words, a warning chip with an icon and words (not
     * colour alone), and Retire outlined in the danger colour as Settings' Restore. Failed before.
     */
    @Test
    void aPairGettingWornSaysSoInWordsAndRetireLooksDestructive(final FxRobot robot) {
        services.shoes().add("Pegasus", 588_000, 700_000);
        services.shoes().add("Clifton", 720_000, 700_000);
        bench.go(robot, Screen.SHOES);
        final long pegasus = services.shoes().all().stream().filter(x -> x.name().equals("Pegasus")).findFirst().orElseThrow().id();
        final long clifton = services.shoes().all().stream().filter(x -> x.name().equals("Clifton")).findFirst().orElseThrow().id();

        final Label worn = robot.lookup("#shoe-wear-" + pegasus).queryAs(Label.class);
        assertThat(worn.getText()).isEqualTo("Getting worn");
        assertThat(worn.getGraphic()).isNotNull();
        assertThat(worn.getStyleClass()).contains("warning");
        assertThat(robot.lookup(".text-muted").<Label>queryAll()).anyMatch(l -> l.getText().equals("588 km of 700 km · 84% of its life"));
        final Label past = robot.lookup("#shoe-wear-" + clifton).queryAs(Label.class);
        assertThat(past.getText()).isEqualTo("Past its life");
        assertThat(past.getStyleClass()).contains("danger");
        // Nothing cut to "…".
        assertThat(worn.getWidth()).isGreaterThanOrEqualTo(worn.prefWidth(-1) - 0.5);

        final Button retire = robot.lookup("#shoe-retire-" + pegasus).queryButton();
        assertThat(retire.getStyleClass()).contains("button-outlined", "danger", "destructive").doesNotContain("flat");
        assertThat(robot.lookup("#backup-restore").tryQuery()).isEmpty(); // (Settings not built here; its own test)
    }

    @Test
    void retiringAsksInTheAppsOwnWordsAndLook(final FxRobot robot) {
        services.shoes().add("Blue Pegasus", 0, 700_000);
        bench.go(robot, Screen.SHOES);

        robot.clickOn("Retire");

        final DialogPane pane = robot.lookup(".confirm-dialog").queryAs(DialogPane.class);
        assertThat(pane.getGraphic()).as("no stock '?' icon").isNull();
        assertThat(pane.getHeaderText()).isNull();
        assertThat(pane.getStylesheets()).anyMatch(s -> s.endsWith("stride.css"));
        final Button retire = robot.from(pane).lookup(".button.danger").queryButton();
        assertThat(retire.getText()).isEqualTo("Retire");
        robot.clickOn(retire);

        assertThat(services.shoes().all().get(0).retired()).isTrue();
    }
}
