package app.stride.ui.shell;

import app.stride.settings.Settings;
import app.stride.settings.SettingsRepository;
import app.stride.settings.WindowPlacement;
import app.stride.ui.task.TaskRunner;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** State of the main window: which screen shows and the settings in force. */
public final class ShellViewModel {

    private final SettingsRepository settingsRepository;
    private final TaskRunner tasks;
    private final ObjectProperty<Screen> current = new SimpleObjectProperty<>(Screen.TODAY);
    private final ObjectProperty<Settings> settings = new SimpleObjectProperty<>(Settings.DEFAULTS);
    private static final Logger LOG = Logger.getLogger(ShellViewModel.class.getName());

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

    public void navigate(final Screen screen) {
        current.set(screen);
    }

    /** Remembers where the window was; saved in the background so closing stays instant. */
    public void rememberPlacement(final WindowPlacement placement) {
        // The window is closing: nobody would read a message, so a failure goes to the log file.
        tasks.run(() -> settingsRepository.saveWindowPlacement(placement),
                e -> LOG.log(Level.WARNING, "cannot remember the window placement", e));
    }
}
