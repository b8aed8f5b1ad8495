package app.stride.settings;

/** Where settings live; the store implements it. */
public interface SettingsRepository {

    Settings load();

    void save(Settings settings);

    WindowPlacement loadWindowPlacement();

    void saveWindowPlacement(WindowPlacement placement);
}
