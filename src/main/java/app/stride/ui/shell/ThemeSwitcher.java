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

    public static void apply(final Parent root, final Theme theme) {
        final String sheet = theme == Theme.DARK
                ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
        // Setting the same sheet again would have every scene restyled for nothing.
        if (!sheet.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(sheet);
        }
        root.getStyleClass().removeAll("theme-light", "theme-dark");
        root.getStyleClass().add("theme-" + theme.code());
    }
}
