package app.stride.settings;

/** Where settings live; the store implements it. */
public interface SettingsRepository {

    Settings load();

    void save(Settings settings);

    /**
     * Saves only what differs between {@code before} (what the screen started from) and {@code after}: another
     * window's change to a different setting is kept, not overwritten with this window's stale copy.
     */
    default void saveChanges(final Settings before, final Settings after) {
        save(after);
    }

    WindowPlacement loadWindowPlacement();

    void saveWindowPlacement(WindowPlacement placement);
}
