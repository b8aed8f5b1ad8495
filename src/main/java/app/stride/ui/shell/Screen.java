package app.stride.ui.shell;

/** The screens of the main window, in sidebar order. */
public enum Screen {
    TODAY("today", "mdi2c-calendar-today"),
    PLAN("plan", "mdi2c-calendar-month-outline"),
    LOG("log", "mdi2n-notebook-outline"),
    PROGRESS("progress", "mdi2c-chart-line"),
    OUTFIT("outfit", "mdi2t-tshirt-crew-outline"),
    SHOES("shoes", "mdi2s-shoe-sneaker"),
    SETTINGS("settings", "mdi2c-cog-outline");

    private final String key;
    private final String icon;

    Screen(final String key, final String icon) {
        this.key = key;
        this.icon = icon;
    }

    /** Bundle key stem, e.g. {@code screen.today}. */
    public String key() {
        return "screen." + key;
    }

    /** Ikonli Material Design 2 icon literal. */
    public String icon() {
        return icon;
    }
}
