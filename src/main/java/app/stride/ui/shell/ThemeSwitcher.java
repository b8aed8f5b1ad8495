package app.stride.ui.shell;

import app.stride.settings.Theme;
import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.paint.Color;

/** Applies the light or dark AtlantaFX Primer theme to the whole app. */
public final class ThemeSwitcher {

    /** Primer Dark's page background ({@code -color-bg-default}); stride.css names it in a comment only. */
    private static final Color DARK_BACKGROUND = Color.web("#0d1117");

    /**
     * Whether the toolkit has been given the sheet in {@link Application#getUserAgentStylesheet()}: a theme chosen
     * before the toolkit starts (a window built ahead, issue 11) is kept by JavaFX but reaches its styling only when
     * set again once the toolkit is up ({@link #toolkitStarted()}).
     */
    private static volatile boolean platformHasIt;

    private ThemeSwitcher() {
    }

    /**
     * The theme's window background (Primer's {@code -color-bg-default}), for the scene's fill: the window is painted
     * with it before the first frame, instead of a white flash in the dark theme.
     */
    public static Color background(final Theme theme) {
        return theme == Theme.DARK ? DARK_BACKGROUND : Color.WHITE;
    }

    /** Applies {@code theme} to the app's stylesheet and to {@code root} (and its scene's fill, once it has one). */
    public static void apply(final Parent root, final Theme theme) {
        use(theme == Theme.DARK
                ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
        root.getStyleClass().removeAll("theme-light", "theme-dark");
        root.getStyleClass().add("theme-" + theme.code());
        if (root.getScene() != null) {
            root.getScene().setFill(background(theme));
        }
    }

    /**
     * Sets the sheet before any control is made (a control's class loads Modena when no sheet is chosen yet). From any
     * thread: on the UI thread at once, from another once the toolkit is up queued to it, before the toolkit starts
     * only remembered (JavaFX keeps the choice, then says it has no toolkit) until {@link #toolkitStarted()}.
     */
    private static void use(final String sheet) {
        // Setting the same sheet again would have every scene restyled for nothing.
        if (platformHasIt && sheet.equals(Application.getUserAgentStylesheet())) {
            return;
        }
        try {
            Application.setUserAgentStylesheet(sheet);
            platformHasIt = true;
        } catch (IllegalStateException toolkitNotStarted) {
            platformHasIt = false; // the choice itself is kept: Application stores it before it asks the toolkit
        }
    }

    /** Once the toolkit is up: hands it a theme that was chosen before it started (nothing to do otherwise). */
    public static void toolkitStarted() {
        final String sheet = Application.getUserAgentStylesheet();
        if (!platformHasIt && sheet != null) {
            Application.setUserAgentStylesheet(sheet);
            platformHasIt = true;
        }
    }
}
