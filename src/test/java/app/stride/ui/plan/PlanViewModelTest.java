package app.stride.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.app.StrideServices;
import app.stride.plan.FitnessInput;
import app.stride.plan.Goal;
import app.stride.plan.PlanRequest;
import app.stride.plan.RaceDistance;
import app.stride.plan.RaceResult;
import app.stride.settings.DistanceUnit;
import app.stride.settings.Settings;
import app.stride.store.DataFolder;
import app.stride.ui.plan.PlanDisplay.SessionDisplay;
import app.stride.ui.plan.PlanDisplay.WeekDisplay;
import app.stride.ui.task.ImmediateTaskRunner;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Plan screen's ViewModel over a real database; no toolkit needed. */
class PlanViewModelTest {

    /** Wednesday 20 January 2027: week 2 of a plan that started on Monday 11 January. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-01-20T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private StrideServices services;
    private ObjectProperty<Settings> settings;
    private PlanViewModel vm;

    @BeforeEach
    void setUp() {
        services = StrideServices.open(new DataFolder(dir), CLOCK);
        settings = new SimpleObjectProperty<>(Settings.DEFAULTS);
        final ImmediateTaskRunner tasks = new ImmediateTaskRunner();
        final PlanFormViewModel form = new PlanFormViewModel(services::planGenerator, services.plans(), tasks, settings, CLOCK);
        // As the screen has it: the stored data's stamp and the day, so every test here also shows writes are seen.
        vm = new PlanViewModel(services.plans(), form, tasks, settings, CLOCK,
                () -> new app.stride.ui.common.Freshness(services.dataStamp(), LocalDate.now(CLOCK)));
    }

    /** Issue 11: showing the Plan screen again rebuilt its whole sheet though nothing had changed (failed before). */
    @Test
    void showingThePlanAgainWithNothingWrittenRedrawsNothingButATickOffIsShown() {
        saveTenK();
        vm.load();
        final int[] redraws = {0};
        vm.planProperty().addListener(o -> redraws[0]++);

        vm.load();
        vm.load();

        assertThat(redraws[0]).as("nothing was written: the plan shown stays as it is").isZero();
        final SessionDisplay first = vm.planProperty().get().orElseThrow().weeks().get(0).sessions().get(0);
        services.tickOff().done(first.id(), new app.stride.tracking.RunReport(Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), ""));

        vm.load();

