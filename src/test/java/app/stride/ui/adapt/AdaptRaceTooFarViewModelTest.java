package app.stride.ui.adapt;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.app.StrideServices;
import app.stride.plan.adapt.PlanChange;
import app.stride.plan.adapt.ReplannerTest;
import app.stride.settings.Settings;
import app.stride.store.DataFolder;
import app.stride.ui.task.ImmediateTaskRunner;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Change plan's preview of a race moved beyond what a re-plan can reach says the latest race day, not a start-date
 * range the runner cannot change (engineer review). Failed before the fix.
 */
class AdaptRaceTooFarViewModelTest {

    /** Tuesday of week 3 of the 10K plan from Monday 4 January 2027. */
    private static final LocalDate AS_OF = LocalDate.of(2027, 1, 19);

    @TempDir
    Path dir;

    @Test
    void aRaceTooFarOutSaysTheLatestRaceDayAndShowsNoOffer() {
        final StrideServices s = StrideServices.open(new DataFolder(dir),
                java.time.Clock.fixed(AS_OF.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        s.plans().saveAsCurrent(ReplannerTest.tenK());
        final AdaptBannerViewModel vm = new AdaptBannerViewModel(s.adapt(), AdaptBanner.dismissals(s),
                new ImmediateTaskRunner(), new SimpleObjectProperty<>(Settings.DEFAULTS), s.clock());

        vm.preview(new PlanChange(Optional.of(LocalDate.of(2027, 4, 25)), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty()));

        assertThat(vm.offerProperty().get()).isEmpty();
        assertThat(vm.problemProperty().get()).contains("Sun 11 Apr 2027").contains("12 weeks")
                .doesNotContain("start between");
    }
}
