package app.stride.ui.shell;

import app.stride.settings.Theme;
import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Parent;

/** Applies the light or dark AtlantaFX Primer theme to the whole app. */
public final class ThemeSwitcher {

    private ThemeSwitcher() {
    }

    /**
     * The theme's window background (Primer's {@code -color-bg-default}), for the scene's fill: the window is painted
     * with it before the first frame, instead of a white flash in the dark theme.
     */
    public static javafx.scene.paint.Color background(final Theme theme) {
        return theme == Theme.DARK ? javafx.scene.paint.Color.web("#0d1117") : javafx.scene.paint.Color.WHITE;
    }

    /** Applies {@code theme} to the app's stylesheet and to {@code root} (and its scene's fill, once it has one). */
    public static void apply(final Parent root, final Theme theme) {
        final String sheet = theme == Theme.DARK
                ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
        // Setting the same sheet again would have every scene restyled for nothing.
        if (!sheet.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(sheet);
        }
        root.getStyleClass().removeAll("theme-light", "theme-dark");
        root.getStyleClass().add("theme-" + theme.code());
        if (root.getScene() != null) {
            root.getScene().setFill(background(theme));
        }
    }
}