        assertThat(redraws[0]).isEqualTo(1);
        assertThat(vm.planProperty().get().orElseThrow().weeks().get(0).sessions().get(0).status()).isEqualTo(PlanDisplay.Status.DONE);
    }

    private void saveTenK() {
        services.plans().saveAsCurrent(services.planGenerator().generate(new PlanRequest(Goal.TIME, Optional.of(RaceDistance.TEN_K),
                Optional.of(Duration.ofMinutes(55)), Optional.of(LocalDate.of(2027, 1, 11)), Optional.empty(), Optional.of(8),
                EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SUNDAY), Optional.empty(),
                new FitnessInput(Optional.of(new RaceResult(RaceDistance.FIVE_K, Duration.ofMinutes(27))), Optional.of(20_000.0),
                        Optional.of(3), Optional.empty(), Optional.empty(), Optional.empty(), 0, false))));
    }

    @Test
    void withoutAPlanTheScreenInvitesToCreateOne() {
        vm.load();

        assertThat(vm.modeProperty().get()).isEqualTo(PlanViewModel.Mode.NO_PLAN);
        assertThat(vm.planProperty().get()).isEmpty();
        vm.newPlan();
        assertThat(vm.modeProperty().get()).isEqualTo(PlanViewModel.Mode.FORM);
        vm.cancelForm();
        assertThat(vm.modeProperty().get()).isEqualTo(PlanViewModel.Mode.NO_PLAN);
    }

    @Test
    void anExistingPlanLoadsWithItsSessionsGroupedByWeek() {
        saveTenK();

        vm.load();

        assertThat(vm.modeProperty().get()).isEqualTo(PlanViewModel.Mode.PLAN);
        final PlanDisplay plan = vm.planProperty().get().orElseThrow();
        assertThat(plan.title()).isEqualTo("10K on Sunday 7 March · 8\u00a0weeks");
        assertThat(plan.subtitle()).startsWith("Target 55:00").contains("Predicted today: 10K");
        assertThat(plan.weeks()).hasSize(8);
        assertThat(plan.weeks()).extracting(WeekDisplay::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        for (WeekDisplay w : plan.weeks()) {
            final LocalDate start = LocalDate.of(2027, 1, 11).plusWeeks(w.number() - 1L);
            assertThat(w.sessions()).isNotEmpty();
            assertThat(w.sessions()).allSatisfy(s -> assertThat(s.id()).isPositive());
            assertThat(w.phase()).isNotEmpty();
            assertThat(w.heading()).isEqualTo("Week " + w.number());
            // Every session of week n falls in the n-th week from the plan's start (this was "start is not null").
            assertThat(w.sessions()).allSatisfy(s -> assertThat(s.day()).isBetween(start, start.plusDays(6)));
        }
        assertThat(plan.weeks().get(0).past()).isTrue();
        assertThat(plan.weeks().get(1).current()).isTrue();
        assertThat(plan.currentWeek().map(WeekDisplay::number)).contains(2);
        assertThat(plan.weeks().get(2).past()).isFalse();
        assertThat(plan.weeks().get(7).sessions()).last().extracting(SessionDisplay::typeCode).isEqualTo("race");
        assertThat(plan.byEffort()).isFalse();
        assertThat(plan.paces()).extracting(PlanDisplay.PaceRow::name).contains("Easy", "Threshold", "Interval");
        assertThat(plan.paces()).allSatisfy(p -> assertThat(p.pace()).endsWith("/km"));
        assertThat(plan.weeks().stream().flatMap(w -> w.sessions().stream()).filter(s -> !s.steps().isEmpty())).isNotEmpty();
    }

    @Test
    void pacesAndDistancesFollowTheRunnersUnit() {
        saveTenK();
        vm.load();
        final String easyKm = vm.planProperty().get().orElseThrow().paces().get(0).pace();

        settings.set(Settings.DEFAULTS.withDistanceUnit(DistanceUnit.MI));

        final PlanDisplay plan = vm.planProperty().get().orElseThrow();
        assertThat(plan.paces().get(0).pace()).endsWith("/mi").isNotEqualTo(easyKm);
        assertThat(plan.weeks().get(0).planned()).contains(" mi ");
    }

    @Test
    void aTickedOffOrMovedSessionShowsItsStatusAfterARefresh() {
        saveTenK();
        vm.load();
        final SessionDisplay first = vm.planProperty().get().orElseThrow().weeks().get(0).sessions().get(0);
        final SessionDisplay second = vm.planProperty().get().orElseThrow().weeks().get(0).sessions().get(1);
        // What the log screen will do: tick one off, move another a day later.
        services.database().inTransaction(c -> {
            try (PreparedStatement done = c.prepareStatement("UPDATE planned_session SET status = 'done' WHERE id = ?");
                 PreparedStatement moved = c.prepareStatement("UPDATE planned_session SET date = date(date, '+1 day') WHERE id = ?")) {
                done.setLong(1, first.id());
                done.executeUpdate();
                moved.setLong(1, second.id());
                moved.executeUpdate();
            }
            return null;
        });

        vm.load();

        final var sessions = vm.planProperty().get().orElseThrow().weeks().get(0).sessions();
        assertThat(sessions.get(0).status()).isEqualTo(PlanDisplay.Status.DONE);
        assertThat(sessions.get(1).movedFrom()).hasValueSatisfying(m -> assertThat(m).startsWith("Moved from "));
    }

    @Test
    void aNewPlanKeepsTheCurrentOneUntilItIsStartedAndThenMovesItToHistory() {
        saveTenK();
        vm.load();
        vm.newPlan();
        assertThat(vm.modeProperty().get()).isEqualTo(PlanViewModel.Mode.FORM);

        // Coming back to the screen mid-form keeps the form.
        vm.load();
        assertThat(vm.modeProperty().get()).isEqualTo(PlanViewModel.Mode.FORM);
        vm.cancelForm();
        assertThat(vm.modeProperty().get()).isEqualTo(PlanViewModel.Mode.PLAN);
        assertThat(services.plans().historyCount()).isZero();

        vm.newPlan();
        vm.form().minutesProperty().set("20");
        vm.form().preview();
        vm.form().start();

        assertThat(services.plans().historyCount()).isEqualTo(1);
        assertThat(vm.modeProperty().get()).isEqualTo(PlanViewModel.Mode.PLAN);
        assertThat(vm.planProperty().get().orElseThrow().title()).startsWith("Finish the 5K");
    }

    @Test
    void aSavedFormShowsThePlan() {
        vm.load();
        vm.newPlan();
        final PlanFormViewModel form = vm.form();
        form.minutesProperty().set("0");

        form.preview();
        form.start();

        assertThat(form.errorProperty().get()).isEmpty();
        assertThat(vm.modeProperty().get()).isEqualTo(PlanViewModel.Mode.PLAN);
        assertThat(vm.planProperty().get()).isPresent();
        assertThat(services.plans().current()).isPresent();
    }
}
