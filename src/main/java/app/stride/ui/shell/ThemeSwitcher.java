package app.stride.ui.shell;

import app.stride.settings.Theme;
import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.paint.Color;

/**
 * Applies the light or dark AtlantaFX Primer theme to the whole app. The toolkit is only ever given the sheet on the
 * UI thread (as {@link Application#setUserAgentStylesheet} requires); a choice made elsewhere waits here until then.
 */
public final class ThemeSwitcher {

    /** Primer Dark's page background ({@code -color-bg-default}); stride.css names it in a comment only. */
    private static final Color DARK_BACKGROUND = Color.web("#0d1117");

    /** How long {@link #handOverAndWait} waits for the UI thread before the build ahead gives up. */
    private static final long HAND_OVER_SECONDS = 10;

    /** The sheet last chosen, from any thread; handed to the toolkit on the UI thread ({@link #handOver()}). */
    private static volatile String chosen;

    private ThemeSwitcher() {
    }

    /**
     * The theme's window background (Primer's {@code -color-bg-default}), for the scene's fill: the window is painted
     * with it before the first frame, instead of a white flash in the dark theme.
     */
    public static Color background(final Theme theme) {
        return theme == Theme.DARK ? DARK_BACKGROUND : Color.WHITE;
    }

    /**
     * Applies {@code theme} to the app's stylesheet and to {@code root} (and its scene's fill, once it has one). On the
     * UI thread the toolkit has the sheet when this returns; from another thread it is queued to the UI thread once
     * the toolkit is up, and kept for {@link #toolkitStarted()} before that.
     */
    public static void apply(final Parent root, final Theme theme) {
        chosen = sheet(theme);
        if (Platform.isFxApplicationThread()) {
            handOver();
        } else {
            try {
                Platform.runLater(ThemeSwitcher::handOver);
            } catch (IllegalStateException toolkitNotStarted) {
                // Kept in `chosen`: toolkitStarted() hands it over on the UI thread.
            }
        }
        root.getStyleClass().removeAll("theme-light", "theme-dark");
        root.getStyleClass().add("theme-" + theme.code());
        if (root.getScene() != null) {
            root.getScene().setFill(background(theme));
        }
    }

    /**
     * Off the UI thread, with the toolkit up: chooses {@code theme} and returns once the UI thread has handed it to the
     * toolkit, so that controls made on this thread afterwards find it (a control's class loads Modena, from whatever
     * thread, when the app has no sheet yet). Throws {@link IllegalStateException} when the toolkit is not up or the
     * UI thread does not get to it within 10 s; the caller then leaves the controls to the UI thread.
     */
    public static void handOverAndWait(final Theme theme) {
        chosen = sheet(theme);
        if (Platform.isFxApplicationThread()) {
            handOver();
            return;
        }
        final CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            handOver();
            done.countDown();
        });
        try {
            if (!done.await(HAND_OVER_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the UI thread did not take the theme within " + HAND_OVER_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the UI thread took the theme", e);
        }
    }

    /** Whether the toolkit has {@code theme}'s sheet (set on the UI thread, so a control made now is themed). */
    public static boolean toolkitHas(final Theme theme) {
        return sheet(theme).equals(Application.getUserAgentStylesheet());
    }

    /** On the UI thread, once the toolkit is up: hands it a theme chosen before (nothing to do otherwise). */
    public static void toolkitStarted() {
        handOver();
    }

    /** On the UI thread: gives the toolkit the chosen sheet unless it has it (setting it again restyles every scene). */
    private static void handOver() {
        final String sheet = chosen;
        if (sheet != null && !sheet.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(sheet);
        }
    }

    private static String sheet(final Theme theme) {
        return theme == Theme.DARK ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
    }
}
