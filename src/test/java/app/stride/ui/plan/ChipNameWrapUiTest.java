package app.stride.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.app.StrideServices;
import app.stride.plan.FitnessInput;
import app.stride.plan.Goal;
import app.stride.plan.PlanRequest;
import app.stride.plan.RaceDistance;
import app.stride.ui.UiTestBench;
import app.stride.ui.shell.Screen;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * New-user review 6, 4: at 1120×720 the Weeks and Month chips split "Cross-training" mid-word ("Cross-tra" /
 * "ining"). A chip's name goes onto a new line only after a space or a hyphen, never inside a word, never to "…".
 */
@ExtendWith(ApplicationExtension.class)
class ChipNameWrapUiTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @TempDir
    Path dir;

    @Start
    void start(final Stage stage) {
        final UiTestBench bench = UiTestBench.at(dir, TODAY.atTime(9, 0));
        final StrideServices services = bench.services();
        // A 5K to finish on Mon/Wed/Fri/Sun: the spare days hold optional cross-training.
        services.plans().saveAsCurrent(services.planGenerator().generate(new PlanRequest(Goal.FINISH,
                Optional.of(RaceDistance.FIVE_K), Optional.empty(), Optional.of(TODAY), Optional.empty(), Optional.of(8),
                EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY, DayOfWeek.SUNDAY), Optional.empty(),
                new FitnessInput(Optional.empty(), Optional.of(10_000.0), Optional.of(3), Optional.empty(),
                        Optional.empty(), Optional.empty(), 60, false))));
        bench.show(stage, UiTestBench.SMALL, Screen.PLAN);
    }

    @Test
    void weeksChipsBreakNamesOnlyAtSpacesOrHyphens(final FxRobot robot) {
        robot.clickOn("#plancal-layout-weeks");
        WaitForAsyncUtils.waitForFxEvents();
        assertWholeWords(robot);
    }

    @Test
    void monthChipsBreakNamesOnlyAtSpacesOrHyphens(final FxRobot robot) {
        robot.clickOn("#plancal-layout-month");
        WaitForAsyncUtils.waitForFxEvents();
        assertWholeWords(robot);
    }

    /** New-user review 6, 13: switching Weeks and Month moved the bar 8 px as the scroll bar came and went. */
    @Test
    void switchingLayoutsKeepsTheBarInPlace(final FxRobot robot) {
        robot.clickOn("#plancal-layout-weeks");
        WaitForAsyncUtils.waitForFxEvents();
        final javafx.scene.Node button = robot.lookup("#plancal-original").query();
        final double weeks = button.localToScene(0, 0).getX();
        robot.clickOn("#plancal-layout-month");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(button.localToScene(0, 0).getX()).isEqualTo(weeks, org.assertj.core.data.Offset.offset(0.5));
        final javafx.scene.Node grid = robot.lookup("#plancal-grid").query();
        assertThat(grid.getLayoutBounds().getWidth()).isPositive();
    }

    private static void assertWholeWords(final FxRobot robot) {
        final List<Label> names = List.copyOf(robot.lookup("#plancal-grid .plancal-chip-type").queryAllAs(Label.class));
        assertThat(names).anySatisfy(l -> assertThat(((ChipName) l).name()).isEqualTo("Cross-training"));
        for (Label l : names) {
            final Text text = (Text) l.lookup(".text");
            final String shown = text.getText();
            final String name = ((ChipName) l).name();
            assertThat(shown).as(name).doesNotContain("…");
            // Its lines, joined back at their breaks, are the whole name: each break after a space or a hyphen.
            final String[] lines = shown.split("\n");
            final StringBuilder joined = new StringBuilder(lines[0]);
            for (int i = 1; i < lines.length; i++) {
                joined.append(lines[i - 1].endsWith("-") || lines[i - 1].endsWith("/") ? "" : " ").append(lines[i]);
            }
            // At 1120 every word fits its chip whole (only a narrower window hyphenates a word: LooksUiTest at 1024);
            // a name once broken for a narrow first layout must not keep that break ("Hil-" / "ls", lead's look).
            assertThat(joined.toString()).as(shown).isEqualTo(name);
            // And the screen shows those lines and no more: no line is wrapped again inside a word.
            final Text one = new Text("X");
            one.setFont(text.getFont());
            final double lineHeight = one.getLayoutBounds().getHeight();
            assertThat(Math.round(text.getLayoutBounds().getHeight() / lineHeight)).as(name + " shown as " + shown)
                    .isEqualTo(lines.length);
        }
    }
}
