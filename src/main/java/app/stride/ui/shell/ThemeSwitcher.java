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
        Application.setUserAgentStylesheet(theme == Theme.DARK
                ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
        root.getStyleClass().removeAll("theme-light", "theme-dark");
        root.getStyleClass().add("theme-" + theme.code());
    }
}
