package app.stride.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.app.StrideServices;
import app.stride.plan.FitnessInput;
import app.stride.plan.Goal;
import app.stride.plan.PlanRequest;
import app.stride.plan.RaceDistance;
import app.stride.plan.RaceResult;
import app.stride.ui.UiTestBench;
import app.stride.ui.shell.Screen;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The weeks calendar in a 1120×720 window (the smallest the app opens at), headless: a half-marathon plan with
 * long type names, today a Monday with its badge. Every day is as wide as the others and holds its chips and badge.
 */
@ExtendWith(ApplicationExtension.class)
class PlanCalendarLayoutUiTest {

    /** Monday 30 November 2026: the plan's first day, so the Today badge sits in the Monday column. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @TempDir
    Path dir;

    @Start
    void start(final Stage stage) {
        final UiTestBench bench = UiTestBench.at(dir, TODAY.atTime(9, 0));
        final StrideServices services = bench.services();
        services.plans().saveAsCurrent(services.planGenerator().generate(new PlanRequest(Goal.TIME,
                Optional.of(RaceDistance.HALF), Optional.of(Duration.ofMinutes(115)), Optional.of(TODAY),
                Optional.empty(), Optional.of(12), EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SATURDAY,
                        DayOfWeek.SUNDAY), Optional.empty(),
                new FitnessInput(Optional.of(new RaceResult(RaceDistance.TEN_K, Duration.ofMinutes(50))),
                        Optional.of(35_000.0), Optional.of(4), Optional.empty(), Optional.empty(), Optional.empty(), 0,
                        false))));
        bench.show(stage, UiTestBench.SMALL, Screen.PLAN);
    }

    private static Bounds scene(final Node n) {
        return n.localToScene(n.getBoundsInLocal());
    }

    private static boolean inside(final Bounds inner, final Bounds outer) {
        return inner.getMinX() >= outer.getMinX() - 0.5 && inner.getMaxX() <= outer.getMaxX() + 0.5;
    }

    @Test
    void atTheSmallestWindowEveryDayIsEquallyWideAndHoldsItsChipsAndTheTodayBadge(final FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        final List<Node> days = new ArrayList<>(robot.lookup("#plancal-grid .plancal-day").queryAll());
        assertThat(days).hasSizeGreaterThanOrEqualTo(7 * 10);
        final double width = days.get(0).getLayoutBounds().getWidth();
        assertThat(days).allSatisfy(d -> assertThat(d.getLayoutBounds().getWidth()).as(d.getId()).isCloseTo(width,
                org.assertj.core.data.Offset.offset(1.0)));

        final List<Node> chips = new ArrayList<>(robot.lookup("#plancal-grid .plancal-chip").queryAll());
        assertThat(chips).isNotEmpty();
        for (Node chip : chips) {
            final Node cell = chip.getParent();
            assertThat(cell.getStyleClass()).contains("plancal-day");
            assertThat(inside(scene(chip), scene(cell))).as(chip.getId() + " " + scene(chip) + " in " + scene(cell)).isTrue();
        }
        // A long name takes its short form ("Reps") or two lines where it does not fit, never "…".
        assertThat(robot.lookup("#plancal-grid .plancal-chip-type").<Label>queryAllAs(Label.class))
                .allSatisfy(l -> assertThat(((javafx.scene.text.Text) l.lookup(".text")).getText())
                        .as(l.getText()).isEqualTo(l.getText()).doesNotContain("…"));

        final Node badge = robot.lookup("#plancal-today-badge").query();
        final Node todayCell = robot.lookup("#plancal-day-" + TODAY).query();
        assertThat(inside(scene(badge), scene(todayCell))).as(scene(badge) + " in " + scene(todayCell)).isTrue();
    }

    /**
     * New-user review: at 1120 the calendar called a session "Strides" that Today and the list call "Easy run +
     * strides". A chip names its session as every other screen does (PlanText.typeName), on two lines if it must.
     */
    @Test
    void everyChipNamesItsSessionAsTheOtherScreensDo(final FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        final List<Node> chips = new ArrayList<>(robot.lookup("#plancal-grid .plancal-chip").queryAll());
        assertThat(chips).isNotEmpty();
        assertThat(chips).anySatisfy(c -> assertThat(c.getStyleClass()).contains("plan-chip-strides"));
        for (Node chip : chips) {
            final String code = chip.getStyleClass().stream().filter(c -> c.startsWith("plan-chip-"))
                    .findFirst().orElseThrow().substring("plan-chip-".length());
            final String name = app.stride.plan.SessionType.parse(code).map(app.stride.text.PlanText::typeName)
                    .orElseThrow();
            assertThat(((ChipName) chip.lookup(".plancal-chip-type")).name()).as(chip.getId()).isEqualTo(name);
        }
    }
}
