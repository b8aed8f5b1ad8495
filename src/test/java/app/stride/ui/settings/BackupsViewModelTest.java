package app.stride.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.app.StrideServices;
import app.stride.gear.Shoe;
import app.stride.store.DataFolder;
import app.stride.ui.task.ImmediateTaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsViewModelTest {

    @TempDir
    Path dir;

    @Test
    void backUpNowThenRestoringItBringsBackTheDataAndKeepsWhatWasThereAside() {
        final StrideServices services = StrideServices.open(new DataFolder(dir),
                Clock.fixed(Instant.parse("2026-11-29T18:00:00Z"), ZoneOffset.UTC));
        services.shoes().add("Pegasus", 0, 700_000);
        final BackupsViewModel vm = new BackupsViewModel(services.backups(), new ImmediateTaskRunner());
        vm.load();
        assertThat(vm.copies()).isEmpty();

        vm.backUpNow();
        assertThat(vm.copies()).singleElement().extracting(c -> c.reason()).isEqualTo("manual");
        assertThat(vm.statusProperty().get()).startsWith("Backed up");
        services.shoes().add("Novablast", 0, 700_000);
        assertThat(services.shoes().all()).hasSize(2);

        vm.restore(vm.copies().get(0));

        assertThat(vm.problemProperty().get()).isEmpty();
        assertThat(services.shoes().all()).extracting(Shoe::name).containsExactly("Pegasus");
        assertThat(vm.copies()).extracting(c -> c.reason()).contains("before-restore", "manual");
        assertThat(vm.statusProperty().get()).contains("kept as");
        assertThat(vm.busyProperty().get()).isFalse();
    }
}
