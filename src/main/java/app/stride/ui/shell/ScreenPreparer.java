package app.stride.ui.shell;

import app.stride.ui.common.ScreenView;
import app.stride.ui.task.TaskRunner;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Button;
import javafx.scene.layout.StackPane;
import javafx.scene.transform.Transform;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * Puts the window's screens in its content: only the shown one until {@link #prepareWhenIdle}, then every screen once
 * built (hidden unless shown), the others built, styled, laid out, loaded and drawn once off screen in the quiet moments
 * after start-up so that opening one later only shows it (issue 11: every screen under 100 ms).
 */
final class ScreenPreparer {

    /** Whether preparing a screen also draws it once off screen (on unless {@code -Dstride.prerender=false}). */
    private static final boolean PRERENDER = !"false".equals(System.getProperty("stride.prerender"));

    private final Map<Screen, ScreenView> views;
    private final StackPane content;
    private final TaskRunner tasks;
    private final Function<Screen, ScreenView> create;
    /** Whether built screens stay in the scene (see {@link #prepareWhenIdle}). */
    private boolean keepScreens;
    /** Set when {@link #prepareWhenIdle} has nothing left to build, style or lay out. */
    private boolean preparedAll;

    /** @param views the window's built screens, which this adds to as it builds */
    ScreenPreparer(final Map<Screen, ScreenView> views, final StackPane content, final TaskRunner tasks,
                   final Function<Screen, ScreenView> create) {
        this.views = views;
        this.content = content;
        this.tasks = tasks;
        this.create = create;
    }

    /** Makes {@code view} (of {@code screen}, already mounted) the one the content shows. */
    void show(final Screen screen, final ScreenView view) {
        if (keepScreens) {
            // Screens stay in the scene once built and only the shown one is visible and laid out: taking a screen
            // out of the scene and putting it back made JavaFX restyle all of it on every visit (100-270 ms here).
            views.forEach((s, v) -> {
                v.root().setVisible(s == screen);
                v.root().setManaged(s == screen);
            });
            reclaimEnterAndEscape(view.root());
        } else {
            content.getChildren().setAll(view.root());
        }
    }

    /**
     * A scene has one Enter and one Escape key for its default and cancel buttons, and a button only claims them when
     * it joins the scene or becomes default. With screens kept in the scene, another screen's button may hold them
     * (hidden, so it would do nothing): the shown screen's buttons take them back.
     */
    private static void reclaimEnterAndEscape(final Parent shown) {
        for (Node n : shown.lookupAll(".button")) {
            if (n instanceof Button b && b.isDefaultButton()) {
                b.setDefaultButton(false);
                b.setDefaultButton(true);
            }
            if (n instanceof Button b && b.isCancelButton()) {
                b.setCancelButton(false);
                b.setCancelButton(true);
            }
        }
    }

    /** Builds {@code screen}'s view; when screens are kept, puts it, hidden, in the window's content. */
    ScreenView mount(final Screen screen) {
        final ScreenView view = create.apply(screen);
        if (keepScreens) {
            view.root().setVisible(false);
            content.getChildren().add(view.root());
            // Given its place in the content before it is hidden from the content's layout: left unmanaged at the
            // size it was made with, the next pulse laid it out at a made-up width (a 310 px Settings), and a row
            // whose text wrapped there kept that height when widened (Settings' "Your data" rows 200-540 px tall).
            content.layout();
            view.root().setManaged(false);
        }
        return view;
    }

    /**
     * From now on keeps every screen in the scene once built, and prepares the others one at a time. Each step waits
     * for the database thread's queue first, so it never delays the data of the screen the runner sees. The app
     * calls this once its window is up; a window made without it (the UI tests) keeps only the shown screen in the scene.
     */
    void prepareWhenIdle(final Screen shown) {
        if (keepScreens) {
            return;
        }
        keepScreens = true;
        views.forEach((s, v) -> {
            if (s != shown) {
                v.root().setVisible(false);
                v.root().setManaged(false);
                content.getChildren().add(v.root());
            }
        });
        // A second's head start, so the first frame with the shown screen's data is out before anything else is built.
        final PauseTransition headStart = new PauseTransition(Duration.seconds(1));
        headStart.setOnFinished(e -> prepareNext(new ArrayDeque<>(List.of(Screen.values()))));
        headStart.play();
    }

    /**
     * Whether every screen has been built (by a visit or by {@link #prepareWhenIdle}) and, once preparing, the last one
     * also styled and laid out: until then, opening a screen competes with that last step.
     */
    boolean prepared() {
        return keepScreens ? preparedAll : views.size() == Screen.values().length;
    }

    private void prepareNext(final Deque<Screen> due) {
        afterQueuedWork(() -> {
            Screen next = due.poll();
            while (next != null && views.containsKey(next)) {
                next = due.poll();
            }
            if (next == null) {
                preparedAll = true;
                return;
            }
            final Screen screen = next;
            final ScreenView view = mount(screen);
            views.put(screen, view);
            view.onShow();
            // Styled and laid out at the window's size once its data is in, so showing it later only draws it.
            afterQueuedWork(() -> {
                if (!view.root().isVisible()) {
                    final Parent r = view.root();
                    r.setVisible(true); // JavaFX skips CSS for hidden nodes; no pulse runs before it is hidden again
                    r.setManaged(true);
                    r.applyCss();
                    // Laid out by the content itself, so at the size and place it gets when shown (inside the
                    // content's padding, within the screen's maximum width): any other size lays all of it out again
                    // on the first visit (a list re-measures every wrapped row it shows).
                    content.layout();
                    // Drawn once off screen too: a screen's first paint fills the render thread's caches (its
                    // region backgrounds, its glyphs), 20-30 ms of CPU of the Plan's or Progress' first opening
                    // (issue 11); the snapshot pays that now, in a quiet moment. -Dstride.prerender=false to compare.
                    if (PRERENDER) {
                        r.snapshot(prerenderAt(content), null);
                    }
                    // Unmanaging it again asks the content (and the window above it) for one more layout pass at
                    // the next pulse. Cheap: the hidden screen is skipped and the shown one gets the size it has, so
                    // nothing below the content is laid out again.
                    r.setManaged(false);
                    r.setVisible(false);
                }
                prepareNext(due);
            });
        });
    }

    /** Runs {@code step} on the UI thread once the database thread's queue so far is done, and a breath later. */
    private void afterQueuedWork(final Runnable step) {
        tasks.run(() -> Boolean.TRUE, quiet -> {
            final PauseTransition breath = new PauseTransition(Duration.millis(100));
            breath.setOnFinished(e -> step.run());
            breath.play();
        }, e -> { });
    }

    /**
     * Snapshot settings at the window's output scale: the render thread's caches (backgrounds, glyphs) are per scale,
     * so a snapshot at scale 1 would warm nothing the screen uses on a high-density display (125%, 200%).
     */
    private static SnapshotParameters prerenderAt(final Node shown) {
        final SnapshotParameters p = new SnapshotParameters();
        final Window w = shown.getScene() == null ? null : shown.getScene().getWindow();
        if (w != null && (w.getOutputScaleX() != 1 || w.getOutputScaleY() != 1)) {
            p.setTransform(Transform.scale(w.getOutputScaleX(), w.getOutputScaleY()));
        }
        return p;
    }
}
