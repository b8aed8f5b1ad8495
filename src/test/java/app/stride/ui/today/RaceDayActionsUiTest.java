package app.stride.ui.today;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.plan.PlanRepository.SavedSession;
import app.stride.ui.UiTestBench;
import app.stride.ui.shell.Screen;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * New-user review nu6 5: race day offered "Not today? Move it to" and "Only N min", then refused both in red ("Race
 * day is fixed", "Race day stays as it is"). Failed before: both rows were in the scene on race day. Now neither is
 * offered and the form says why up front; on an ordinary day both are there.
 */
@ExtendWith(ApplicationExtension.class)
class RaceDayActionsUiTest {

    @TempDir
    Path dir;

    private Stage stage;

    @Start
    void start(final Stage s) {
        stage = s;
    }

    private static boolean shown(final FxRobot robot, final String id) {
        final Node n = robot.lookup(id).tryQuery().orElse(null);
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n != null && n.getScene() != null;
    }

    private void showOn(final FxRobot robot, final boolean raceDay) {
        final UiTestBench plan = UiTestBench.on(dir.resolve("probe"), TodayViewModelTest.clockOn(TodayViewModelTest.TODAY));
        TodayViewModelTest.savePlan(plan.services());
        final LocalDate race = plan.services().plans().current().orElseThrow().sessions().stream()
                .filter(s -> "race".equals(s.type())).map(SavedSession::date).findFirst().orElseThrow();
        final LocalDate day = raceDay ? race : TodayViewModelTest.TODAY;
        final UiTestBench bench = UiTestBench.on(dir.resolve("app"), TodayViewModelTest.clockOn(day));
        TodayViewModelTest.savePlan(bench.services());
        robot.interact(() -> bench.show(stage, UiTestBench.SMALL, Screen.TODAY));
        bench.settle(robot);
    }

    @Test
    void raceDayOffersNeitherMoveNorShortenAndSaysWhy(final FxRobot robot) {
        showOn(robot, true);
        assertThat(shown(robot, "#today-done")).isTrue();
        assertThat(shown(robot, "#today-move")).isFalse();
        assertThat(shown(robot, "#today-move-date")).isFalse();
        assertThat(shown(robot, "#life-shorten")).isFalse();
        assertThat(shown(robot, "#today-race-fixed")).isTrue();
    }

    @Test
    void anOrdinaryDayOffersBoth(final FxRobot robot) {
        showOn(robot, false);
        assertThat(shown(robot, "#today-move")).isTrue();
        assertThat(shown(robot, "#life-shorten")).isTrue();
        assertThat(shown(robot, "#today-race-fixed")).isFalse();
    }
}
