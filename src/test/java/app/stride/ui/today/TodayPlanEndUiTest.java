package app.stride.ui.today;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.plan.PlanRepository.SavedSession;
import app.stride.tracking.RunReport;
import app.stride.ui.UiTestBench;
import app.stride.ui.shell.Screen;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * New-user review nu6 15: once race day was ticked off, Today showed only a toast and still offered "Not feeling
 * 100%" and the other life-happens actions with nothing left in the plan. Failed before: no end-of-plan card, and
 * the life-happens card was on show. Now Today says well done, shows the race as logged and offers the next plan.
 */
@ExtendWith(ApplicationExtension.class)
class TodayPlanEndUiTest {

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

    private LocalDate raceDay() {
        final UiTestBench probe = UiTestBench.on(dir.resolve("probe"), TodayViewModelTest.clockOn(TodayViewModelTest.TODAY));
        TodayViewModelTest.savePlan(probe.services());
        final LocalDate race = probe.services().plans().current().orElseThrow().sessions().stream()
                .filter(s -> "race".equals(s.type())).map(SavedSession::date).findFirst().orElseThrow();
        probe.close();
        return race;
    }

    private UiTestBench benchOn(final LocalDate day, final String name) {
        final UiTestBench bench = UiTestBench.on(dir.resolve(name), TodayViewModelTest.clockOn(day));
        TodayViewModelTest.savePlan(bench.services());
        return bench;
    }

    private static String text(final FxRobot robot, final String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void tickingOffTheRaceEndsThePlanOnTodayWithTheResultAndWhatNext(final FxRobot robot) {
        final UiTestBench bench = benchOn(raceDay(), "app");
        robot.interact(() -> bench.show(stage, UiTestBench.SMALL, Screen.TODAY));
        bench.settle(robot);
        assertThat(shown(robot, "#today-plan-end")).as("race day still open: no end yet").isFalse();
        assertThat(shown(robot, "#today-life")).isTrue();

        robot.interact(() -> {
            robot.lookup("#today-distance").queryAs(javafx.scene.control.TextField.class).setText("5");
            robot.lookup("#today-duration").queryAs(javafx.scene.control.TextField.class).setText("27:12");
        });
        robot.clickOn("#today-done");
        bench.settle(robot);

        assertThat(shown(robot, "#today-plan-end")).as("the end-of-plan card").isTrue();
        assertThat(text(robot, "#today-plan-end-result")).contains("5").contains("27:12");
        assertThat(shown(robot, "#today-plan-end-new")).as("what next: a new plan").isTrue();
        assertThat(shown(robot, "#today-life")).as("no life-happens actions with nothing left").isFalse();
        assertThat(shown(robot, "#life-ease")).isFalse();
    }

    private UiTestBench raceRunAndShownOn(final FxRobot robot, final int daysAfter, final String name) {
        final LocalDate race = raceDay();
        final UiTestBench bench = benchOn(race.plusDays(daysAfter), name);
        final SavedSession s = bench.services().plans().current().orElseThrow().sessions().stream()
                .filter(x -> "race".equals(x.type())).findFirst().orElseThrow();
        bench.services().tickOff().done(s.id(), new RunReport(Optional.of(5000.0), Optional.of(Duration.ofSeconds(27 * 60 + 12)),
                Optional.empty(), Optional.empty(), ""));
        robot.interact(() -> bench.show(stage, UiTestBench.SMALL, Screen.TODAY));
        bench.settle(robot);
        return bench;
    }

    @Test
    void theDayAfterTheRaceTodayStillSaysWellDoneWithTheRaceAsLogged(final FxRobot robot) {
        raceRunAndShownOn(robot, 1, "after");
        assertThat(shown(robot, "#today-plan-end-result")).isTrue();
        assertThat(text(robot, "#today-plan-end-result")).contains("27:12");
        assertThat(shown(robot, "#today-life")).isFalse();
    }

    @Test
    void oncePastThePlanTheFinishedScreenShowsTheRaceAsLogged(final FxRobot robot) {
        raceRunAndShownOn(robot, 14, "later");
        assertThat(shown(robot, "#today-finished")).isTrue();
        assertThat(text(robot, "#today-plan-end-result")).contains("27:12");
        assertThat(shown(robot, "#today-next-plan")).isTrue();
    }
}
