package app.stride.ui.settings;

import app.stride.app.DataHealth;
import app.stride.common.Messages;
import app.stride.settings.DistanceUnit;
import app.stride.settings.Settings;
import app.stride.settings.SettingsRepository;
import app.stride.settings.TemperatureUnit;
import app.stride.settings.Theme;
import app.stride.ui.task.TaskRunner;
import java.time.DayOfWeek;
import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The Settings screen's state. Every change applies at once (the whole app follows it) and is saved in the
 * background; there is no Save button to forget.
 */
public final class SettingsViewModel {

    private final SettingsRepository repository;
    private final TaskRunner tasks;
    private final ObjectProperty<Settings> applied;

    private final ObjectProperty<DistanceUnit> distanceUnit = new SimpleObjectProperty<>();
    private final ObjectProperty<TemperatureUnit> temperatureUnit = new SimpleObjectProperty<>();
    private final ObjectProperty<DayOfWeek> firstDayOfWeek = new SimpleObjectProperty<>();
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper saveFailures = new ReadOnlyIntegerWrapper(0);

    private final Callable<DataHealth> checker;
    private final ReadOnlyStringWrapper checkResult = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper checkFoundProblems = new ReadOnlyBooleanWrapper(false);

    private boolean updating;

    /** {@code applied} is the app-wide settings property; the ViewModel starts from its value. */
    public SettingsViewModel(final SettingsRepository repository, final TaskRunner tasks, final ObjectProperty<Settings> applied) {
        this(repository, tasks, applied, () -> new DataHealth(true, ""));
    }

    /** As above, with {@code checker} doing "Check my data" (in the background). */
    public SettingsViewModel(final SettingsRepository repository, final TaskRunner tasks, final ObjectProperty<Settings> applied,
                             final Callable<DataHealth> checker) {
        this.checker = checker;
        this.repository = repository;
        this.tasks = tasks;
        this.applied = applied;
        show(applied.get());
        distanceUnit.addListener((o, a, b) -> changed());
        temperatureUnit.addListener((o, a, b) -> changed());
        firstDayOfWeek.addListener((o, a, b) -> changed());
        theme.addListener((o, a, b) -> changed());
    }

    private void show(final Settings s) {
        updating = true;
        try {
            distanceUnit.set(s.distanceUnit());
            temperatureUnit.set(s.temperatureUnit());
            firstDayOfWeek.set(s.firstDayOfWeek());
            theme.set(s.theme());
        } finally {
            updating = false;
        }
    }

    private void changed() {
        if (updating) {
            return;
        }
        // A toggle group can briefly deselect everything; keep the last valid choice instead of saving a gap.
        if (distanceUnit.get() == null || temperatureUnit.get() == null || firstDayOfWeek.get() == null || theme.get() == null) {
            show(applied.get());
            return;
        }
        final Settings s = new Settings(distanceUnit.get(), temperatureUnit.get(), firstDayOfWeek.get(), theme.get());
        final Settings before = applied.get();
        if (s.equals(before)) {
            return;
        }
        applied.set(s);
        status.set("");
        tasks.run(() -> {
            // only the setting that changed: another window's change to a different one must survive
            repository.saveChanges(before, s);
            return s;
        }, saved -> status.set(Messages.get("settings.saved")), e -> {
            status.set(Messages.get("settings.saveFailed"));
            saveFailures.set(saveFailures.get() + 1);
        });
    }

    /** "Check my data": reads every page of the database in the background and reports what it found. */
    public void checkData() {
        if (checking.get()) {
            return;
        }
        checking.set(true);
        checkFoundProblems.set(false);
        checkResult.set(Messages.get("check.running"));
        tasks.run(checker, health -> {
            checking.set(false);
            checkFoundProblems.set(!health.ok());
            checkResult.set(health.message());
        }, e -> {
            checking.set(false);
            checkFoundProblems.set(true);
            checkResult.set(e.getMessage());
        });
    }

    /** What the last "Check my data" found; empty before the first check. */
    public ReadOnlyStringProperty checkResultProperty() {
        return checkResult.getReadOnlyProperty();
    }

    /** True while a check runs (the button is disabled meanwhile). */
    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }

    /** True when the last check found damage or could not run. */
    public ReadOnlyBooleanProperty checkFoundProblemsProperty() {
        return checkFoundProblems.getReadOnlyProperty();
    }

    public ObjectProperty<DistanceUnit> distanceUnitProperty() {
        return distanceUnit;
    }

    public ObjectProperty<TemperatureUnit> temperatureUnitProperty() {
        return temperatureUnit;
    }

    public ObjectProperty<DayOfWeek> firstDayOfWeekProperty() {
        return firstDayOfWeek;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** Counts saves that failed, so the view can raise a notice each time one does. */
    public ReadOnlyIntegerProperty saveFailuresProperty() {
        return saveFailures.getReadOnlyProperty();
    }

    /** "Saved", or what went wrong; empty before the first change. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
