package app.stride.ui.adapt;

import static app.stride.ui.UiTestBench.shown;
import static org.assertj.core.api.Assertions.assertThat;

import app.stride.app.StrideServices;
import app.stride.ui.UiTestBench;
import app.stride.ui.shell.MainWindow;
import app.stride.ui.shell.Screen;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Review: at 1120×720 the shell's re-plan preview was squeezed to two rows with its own scroll bar. */
@ExtendWith(ApplicationExtension.class)
class AdaptBannerUiTest {

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
        window = bench.show(stage);
    }

    @Test
    void thePreviewShowsEveryChangedDayAndTheUpdatedLineGoesOnTheNextScreen(final FxRobot robot) {
        robot.clickOn("#shell-adapt-changes-toggle");
        bench.settle(robot);
        final Region rows = robot.lookup("#shell-adapt-changes").queryAs(Region.class);
        final ScrollPane scroll = (ScrollPane) rows.getParent().getParent().getParent();
        final long count = robot.lookup("#shell-adapt-changes .adapt-change-to").queryAll().size();
        assertThat(count).as("a few changed days").isBetween(2L, 8L);
        assertThat(rows.getHeight()).isLessThan(AdaptBanner.MAX_PREVIEW_HEIGHT);
        assertThat(scroll.getViewportBounds().getHeight()).as("every row shows, no scroll bar of its own")
                .isGreaterThanOrEqualTo(rows.getHeight() - 1);

        robot.clickOn("#shell-adapt-accept");
        assertThat(shown(robot, "#shell-adapt-done")).isTrue();
        robot.interact(() -> window.viewModel().navigate(Screen.LOG));
        assertThat(shown(robot, "#shell-adapt-done")).as("read on the screen where it happened").isFalse();
    }

    /**
     * Review: a long preview (a change of training days moves every session left) scrolled inside a strip of the
     * banner. It now opens in a sheet of its own with every changed day; Escape closes it and changes nothing.
     */
    @Test
    void aLongPreviewOpensInASheetThatEscapeCloses(final FxRobot robot) {
        final AdaptBannerViewModel vm = window.adaptBanner();
        robot.interact(() -> vm.preview(new app.stride.plan.adapt.PlanChange(Optional.empty(),
                Optional.of(java.util.EnumSet.of(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.WEDNESDAY,
                        java.time.DayOfWeek.FRIDAY, java.time.DayOfWeek.SATURDAY)), Optional.empty(), Optional.empty(), Optional.empty())));
        final int changed = vm.offerProperty().get().orElseThrow().changes().size();
        assertThat(changed).as("a long preview").isGreaterThan(ChangesSheet.INLINE_ROWS);
        assertThat(shown(robot, "#shell-adapt-changes")).as("no strip scrolling inside the banner").isFalse();
        assertThat(shown(robot, "#shell-adapt-changes-review")).isTrue();
        final long version = services.plans().currentVersion().orElseThrow().id();

        robot.clickOn("#shell-adapt-changes-review");

        assertThat(robot.lookup("#shell-adapt-sheet-changes .adapt-change-to").queryAll()).hasSize(changed);
        // A dialog over a dimmed window, with a surface and an edge of its own (it was the page's colour, no edge).
        final javafx.scene.Node page = robot.lookup("#shell-adapt-changes-review").query().getScene().getRoot();
        assertThat(page.getEffect()).as("the scrim behind the sheet").isNotNull();
        final javafx.scene.layout.Region sheet = robot.lookup("#shell-adapt-sheet").queryAs(javafx.scene.layout.Region.class);
        assertThat(sheet.getBorder()).as("the sheet's edge").isNotNull();
        assertThat(((javafx.stage.Stage) sheet.getScene().getWindow()).getModality()).isNotEqualTo(javafx.stage.Modality.NONE);
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        assertThat(robot.lookup("#shell-adapt-sheet").tryQuery()).as("Escape closed the sheet").isEmpty();
        assertThat(page.getEffect()).as("the scrim goes with the sheet").isNull();
        assertThat(services.plans().currentVersion().orElseThrow().id()).as("closing changes nothing").isEqualTo(version);
        assertThat(vm.offerProperty().get()).as("the preview stays on the banner").isPresent();

        robot.clickOn("#shell-adapt-changes-review");
        robot.clickOn("#shell-adapt-sheet-accept");
        assertThat(services.plans().currentVersion().orElseThrow().id()).as("Accept in the sheet stores the change")
                .isNotEqualTo(version);
    }
}
