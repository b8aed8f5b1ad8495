package app.stride.ui.today;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.app.StrideServices;
import app.stride.gear.Shoe;
import app.stride.settings.DistanceUnit;
import app.stride.settings.Settings;
import app.stride.store.DataFolder;
import app.stride.ui.task.ImmediateTaskRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 10: a pair within 10% of its limit shows a line on Today when picked; imported runs count toward it. */
class ShoeWarningTest {

    @TempDir
    Path dir;

    private final SimpleObjectProperty<Settings> settings = new SimpleObjectProperty<>(Settings.DEFAULTS);

    private TodayViewModel vm(final StrideServices s) {
        final TodayViewModel vm = new TodayViewModel(s.tickOff(), s.outfit(), s.weather(), s.shoes(), new ImmediateTaskRunner(), settings);
        vm.load();
        return vm;
    }

    private Shoe pair(final StrideServices s, final String name) {
        return s.shoes().all().stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aPairInTheLastFifthOfItsLifeIsFlaggedWhenPickedAndAFreshOneIsNot() {
        final StrideServices s = StrideServices.open(new DataFolder(dir), TodayViewModelTest.clockOn(TodayViewModelTest.TODAY));
        s.shoes().add("Old Pegasus", 640_000, 700_000);
        s.shoes().add("New Novablast", 50_000, 700_000);
        final TodayViewModel vm = vm(s);

        vm.shoeProperty().set(pair(s, "Old Pegasus"));
        assertThat(vm.shoeWarningProperty().get()).isEqualTo("Old Pegasus: 640 of 700 km. Time to look for a new pair.");
        settings.set(Settings.DEFAULTS.withDistanceUnit(DistanceUnit.MI));
        assertThat(vm.shoeWarningProperty().get()).contains("397.7 of 435 mi");

        vm.shoeProperty().set(pair(s, "New Novablast"));
        assertThat(vm.shoeWarningProperty().get()).isEmpty();
        assertThat(pair(s, "New Novablast").wearLevel()).isEqualTo(Shoe.WearLevel.OK);
    }

    @Test
    void anImportedRunCanTipAPairOverTheLine() throws Exception {
        final StrideServices s = StrideServices.open(new DataFolder(dir), TodayViewModelTest.clockOn(TodayViewModelTest.TODAY));
        s.shoes().add("Pegasus", 556_000, 700_000);
        assertThat(pair(s, "Pegasus").wearLevel()).isEqualTo(Shoe.WearLevel.OK);
        final Path tcx = Path.of(ShoeWarningTest.class.getResource("/app/stride/export/garmin-forerunner.tcx").toURI());

        s.imports().log(s.imports().read(List.of(tcx), Optional.empty()).get(0), true);

        assertThat(pair(s, "Pegasus").wearLevel()).isEqualTo(Shoe.WearLevel.NEAR_LIMIT);
        final TodayViewModel vm = vm(s);
        vm.shoeProperty().set(pair(s, "Pegasus"));
        assertThat(vm.shoeWarningProperty().get()).startsWith("Pegasus: 561 of 700 km");
    }
}
