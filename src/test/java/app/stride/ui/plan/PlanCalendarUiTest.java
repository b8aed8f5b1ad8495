package app.stride.ui.plan;

import static app.stride.ui.UiTestBench.shown;
import static org.assertj.core.api.Assertions.assertThat;

import app.stride.app.StrideServices;
import app.stride.ui.UiTestBench;
import app.stride.plan.PlanRepository.SavedSession;
import app.stride.plan.SessionType;
import app.stride.settings.WindowPlacement;
import app.stride.tracking.LoggedRun;
import app.stride.tracking.RunReport;
import app.stride.ui.shell.MainWindow;
import app.stride.ui.shell.Screen;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
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
import org.testfx.util.WaitForAsyncUtils;

/**
 * The plan calendar and the re-plan banner in the real window, headless: the 10K plan from 3 January, run until
 * Sunday 17 January, then a week missed; today is Sunday 24 January.
 */
@ExtendWith(ApplicationExtension.class)
class PlanCalendarUiTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 1, 24);

    @TempDir
    Path dir;

    private UiTestBench bench;
    private StrideServices services;
    private MainWindow window;

    @Start
    void start(final Stage stage) {
        bench = UiTestBench.at(dir, TODAY.atTime(9, 0)).withTenKRunUntil(LocalDate.of(2027, 1, 17));
        services = bench.services();
        window = bench.show(stage, new WindowPlacement(0, 0, 1600, 1000, false), Screen.TODAY);
    }

    private List<SavedSession> stored() {
        return services.plans().current().orElseThrow().sessions();
    }

    private static boolean hard(final SavedSession s) {
        return s.sessionType().map(SessionType::isHard).orElse(false);
    }

    @Test
    void draggingASessionNextToAHardDayIsRefusedWithTheReasonAndNothingIsStored(final FxRobot robot) {
        robot.interact(() -> window.viewModel().navigate(Screen.PLAN));
        final List<SavedSession> before = stored();
        final SavedSession moving = before.stream().filter(s -> s.date().isAfter(TODAY) && hard(s)).findFirst().orElseThrow();
        LocalDate target = null;
        for (SavedSession other : before) {
            for (LocalDate d : List.of(other.date().minusDays(1), other.date().plusDays(1))) {
                if (target == null && other.id() != moving.id() && hard(other) && d.isAfter(TODAY)
                        && before.stream().noneMatch(s -> s.date().equals(d))) {
                    target = d;
                }
            }
        }
        final String chip = "#plancal-chip-" + moving.id();
        final String day = "#plancal-day-" + target;
        assertThat(shown(robot, chip)).isTrue();
        assertThat(shown(robot, day)).isTrue();
        assertThat(shown(robot, "#plancal-message")).isFalse();

        robot.drag(chip).dropTo(day);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(shown(robot, "#plancal-message")).isTrue();
        assertThat(robot.lookup("#plancal-message").queryAs(Label.class).getText())
                .contains("two hard days in a row").doesNotContain("Exception");
        assertThat(shown(robot, "#plancal-undo")).isFalse();
        assertThat(stored()).isEqualTo(before);
        // Still on its own day in the calendar.
        assertThat(robot.lookup("#plancal-day-" + moving.date() + " " + chip).tryQuery()).isPresent();
    }

    @Test
    void theListIsBuiltOnlyWhenChosenAndFollowsReloadsWhileShown(final FxRobot robot) {
        robot.interact(() -> window.viewModel().navigate(Screen.PLAN));
        // Weeks layout: the grid has its chips, the hidden list holds nothing (issue 11: no hidden view built).
        assertThat(robot.lookup("#plancal-grid .plancal-chip").<Node>queryAll()).hasSize(stored().size());
        assertThat(robot.lookup("#plan-sheet .plan-week").<Node>queryAll()).isEmpty();

        robot.clickOn("#plancal-layout-list");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown(robot, "#plan-sheet")).isTrue();
        // Every week as a card (past weeks folded, so not every session has a row).
        assertThat(robot.lookup("#plan-sheet #plan-week-1").tryQuery()).isPresent();
        assertThat(robot.lookup("#plan-sheet .plan-session").<Node>queryAll()).isNotEmpty();
        assertThat(robot.lookup("#plancal-grid .plancal-chip").<Node>queryAll()).isEmpty();

        // A session ticked off elsewhere shows in the list when the screen is opened again.
        final SavedSession next = stored().stream().filter(s -> s.date().isAfter(LocalDate.of(2027, 1, 17))
                && !s.date().isAfter(TODAY)).findFirst().orElseThrow();
        assertThat(robot.lookup("#plan-session-" + next.id()).query().getStyleClass()).doesNotContain("plan-session-done");
        services.tickOff().done(next.id(), new RunReport(next.distanceM(), Optional.empty(), Optional.empty(), Optional.empty(), ""));
        robot.interact(() -> window.viewModel().navigate(Screen.TODAY));
        robot.interact(() -> window.viewModel().navigate(Screen.PLAN));
        assertThat(robot.lookup("#plan-session-" + next.id()).query().getStyleClass()).contains("plan-session-done");

        robot.clickOn("#plancal-layout-weeks");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown(robot, "#plancal-grid")).isTrue();
        assertThat(robot.lookup("#plancal-grid .plancal-chip").<Node>queryAll()).hasSize(stored().size());
        assertThat(shown(robot, "#plan-sheet")).isFalse();
    }

    /** New-user review: a session logged as cut short showed the same tick as a full one (failed before). */
    @Test
    void aCutShortSessionHasItsOwnMarkAndSaysSo(final FxRobot robot) {
        final SavedSession missed = stored().stream().filter(s -> s.date().isAfter(LocalDate.of(2027, 1, 17))
                && s.date().isBefore(TODAY)).findFirst().orElseThrow();
        services.runLog().log(missed.date(), app.stride.tracking.RunStatus.PARTIAL, new app.stride.tracking.RunReport(
                java.util.Optional.of(2000.0), java.util.Optional.of(java.time.Duration.ofMinutes(12)),
                java.util.Optional.empty(), java.util.Optional.empty(), ""), java.util.Optional.empty());
        final SavedSession full = stored().stream().filter(s -> s.date().isBefore(LocalDate.of(2027, 1, 17))).findFirst().orElseThrow();

        robot.interact(() -> window.viewModel().navigate(Screen.PLAN));

        final javafx.scene.Node cut = robot.lookup("#plancal-chip-" + missed.id()).query();
        assertThat(cut.getStyleClass()).contains("plancal-chip-cut_short").doesNotContain("plancal-chip-done");
        assertThat(cut.getAccessibleText()).endsWith("Done, cut short");
        assertThat(robot.lookup("#plancal-chip-" + full.id()).query().getStyleClass()).contains("plancal-chip-done");
    }

    @Test
    void aMovedSessionCanBeMovedBackWithUndoAndShowsWhereItWas(final FxRobot robot) {
        robot.interact(() -> window.viewModel().navigate(Screen.PLAN));
        // The banner is not the subject here.
        robot.interact(() -> robot.lookup("#plan-adapt-keep").queryButton().fire());
        final SavedSession easy = stored().stream().filter(s -> s.date().isAfter(TODAY) && !hard(s)
                && stored().stream().noneMatch(o -> o.date().equals(s.date().plusDays(1)))).findFirst().orElseThrow();
        final LocalDate to = easy.date().plusDays(1);

        // The keyboard way: Enter on the focused chip opens its details, "Move to" a day.
        robot.interact(() -> robot.lookup("#plancal-chip-" + easy.id()).query().requestFocus());
        robot.type(javafx.scene.input.KeyCode.ENTER);
        assertThat(robot.lookup("#plancal-details").tryQuery()).isPresent();
        robot.interact(() -> robot.lookup("#plancal-move-date").queryAs(javafx.scene.control.DatePicker.class).setValue(to));
        robot.interact(() -> robot.lookup("#plancal-move").queryButton().fire());

        assertThat(stored()).filteredOn(s -> s.id() == easy.id()).extracting(SavedSession::date).containsExactly(to);
        assertThat(robot.lookup("#plancal-day-" + to + " #plancal-chip-" + easy.id()).tryQuery()).isPresent();
        // The keyboard stays on the session it moved.
        assertThat(robot.lookup("#plancal-chip-" + easy.id()).query().isFocused()).isTrue();
        robot.interact(() -> robot.lookup("#plancal-original").queryAs(javafx.scene.control.CheckBox.class).setSelected(true));
        assertThat(robot.lookup("#plancal-day-" + easy.date() + " #plancal-ghost-" + easy.id()).tryQuery()).isPresent();

        robot.interact(() -> robot.lookup("#plancal-undo").queryButton().fire());

        assertThat(stored()).filteredOn(s -> s.id() == easy.id()).extracting(SavedSession::date).containsExactly(easy.date());
        assertThat(robot.lookup("#plancal-ghost-" + easy.id()).tryQuery()).isEmpty();
    }

    @Test
    void aMissedWeekIsOfferedOnOpeningPreviewedAndAcceptedWithTheLogUntouched(final FxRobot robot) {
        final List<LoggedRun> log = services.tickOff().recentRuns(100);
        final long version = services.plans().currentVersion().orElseThrow().id();
        final List<SavedSession> before = stored();

        // On opening (Today), the offer is there above the screen.
        assertThat(shown(robot, "#shell-adapt-title")).isTrue();
        assertThat(robot.lookup("#shell-adapt-title").queryAs(Label.class).getText()).contains("3 sessions missed in a row");
        assertThat(shown(robot, "#shell-adapt-changes")).isFalse();
        robot.clickOn("#shell-adapt-changes-toggle");
        assertThat(shown(robot, "#shell-adapt-changes")).isTrue();
        assertThat(robot.lookup("#shell-adapt-changes .adapt-change-to").queryAll()).isNotEmpty();
        assertThat(services.plans().currentVersion().orElseThrow().id()).isEqualTo(version);

        robot.clickOn("#shell-adapt-accept");

        assertThat(services.plans().currentVersion().orElseThrow().id()).isNotEqualTo(version);
        final List<SavedSession> after = stored();
        // The future changed; the days already run are as they were.
        assertThat(after.stream().filter(s -> s.date().isAfter(TODAY)).map(s -> s.date() + s.type() + s.distanceM()).toList())
                .isNotEqualTo(before.stream().filter(s -> s.date().isAfter(TODAY)).map(s -> s.date() + s.type() + s.distanceM()).toList());
        assertThat(after.stream().filter(s -> s.status() == app.stride.plan.SessionStatus.DONE).map(SavedSession::date).toList())
                .isEqualTo(before.stream().filter(s -> s.status() == app.stride.plan.SessionStatus.DONE).map(SavedSession::date).toList());
        assertThat(services.tickOff().recentRuns(100)).extracting(LoggedRun::date)
                .containsExactlyElementsOf(log.stream().map(LoggedRun::date).toList());
        assertThat(shown(robot, "#shell-adapt-title")).isFalse();
        assertThat(robot.lookup("#shell-adapt-done").queryAs(Label.class).getText()).startsWith("Plan updated.");

        // The Plan screen shows the new version and no offer.
        robot.interact(() -> window.viewModel().navigate(Screen.PLAN));
        assertThat(shown(robot, "#plan-adapt-title")).isFalse();
        assertThat(robot.lookup("#plancal-grid .plancal-chip").queryAll()).hasSize(after.size());
    }

    @Test
    void keepAsIsDismissesTheOfferForTheDay(final FxRobot robot) {
        assertThat(shown(robot, "#shell-adapt-title")).isTrue();

        robot.clickOn("#shell-adapt-keep");

        assertThat(shown(robot, "#shell-adapt-title")).isFalse();
        robot.interact(() -> window.viewModel().navigate(Screen.LOG));
        assertThat(shown(robot, "#shell-adapt-title")).isFalse();
        robot.interact(() -> window.viewModel().navigate(Screen.PLAN));
        assertThat(shown(robot, "#plan-adapt-title")).isFalse();
        assertThat(services.setting("adapt.keptAsIsOn")).contains(TODAY.toString());
    }

    @Test
    void aNewRaceDateFromThePlanScreenIsPreviewedThenStored(final FxRobot robot) {
        robot.interact(() -> window.viewModel().navigate(Screen.PLAN));
        robot.interact(() -> robot.lookup("#plan-adapt-keep").queryButton().fire());
        final LocalDate race = services.plans().current().orElseThrow().raceDate().orElseThrow();
        assertThat(shown(robot, "#plan-change")).isFalse();

        robot.interact(() -> robot.lookup("#plan-change-open").queryButton().fire());
        assertThat(shown(robot, "#plan-change")).isTrue();
        robot.interact(() -> robot.lookup("#plan-change-race").queryAs(javafx.scene.control.DatePicker.class)
                .setValue(race.plusWeeks(1)));
        robot.interact(() -> robot.lookup("#plan-change-preview").queryButton().fire());

        assertThat(shown(robot, "#plan-adapt-title")).isTrue();
        assertThat(robot.lookup("#plan-adapt-title").queryAs(Label.class).getText()).isEqualTo("Your change, previewed");
        // A race a week later moves every session left: more than eight days, so they open in a sheet of their own.
        assertThat(shown(robot, "#plan-adapt-changes-review")).isTrue();
        assertThat(shown(robot, "#plan-adapt-changes")).isFalse();
        assertThat(services.plans().current().orElseThrow().raceDate()).contains(race);

        robot.interact(() -> robot.lookup("#plan-adapt-accept").queryButton().fire());

        assertThat(services.plans().current().orElseThrow().raceDate()).contains(race.plusWeeks(1));
        assertThat(shown(robot, "#plan-change")).isFalse();
        // Both versions are in the history, readable.
        robot.interact(() -> robot.lookup("#plan-history-toggle").queryAs(javafx.scene.control.ToggleButton.class).fire());
        assertThat(robot.lookup("#plan-history-list .plan-history-row").queryAll()).hasSize(2);
        final long old = services.plans().entries().get(1).id();
        robot.interact(() -> robot.lookup("#plan-history-open-" + old).queryButton().fire());
        assertThat(shown(robot, "#plan-history-calendar")).isTrue();
        assertThat(robot.lookup("#plan-history-calendar .plancal-chip").queryAll())
                .hasSize(services.plans().version(old).orElseThrow().sessions().size());
    }
}
