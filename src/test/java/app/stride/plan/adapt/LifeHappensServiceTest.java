package app.stride.plan.adapt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.stride.app.StrideServices;
import app.stride.common.InvalidInputException;
import app.stride.plan.PlanRepository.PlanVersion;
import app.stride.plan.PlanRepository.SavedSession;
import app.stride.store.DataFolder;
import app.stride.tracking.RunReport;
import app.stride.ui.today.TodayViewModelTest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Life happens over a real plan in SQLite: the change is stored in the plan's sessions, undo puts back exactly. */
class LifeHappensServiceTest {

    @TempDir
    Path dir;

    private StrideServices services;
    private LifeHappensService life;

    @BeforeEach
    void setUp() {
        services = StrideServices.open(new DataFolder(dir), TodayViewModelTest.clockOn(TodayViewModelTest.TODAY));
        TodayViewModelTest.savePlan(services);
        life = services.lifeHappens();
    }

    private PlanVersion version() {
        return services.plans().currentVersion().orElseThrow();
    }

    private SavedSession today() {
        return services.tickOff().today().today().orElseThrow();
    }

    @Test
    void shorteningIsStoredAndUndoPutsBackEveryStoredValue() {
        final PlanVersion before = version();
        final int planned = today().durationS().orElseThrow();

        final LifeChange change = life.shorten(20);
        assertThat(version()).isEqualTo(before); // a preview stores nothing
        life.apply(change);

        assertThat(today().durationS().orElseThrow()).isLessThanOrEqualTo(20 * 60).isLessThan(planned);
        assertThat(app.stride.text.PlanText.description(today().description(), app.stride.settings.DistanceUnit.KM)).startsWith("Shortened to 20 min.");
        assertThat(today().id()).isEqualTo(change.edits().get(0).sessionId());
        assertThat(services.plans().historyCount()).isZero(); // in place: no new plan version

        life.undo(change);
        assertThat(version()).isEqualTo(before);
    }

    @Test
    void eachStoredSessionIsPairedWithItsOwnContentWhateverTheOrder() {
        // Review defect: days() paired the stored sessions and the plan's sessions by position.
        final PlanVersion v = version();
        final java.util.List<SavedSession> reversed = new java.util.ArrayList<>(v.sessions());
        java.util.Collections.reverse(reversed);
        final PlanVersion shuffled = new PlanVersion(v.id(), v.plan(), reversed, v.previousId(), v.adaptedFrom(), v.exact());

        final java.util.List<PlanDay> days = LifeHappensService.days(shuffled);

        assertThat(days).hasSameSizeAs(reversed).allSatisfy(d -> {
            final SavedSession saved = reversed.stream().filter(x -> x.id() == d.id()).findFirst().orElseThrow();
            assertThat(d.session().date()).isEqualTo(saved.originalDate());
            assertThat(d.session().type().code()).isEqualTo(saved.type());
            assertThat(d.session().duration().map(java.time.Duration::toSeconds).map(Long::intValue)).isEqualTo(saved.durationS());
        });
    }

    @Test
    void easingAndTheIndoorVersionRoundTripToo() {
        final PlanVersion before = version();
        final LifeChange eased = life.ease();
        assertThat(eased.edits()).isNotEmpty();
        life.apply(eased);
        assertThat(version().plan().sessions()).filteredOn(s -> !s.date().isAfter(TodayViewModelTest.TODAY.plusDays(2))
                && !s.date().isBefore(TodayViewModelTest.TODAY)).noneMatch(s -> s.type().isHard());
        life.undo(eased);
        assertThat(version()).isEqualTo(before);

        final LifeChange indoor = life.indoor();
        life.apply(indoor);
        assertThat(app.stride.text.PlanText.description(today().description(), app.stride.settings.DistanceUnit.KM)).startsWith("Indoors on a treadmill");
        life.undo(indoor);
        assertThat(version()).isEqualTo(before);
    }

    @Test
    void aStalePreviewOrUndoIsRefusedAndChangesNothing() {
        final LifeChange change = life.shorten(20);
        services.tickOff().done(today().id(), new RunReport(Optional.of(3000.0), Optional.of(Duration.ofMinutes(20)),
                Optional.empty(), Optional.empty(), ""));
        final PlanVersion done = version();

        assertThatThrownBy(() -> life.apply(change))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("plan"));
        assertThatThrownBy(() -> life.undo(change)).isInstanceOf(InvalidInputException.class);
        assertThat(version()).isEqualTo(done);
    }
}
