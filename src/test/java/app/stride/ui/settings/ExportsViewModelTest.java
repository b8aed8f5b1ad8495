package app.stride.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.app.StrideServices;
import app.stride.settings.Settings;
import app.stride.store.DataFolder;
import app.stride.ui.task.ImmediateTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportsViewModelTest {

    @TempDir
    Path dir;

    private ExportsViewModel vm() {
        final StrideServices s = StrideServices.open(new DataFolder(dir.resolve("d")), Clock.systemUTC());
        return new ExportsViewModel(s.exports(), s.backups(), new ImmediateTaskRunner(), new SimpleObjectProperty<>(Settings.DEFAULTS));
    }

    @Test
    void anExportShowsWhereItWroteForOpenFolder() throws Exception {
        final ExportsViewModel vm = vm();

        vm.export(ExportsViewModel.Kind.CSV, dir.resolve("log.csv"));

        assertThat(vm.writtenProperty().get()).contains(dir.resolve("log.csv"));
        assertThat(vm.statusProperty().get()).isEqualTo("Saved " + dir.resolve("log.csv"));
        assertThat(Files.readString(dir.resolve("log.csv"))).startsWith("Date,Planned session,Status");
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void aPlanExportWithoutAPlanSaysSoAndWritesNothing() {
        final ExportsViewModel vm = vm();

        vm.export(ExportsViewModel.Kind.PDF, dir.resolve("plan.pdf"));

        assertThat(vm.problemProperty().get()).contains("no plan yet");
        assertThat(vm.writtenProperty().get()).isEmpty();
        assertThat(dir.resolve("plan.pdf")).doesNotExist();
    }
}
