package app.stride.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.app.DataHealth;
import app.stride.settings.Settings;
import app.stride.ui.task.ImmediateTaskRunner;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

/** Settings → "Check my data": the result in words, marked as a problem when the check found damage or failed. */
class CheckMyDataViewModelTest {

    private static SettingsViewModel vm(final java.util.concurrent.Callable<DataHealth> checker) {
        return new SettingsViewModel(new SettingsViewModelTest.RecordingRepository(), new ImmediateTaskRunner(),
                new SimpleObjectProperty<>(Settings.DEFAULTS), checker);
    }

    @Test
    void soundDataIsReportedAsSound() {
        final SettingsViewModel vm = vm(() -> new DataHealth(true, "Your data is sound"));
        assertThat(vm.checkResultProperty().get()).isEmpty();

        vm.checkData();

        assertThat(vm.checkResultProperty().get()).isEqualTo("Your data is sound");
        assertThat(vm.checkFoundProblemsProperty().get()).isFalse();
        assertThat(vm.checkingProperty().get()).isFalse();
    }

    @Test
    void damageAndFailuresAreMarkedAsProblems() {
        final SettingsViewModel damaged = vm(() -> new DataHealth(false, "SQLite found 7 problem(s)"));
        damaged.checkData();
        assertThat(damaged.checkResultProperty().get()).contains("7 problem");
        assertThat(damaged.checkFoundProblemsProperty().get()).isTrue();

        final SettingsViewModel failed = vm(() -> {
            throw new IllegalStateException("The disk is full");
        });
        failed.checkData();
        assertThat(failed.checkResultProperty().get()).isEqualTo("The disk is full");
        assertThat(failed.checkFoundProblemsProperty().get()).isTrue();
        assertThat(failed.checkingProperty().get()).isFalse();
    }
}
