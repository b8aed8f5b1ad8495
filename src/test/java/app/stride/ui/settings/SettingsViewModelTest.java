package app.stride.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.settings.DistanceUnit;
import app.stride.settings.Settings;
import app.stride.settings.SettingsRepository;
import app.stride.settings.TemperatureUnit;
import app.stride.settings.Theme;
import app.stride.settings.WindowPlacement;
import app.stride.ui.task.ImmediateTaskRunner;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SettingsViewModelTest {

    /** Keeps every save, and can be told to fail. */
    public static final class RecordingRepository implements SettingsRepository {
        final List<Settings> saved = new ArrayList<>();
        boolean fail;

        @Override
        public Settings load() {
            return saved.isEmpty() ? Settings.DEFAULTS : saved.get(saved.size() - 1);
        }

        @Override
        public void save(final Settings settings) {
            if (fail) {
                throw new IllegalStateException("disk full");
            }
            saved.add(settings);
        }

        @Override
        public WindowPlacement loadWindowPlacement() {
            return WindowPlacement.DEFAULT;
        }

        @Override
        public void saveWindowPlacement(final WindowPlacement placement) {
        }
    }

    private RecordingRepository repo;
    private ObjectProperty<Settings> applied;
    private SettingsViewModel vm;

    @BeforeEach
    void setUp() {
        repo = new RecordingRepository();
        applied = new SimpleObjectProperty<>(Settings.DEFAULTS.withTemperatureUnit(TemperatureUnit.F));
        vm = new SettingsViewModel(repo, new ImmediateTaskRunner(), applied);
    }

    @Test
    void startsFromTheSettingsInForce() {
        assertThat(vm.distanceUnitProperty().get()).isEqualTo(DistanceUnit.KM);
        assertThat(vm.temperatureUnitProperty().get()).isEqualTo(TemperatureUnit.F);
        assertThat(vm.firstDayOfWeekProperty().get()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(vm.themeProperty().get()).isEqualTo(Theme.LIGHT);
        assertThat(repo.saved).isEmpty();
        assertThat(vm.statusProperty().get()).isEmpty();
    }

    @Test
    void aChangeAppliesAppWideAndIsSaved() {
        vm.distanceUnitProperty().set(DistanceUnit.MI);

        final Settings expected = Settings.DEFAULTS.withTemperatureUnit(TemperatureUnit.F).withDistanceUnit(DistanceUnit.MI);
        assertThat(applied.get()).isEqualTo(expected);
        assertThat(repo.saved).containsExactly(expected);
        assertThat(vm.statusProperty().get()).isEqualTo("Saved.");
    }

    @Test
    void everyFieldIsSaved() {
        vm.firstDayOfWeekProperty().set(DayOfWeek.SUNDAY);
        vm.themeProperty().set(Theme.DARK);
        vm.temperatureUnitProperty().set(TemperatureUnit.C);

        assertThat(repo.saved).hasSize(3);
        assertThat(repo.load()).isEqualTo(new Settings(DistanceUnit.KM, TemperatureUnit.C, DayOfWeek.SUNDAY, Theme.DARK));
    }

    @Test
    void settingTheSameValueAgainSavesNothing() {
        vm.themeProperty().set(Theme.LIGHT);
        assertThat(repo.saved).isEmpty();
    }

    @Test
    void anEmptyChoiceIsRefusedAndTheLastOneKept() {
        vm.distanceUnitProperty().set(null);

        assertThat(vm.distanceUnitProperty().get()).isEqualTo(DistanceUnit.KM);
        assertThat(repo.saved).isEmpty();
    }

    @Test
    void aFailedSaveIsReportedAndTheChoiceStaysOnScreen() {
        repo.fail = true;

        vm.themeProperty().set(Theme.DARK);

        // The raw exception text is for the log, not the screen.
        assertThat(vm.statusProperty().get()).contains("could not be saved").contains("details in the log").doesNotContain("disk full");
        assertThat(vm.themeProperty().get()).isEqualTo(Theme.DARK);
    }
}
