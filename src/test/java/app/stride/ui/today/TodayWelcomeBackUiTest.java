package app.stride.ui.today;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.ui.UiTestBench;
import app.stride.ui.shell.MainWindow;
import app.stride.ui.shell.Screen;
import java.nio.file.Path;
import java.time.LocalDate;
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
 * New-user review: the first visit after time away stacked the shell's re-plan banner above cards for each session
 * left open, all saying much the same. Today shows one card: what happened, what the plan proposes, the sessions
 * left open with their actions, Accept and Keep as is.
 */
@ExtendWith(ApplicationExtension.class)
class TodayWelcomeBackUiTest {

    @TempDir
    Path dir;

    private UiTestBench bench;
    private MainWindow window;

    @Start
    void start(final Stage stage) {
        // The 10K plan from 3 January 2027, run until Sunday 10 January; today Monday 25 January: 15 days off.
        bench = UiTestBench.at(dir, LocalDateTime.of(2027, 1, 25, 9, 0)).withTenKRunUntil(LocalDate.of(2027, 1, 10));
        window = bench.show(stage, UiTestBench.SMALL, Screen.TODAY);
    }

    private static boolean inside(final Node n, final Node card) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p == card) {
                return true;
            }
        }
        return false;
    }

    @Test
    void afterTimeAwayTodayShowsOneCardWithTheProposalTheOpenSessionsAndTheActions(final FxRobot robot) {
        bench.settle(robot);
        assertThat(window.adaptBanner().offerProperty().get()).as("a re-plan is offered").isPresent();

        assertThat(UiTestBench.shown(robot, "#today-welcome")).as("Today's one card").isTrue();
        assertThat(UiTestBench.shown(robot, "#shell-adapt")).as("no banner above it saying the same").isFalse();
        final Node card = robot.lookup("#today-welcome").query();
        assertThat(UiTestBench.shown(robot, "#today-adapt-title")).isTrue();
        assertThat(UiTestBench.shown(robot, "#today-adapt-body")).as("what the plan proposes").isTrue();
        assertThat(UiTestBench.shown(robot, "#today-adapt-accept")).isTrue();
        assertThat(UiTestBench.shown(robot, "#today-adapt-keep")).isTrue();
        // Every session left open is in the card, with its "I ran it" and "Skip it"; none in a card of its own.
        assertThat(new java.util.ArrayList<Node>(robot.lookup(".missed-banner").queryAll())).isNotEmpty()
                .allSatisfy(m -> assertThat(inside(m, card)).as(m.toString()).isTrue());

        robot.clickOn("#today-adapt-keep");
        bench.settle(robot);

        // Kept as is: the card goes and the open sessions are where they always are, each with its actions.
        assertThat(UiTestBench.shown(robot, "#today-welcome")).isFalse();
        assertThat(new java.util.ArrayList<Node>(robot.lookup(".missed-banner").queryAll())).isNotEmpty()
                .allSatisfy(m -> assertThat(inside(m, card)).isFalse());
    }

    @Test
    void afterAcceptingTheRebuildTheSessionsItReplacedAreNotAskedAboutAgain(final FxRobot robot) {
        // nu6 6: after Accept, each session missed before the rebuild came back as a "You didn't tick off" card of its own.
        bench.settle(robot);
        assertThat(new java.util.ArrayList<Node>(robot.lookup(".missed-banner").queryAll())).as("open before").isNotEmpty();

        robot.clickOn("#today-adapt-accept");
        bench.settle(robot);

        assertThat(bench.services().plans().currentVersion().orElseThrow().adaptedFrom()).as("rebuilt").isPresent();
        assertThat(UiTestBench.shown(robot, "#today-welcome")).isFalse();
        assertThat(new java.util.ArrayList<Node>(robot.lookup(".missed-banner").queryAll()))
                .as("the rebuild handled the sessions missed before it").isEmpty();
    }
}
