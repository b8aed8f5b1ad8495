package app.stride.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.app.StrideServices;
import app.stride.plan.Goal;
import app.stride.plan.PlanRequest;
import app.stride.plan.PlanRepository.SavedSession;
import app.stride.plan.adapt.PlanChange;
import app.stride.plan.adapt.ReplannerTest;
import app.stride.settings.Settings;
import app.stride.store.DataFolder;
import app.stride.tracking.RunReport;
import app.stride.ui.plan.PlanHistoryViewModel.Entry;
import app.stride.ui.task.ImmediateTaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Change plan…" turns the form into only what changed; plan history lists every plan and version, readable. */
class PlanChangeAndHistoryTest {

    private static final LocalDate AS_OF = LocalDate.of(2027, 1, 24);

    @TempDir
    Path dir;

    private StrideServices services() {
        final StrideServices s = StrideServices.open(new DataFolder(dir), Clock.fixed(AS_OF.atTime(9, 0).toInstant(ZoneOffset.UTC),
                ZoneOffset.UTC));
        s.plans().saveAsCurrent(ReplannerTest.tenK());
        for (SavedSession x : s.plans().current().orElseThrow().sessions()) {
            if (!x.date().isAfter(LocalDate.of(2027, 1, 17))) {
                s.tickOff().done(x.id(), new RunReport(x.distanceM(), Optional.empty(), Optional.empty(), Optional.empty(), ""));
            }
        }
        return s;
    }

    private static PlanChangeViewModel form(final StrideServices s) {
        final PlanChangeViewModel vm = new PlanChangeViewModel();
        final var v = s.plans().currentVersion().orElseThrow();
        vm.edit(v.plan().request(), v.plan().raceDate());
        return vm;
    }

    @Test
    void theFormStartsFromThePlanAndSendsOnlyWhatChanged() {
        final StrideServices s = services();
        final PlanRequest request = s.plans().currentVersion().orElseThrow().plan().request();
        final PlanChangeViewModel vm = form(s);
        assertThat(vm.raceDateProperty().get()).isEqualTo(s.plans().current().orElseThrow().raceDate().orElseThrow());
        for (DayOfWeek d : DayOfWeek.values()) {
            assertThat(vm.dayProperty(d).get()).isEqualTo(request.days().contains(d));
        }

        assertThat(vm.change()).isEmpty();
        assertThat(vm.errorProperty().get()).startsWith("Nothing changed yet");

        final DayOfWeek added = java.util.Arrays.stream(DayOfWeek.values()).filter(d -> !request.days().contains(d)).findFirst().orElseThrow();
        vm.dayProperty(added).set(true);
        final PlanChange change = vm.change().orElseThrow();
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(change.days()).isPresent();
        assertThat(change.days().get()).contains(added).containsAll(request.days());
        assertThat(change.raceDate()).isEmpty();
        assertThat(change.goal()).isEmpty();
    }

    @Test
    void mistakesNameTheFieldAndKeepWhatWasTyped() {
        final PlanChangeViewModel vm = form(services());
        for (DayOfWeek d : DayOfWeek.values()) {
            vm.dayProperty(d).set(false);
        }
        assertThat(vm.change()).isEmpty();
        assertThat(vm.errorProperty().get()).isEqualTo("Running days: pick at least one day");

        vm.dayProperty(DayOfWeek.SATURDAY).set(true);
        vm.goalProperty().set(GoalChoice.RACE);
        vm.targetProperty().set("fast");
        assertThat(vm.change()).isEmpty();
        assertThat(vm.errorProperty().get()).startsWith("Target time:");
        assertThat(vm.targetProperty().get()).isEqualTo("fast");
    }

    @Test
    void runningRegularlyDropsTheRaceDay() {
        final PlanChangeViewModel vm = form(services());
        vm.goalProperty().set(GoalChoice.REGULAR);

        final PlanChange change = vm.change().orElseThrow();

        assertThat(change.goal()).contains(Goal.CONSISTENCY);
        assertThat(change.raceDate()).isEmpty();
        assertThat(change.targetTime()).isEmpty();
    }

    @Test
    void anAdaptedPlanShowsWhatEachChangedDayHadBefore() {
        final StrideServices s = services();
        final app.stride.plan.adapt.Proposal proposal = s.adapt().propose();
        final java.util.Map<LocalDate, String> expected = new java.util.TreeMap<>();
        proposal.changes().forEach(c -> expected.put(c.date(), c.from().map(x -> x.type().code()).orElse("rest")));
        s.adapt().apply(proposal);
        final var settings = new SimpleObjectProperty<>(Settings.DEFAULTS);
        final ImmediateTaskRunner tasks = new ImmediateTaskRunner();
        final PlanViewModel plan = new PlanViewModel(s.plans(), new PlanFormViewModel(s::planGenerator, s.plans(), tasks,
                settings, s.clock()), tasks, settings, s.clock());

        plan.load();

        final java.util.Map<LocalDate, String> was = plan.planProperty().get().orElseThrow().was();
        assertThat(was.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        // "Rest" where the day was empty, else the old session in a few words.
        expected.forEach((d, type) -> assertThat(was.get(d)).startsWith("rest".equals(type) ? "Rest"
                : PlanDisplay.typeName(type)));
        final PlanCalendar c = PlanCalendar.weeks(plan.planProperty().get().orElseThrow(), AS_OF);
        assertThat(c.rows().stream().flatMap(r -> r.days().stream()).filter(d -> d.was().isPresent()).count())
                .isEqualTo(expected.size());
    }

    @Test
    void historyListsEveryPlanAndVersionNewestFirstAndOpensOneToRead() {
        final StrideServices s = services();
        final long first = s.plans().currentVersion().orElseThrow().id();
        s.adapt().apply(s.adapt().propose());
        final long second = s.plans().currentVersion().orElseThrow().id();
        final PlanHistoryViewModel vm = new PlanHistoryViewModel(s.plans(), new ImmediateTaskRunner(),
                new SimpleObjectProperty<>(Settings.DEFAULTS), s.clock());

        vm.load();

        assertThat(vm.entriesProperty().get()).extracting(Entry::id).containsExactly(second, first);
        assertThat(vm.entriesProperty().get()).extracting(Entry::current).containsExactly(true, false);
        assertThat(vm.entriesProperty().get().get(0).detail()).isEqualTo("Made Sun 24 Jan 2027 · Version 2, changed from Sun 24 Jan");
        assertThat(vm.entriesProperty().get().get(1).detail()).doesNotContain("Version");
        assertThat(vm.entriesProperty().get().get(1).title()).isEqualTo(vm.entriesProperty().get().get(0).title());

        vm.open(first);

        final PlanDisplay old = vm.openedProperty().get().orElseThrow();
        final int sessions = old.weeks().stream().mapToInt(w -> w.sessions().size()).sum();
        assertThat(sessions).isEqualTo(s.plans().version(first).orElseThrow().sessions().size());
        assertThat(vm.openedEntryProperty().get().map(Entry::id)).contains(first);
        vm.close();
        assertThat(vm.openedProperty().get()).isEmpty();
    }
}
