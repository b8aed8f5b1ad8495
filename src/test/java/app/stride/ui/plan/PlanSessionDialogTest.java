package app.stride.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.app.StrideServices;
import app.stride.plan.FitnessInput;
import app.stride.plan.Goal;
import app.stride.plan.PlanRequest;
import app.stride.plan.RaceDistance;
import app.stride.settings.Settings;
import app.stride.store.DataFolder;
import app.stride.tracking.Feel;
import app.stride.tracking.RunReport;
import app.stride.tracking.RunStatus;
import app.stride.ui.plan.PlanDisplay.SessionDisplay;
import app.stride.ui.task.ImmediateTaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the Plan's session dialog is given (new-user review): the effort said once, not on every step, and what was
 * logged for a done or skipped session. Over a real database; no toolkit.
 */
class PlanSessionDialogTest {

    /** Wednesday 20 January 2027: week 2 of a plan that started on Monday 11 January. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-01-20T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private StrideServices services;
    private PlanViewModel vm;

    @BeforeEach
    void setUp() {
        services = StrideServices.open(new DataFolder(dir), CLOCK);
        final SimpleObjectProperty<Settings> settings = new SimpleObjectProperty<>(Settings.DEFAULTS);
        final ImmediateTaskRunner tasks = new ImmediateTaskRunner();
        final PlanFormViewModel form = new PlanFormViewModel(services::planGenerator, services.plans(), tasks, settings, CLOCK);
        vm = new PlanViewModel(services.plans(), form, tasks, settings, CLOCK,
                () -> new app.stride.ui.common.Freshness(services.dataStamp(), LocalDate.now(CLOCK)));
        vm.readCutShortWith(services.tickOff()::cutShortSessions);
        vm.readRunsWith(services.tickOff()::sessionRuns);
    }

    /** A plan by effort (no race to set paces): a 5K to finish, three days a week, from 11 January. */
    private void saveByEffort() {
        services.plans().saveAsCurrent(services.planGenerator().generate(new PlanRequest(Goal.FINISH,
                Optional.of(RaceDistance.FIVE_K), Optional.empty(), Optional.of(LocalDate.of(2027, 1, 11)),
                Optional.empty(), Optional.of(8), EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SUNDAY),
                Optional.empty(), new FitnessInput(Optional.empty(), Optional.of(15_000.0), Optional.of(3),
                        Optional.empty(), Optional.empty(), Optional.empty(), 0, false))));
    }

    private List<SessionDisplay> sessions() {
        return vm.planProperty().get().orElseThrow().weeks().stream().flatMap(w -> w.sessions().stream()).toList();
    }

    @Test
    void aSessionByEffortSaysEachEffortOnceNotOnEveryStep() {
        saveByEffort();
        vm.load();

        final List<SessionDisplay> withSteps = sessions().stream().filter(s -> s.steps().size() > 1).toList();
        assertThat(withSteps).isNotEmpty();
        assertThat(vm.planProperty().get().orElseThrow().byEffort()).isTrue();
        for (SessionDisplay s : withSteps) {
            // The headline says the session's effort; no step says it again.
            assertThat(s.how()).as(s.typeLabel() + " " + s.date()).isNotEmpty();
            assertThat(s.steps()).as(s.typeLabel() + " " + s.date()).noneMatch(l -> l.contains(s.how()));
            // Any other effort (a warm-up's "easy") is said by one step only.
            for (app.stride.plan.SessionEffort e : app.stride.plan.SessionEffort.values()) {
                final String words = app.stride.text.PlanText.effort(e);
                assertThat(s.steps().stream().filter(l -> l.contains(words)).count())
                        .as(s.typeLabel() + " " + s.date() + " " + s.steps()).isLessThanOrEqualTo(1);
            }
        }
    }

    @Test
    void aDoneSessionShowsWhatWasLoggedAndASkippedOneItsNote() {
        saveByEffort();
        vm.load();
        final List<SessionDisplay> week1 = vm.planProperty().get().orElseThrow().weeks().get(0).sessions();
        final SessionDisplay done = week1.get(0);
        final SessionDisplay skipped = week1.get(1);
        services.runLog().log(done.day(), RunStatus.DONE, new RunReport(Optional.of(5200.0),
                Optional.of(Duration.ofSeconds(33 * 60 + 5)), Optional.of(6), Optional.of(Feel.GOOD),
                "Windy by the river"), Optional.empty());
        services.runLog().log(skipped.day(), RunStatus.SKIPPED, new RunReport(Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), "Sore calf"), Optional.empty());

        vm.load();

        final List<SessionDisplay> after = vm.planProperty().get().orElseThrow().weeks().get(0).sessions();
        final PlanDisplay.Logged ran = after.get(0).logged().orElseThrow();
        assertThat(ran.numbers()).isEqualTo("5.2 km · 33:05 · 6:22 /km");
        assertThat(ran.howItWent()).isEqualTo("Effort 6/10 · Felt good");
        assertThat(ran.note()).isEqualTo("Windy by the river");
        final PlanDisplay.Logged note = after.get(1).logged().orElseThrow();
        assertThat(after.get(1).status()).isEqualTo(PlanDisplay.Status.SKIPPED);
        assertThat(note.numbers()).isEmpty();
        assertThat(note.note()).isEqualTo("Sore calf");
        // A session still to run has nothing logged.
        assertThat(vm.planProperty().get().orElseThrow().weeks().get(2).sessions())
                .allSatisfy(s -> assertThat(s.logged()).isEmpty());
    }
}
