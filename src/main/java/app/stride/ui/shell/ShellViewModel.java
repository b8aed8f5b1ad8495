package app.stride.ui.shell;

import app.stride.settings.Settings;
import app.stride.settings.SettingsRepository;
import app.stride.settings.WindowPlacement;
import app.stride.ui.task.TaskRunner;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/** State of the main window: which screen shows, the settings in force, and a problem to tell the runner about. */
public final class ShellViewModel {

    private final SettingsRepository settingsRepository;
    private final TaskRunner tasks;
    private final ObjectProperty<Screen> current = new SimpleObjectProperty<>(Screen.TODAY);
    private final ObjectProperty<Settings> settings = new SimpleObjectProperty<>(Settings.DEFAULTS);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    public ShellViewModel(final SettingsRepository settingsRepository, final TaskRunner tasks, final Settings initial) {
        this.settingsRepository = settingsRepository;
        this.tasks = tasks;
        this.settings.set(initial);
    }

    public ObjectProperty<Screen> currentProperty() {
        return current;
    }

    /** The settings in force; the Settings screen writes it, every other screen reads it. */
    public ObjectProperty<Settings> settingsProperty() {
        return settings;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public void navigate(final Screen screen) {
        current.set(screen);
    }

    /** Remembers where the window was; saved in the background so closing stays instant. */
    public void rememberPlacement(final WindowPlacement placement) {
        tasks.run(() -> settingsRepository.saveWindowPlacement(placement), e -> problem.set(e.getMessage()));
    }
}
