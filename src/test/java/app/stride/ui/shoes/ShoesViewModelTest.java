package app.stride.ui.shoes;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.app.StrideServices;
import app.stride.gear.Shoe;
import app.stride.settings.DistanceUnit;
import app.stride.settings.Settings;
import app.stride.store.DataFolder;
import app.stride.ui.task.ImmediateTaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShoesViewModelTest {

    @TempDir
    Path dir;

    private StrideServices services;
    private SimpleObjectProperty<Settings> settings;
    private ShoesViewModel vm;

    @BeforeEach
    void setUp() {
        services = StrideServices.open(new DataFolder(dir), Clock.fixed(Instant.parse("2026-11-25T08:00:00Z"), ZoneOffset.UTC));
        settings = new SimpleObjectProperty<>(Settings.DEFAULTS);
        vm = new ShoesViewModel(services.shoes(), new ImmediateTaskRunner(), settings);
        vm.load();
    }

    @Test
    void theFormStartsWithTheUsualLifeOfAShoe() {
        assertThat(vm.retireAtProperty().get()).isEqualTo("700");
        settings.set(Settings.DEFAULTS.withDistanceUnit(DistanceUnit.MI));
        assertThat(vm.retireAtProperty().get()).isEqualTo("435");
    }

    @Test
    void addsAPairInTheRunnersUnitAndClearsTheForm() {
        settings.set(Settings.DEFAULTS.withDistanceUnit(DistanceUnit.MI));
        vm.nameProperty().set("  Blue Pegasus ");
        vm.alreadyRunProperty().set("100");

        vm.add();

        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.all()).hasSize(1);
        final Shoe s = vm.all().get(0);
        assertThat(s.name()).isEqualTo("Blue Pegasus");
        assertThat(s.totalM()).isCloseTo(160_934.4, org.assertj.core.api.Assertions.within(0.1));
        assertThat(s.retireAtM()).isCloseTo(435 * 1609.344, org.assertj.core.api.Assertions.within(0.1));
        assertThat(vm.nameProperty().get()).isEmpty();
    }

    @Test
    void aMissingNameIsExplainedAndTheOtherFieldsStay() {
        vm.alreadyRunProperty().set("42");
        vm.add();
        assertThat(vm.errorFieldProperty().get()).isEqualTo("name");
        assertThat(vm.errorProperty().get()).startsWith("Name must be");
        assertThat(vm.alreadyRunProperty().get()).isEqualTo("42");
        assertThat(vm.all()).isEmpty();
    }

    @Test
    void anAbsurdLifeIsRefused() {
        vm.nameProperty().set("Racers");
        vm.retireAtProperty().set("20");
        vm.add();
        assertThat(vm.errorFieldProperty().get()).isEqualTo("retireAt");
        vm.retireAtProperty().set("lots");
        vm.add();
        assertThat(vm.errorFieldProperty().get()).isEqualTo("retireAt");
        assertThat(vm.all()).isEmpty();
    }

    @Test
    void retiredPairsGoToTheEndAndAreNotSuggested() {
        vm.nameProperty().set("Old");
        vm.add();
        vm.nameProperty().set("New");
        vm.add();
        final Shoe newer = vm.all().get(0);
        assertThat(newer.name()).isEqualTo("New");

        vm.retire(newer);

        assertThat(vm.all()).extracting(Shoe::name).containsExactly("Old", "New");
        assertThat(vm.all().get(1).retired()).isTrue();
        assertThat(services.shoes().suggested()).map(Shoe::name).contains("Old");
    }
}
