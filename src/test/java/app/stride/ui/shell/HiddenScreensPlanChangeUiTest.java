package app.stride.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.app.StrideServices;
import app.stride.store.DataFolder;
import app.stride.ui.common.PlanChanges;
import app.stride.ui.plan.PlanView;
import app.stride.ui.plan.PlanViewModel;
import app.stride.ui.progress.ProgressView;
import app.stride.ui.progress.ProgressViewModel;
import app.stride.ui.task.ImmediateTaskRunner;
import app.stride.ui.task.TaskRunner;
import app.stride.ui.today.TodayView;
import app.stride.ui.today.TodayViewModel;
import app.stride.ui.today.TodayViewModelTest;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Plan, Progress and Today told of a plan change while the window has them put aside do not read then (the one
 * database thread has better work); shown again, they read and show the change. Plan does not read again for a change
 * it stored itself (its save has loaded already).
 */
@ExtendWith(ApplicationExtension.class)
class HiddenScreensPlanChangeUiTest {

    @TempDir
    Path dir;

    /** Where the shown screen goes, as the window's content. */
    private final StackPane content = new StackPane();
    private final Reads tasks = new Reads();
    private final PlanChanges changes = new PlanChanges();
    private StrideServices services;
    private PlanView plan;
    private ProgressView progress;
    private TodayView today;

    @Start
    void start(final Stage stage) {
        services = StrideServices.open(new DataFolder(dir), TodayViewModelTest.clockOn(LocalDate.of(2026, 7, 15)));
        final ScreenContext context = new ScreenContext(services, tasks, new SimpleObjectProperty<>(services.settings().load()),
                s -> { }, (d, e) -> { }, () -> { }, changes);
        plan = new PlanView(context);
        progress = new ProgressView(context);
        today = new TodayView(context);
        stage.setScene(new Scene(content, 1000, 700));
        stage.show();
    }

    /** Shows {@code root} as the window does without kept screens: the others leave the scene. */
    private void show(final app.stride.ui.common.ScreenView view) {
        content.getChildren().setAll(view.root());
        view.onShow();
        tasks.runAll();
    }

    @Test
    void aHiddenScreenToldOfAPlanChangeReadsOnlyWhenShownAndThenShowsIt(final FxRobot robot) {
        robot.interact(() -> {
            show(plan);
            show(progress);
            show(today);
            assertThat(shown(today.root().lookup("#screen-today-empty"))).isTrue();
            // Progress stays in the scene but hidden (as once the app keeps screens); Plan and Today are out of it.
            content.getChildren().setAll(progress.root());
            progress.root().setVisible(false);
            assertThat(plan.viewModel().planProperty().get()).isEmpty();

            TodayViewModelTest.savePlan(services);
            tasks.forget();
            changes.stored(new Object());

            assertThat(tasks.readsBy(PlanViewModel.class)).isZero();
            assertThat(tasks.readsBy(ProgressViewModel.class)).isZero();
            assertThat(tasks.readsBy(TodayViewModel.class)).isZero();
            tasks.runAll(); // what else heard of it (the Plan screen's banner looks again)
            assertThat(plan.viewModel().planProperty().get()).isEmpty();

            progress.root().setVisible(true);
            show(plan);
            assertThat(tasks.readsBy(PlanViewModel.class)).isPositive();
            assertThat(plan.viewModel().planProperty().get()).isPresent();
            show(today);
            assertThat(tasks.readsBy(TodayViewModel.class)).isPositive();
            assertThat(shown(today.root().lookup("#screen-today-empty"))).isFalse();
            show(progress);
            assertThat(tasks.readsBy(ProgressViewModel.class)).isPositive();
        });
    }

    @Test
    void theShownPlanScreenReadsAChangeFromElsewhereButNotItsOwn(final FxRobot robot) {
        robot.interact(() -> {
            TodayViewModelTest.savePlan(services);
            show(plan);
            tasks.forget();

            // Stored by its own form: its save has loaded the new plan already, so no second read.
            changes.stored(plan.viewModel());
            assertThat(tasks.readsBy(PlanViewModel.class)).isZero();

            changes.stored(new Object());
            assertThat(tasks.readsBy(PlanViewModel.class)).isEqualTo(1);
            tasks.runAll();
        });
    }

    private static boolean shown(final Node n) {
        if (n == null || n.getScene() == null) {
            return false;
        }
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Holds work until {@link #runAll()} and notes which class wrote each piece of work, so a screen's reads can be counted. */
    private static final class Reads implements TaskRunner {

        private final Deque<Runnable> queue = new ArrayDeque<>();
        private final List<String> asked = new ArrayList<>();

        @Override
        public <T> void run(final Callable<T> work, final Consumer<? super T> onSuccess, final Consumer<Throwable> onFailure) {
            asked.add(work.getClass().getName());
            queue.add(() -> new ImmediateTaskRunner().run(work, onSuccess, onFailure));
        }

        void runAll() {
            while (!queue.isEmpty()) {
                queue.poll().run();
            }
        }

        void forget() {
            asked.clear();
        }

        /** How many pieces of work asked for since {@link #forget()} were written in {@code owner} (its reads). */
        long readsBy(final Class<?> owner) {
            return asked.stream().filter(n -> n.startsWith(owner.getName() + "$$Lambda")).count();
        }
    }
}
