package app.stride.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.app.StrideServices;
import app.stride.plan.FitnessInput;
import app.stride.plan.Goal;
import app.stride.plan.PlanRepository.SavedSession;
import app.stride.plan.PlanRequest;
import app.stride.plan.RaceDistance;
import app.stride.plan.RaceResult;
import app.stride.plan.SessionType;
import app.stride.settings.Settings;
import app.stride.store.DataFolder;
import app.stride.ui.plan.CalendarViewModel.Layout;
import app.stride.ui.plan.PlanCalendar.Day;
import app.stride.ui.plan.PlanCalendar.Row;
import app.stride.ui.task.ImmediateTaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plan calendar's layout, moves and undo over a real database; no toolkit. */
class CalendarViewModelTest {

    /** Wednesday 20 January 2027: week 2 of a 10K plan that started on Monday 11 January. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-01-20T08:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2027, 1, 20);

    @TempDir
    Path dir;

    private StrideServices services;
    /** The store's "today" (the tick-off rules read it); the screen's stays {@link #CLOCK}. */
    private final MovableClock storeClock = new MovableClock(CLOCK.instant());
    private ObjectProperty<Settings> settings;
    private PlanViewModel plan;
    private CalendarViewModel vm;

    @BeforeEach
    void setUp() {
        services = StrideServices.open(new DataFolder(dir), storeClock);
        settings = new SimpleObjectProperty<>(Settings.DEFAULTS);
        final ImmediateTaskRunner tasks = new ImmediateTaskRunner();
        final PlanFormViewModel form = new PlanFormViewModel(services::planGenerator, services.plans(), tasks, settings, CLOCK);
        plan = new PlanViewModel(services.plans(), form, tasks, settings, CLOCK);
        vm = new CalendarViewModel(Optional.of(services.tickOff()), tasks, services.unitOfWork(), settings, CLOCK, plan::load);
        plan.planProperty().addListener((o, a, p) -> vm.planProperty().set(p));
        services.plans().saveAsCurrent(services.planGenerator().generate(new PlanRequest(Goal.TIME, Optional.of(RaceDistance.TEN_K),
                Optional.of(Duration.ofMinutes(55)), Optional.of(LocalDate.of(2027, 1, 11)), Optional.empty(), Optional.of(8),
                EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SUNDAY), Optional.empty(),
                new FitnessInput(Optional.of(new RaceResult(RaceDistance.FIVE_K, Duration.ofMinutes(27))), Optional.of(20_000.0),
                        Optional.of(3), Optional.empty(), Optional.empty(), Optional.empty(), 0, false))));
        plan.load();
    }

    private List<SavedSession> stored() {
        return services.plans().current().orElseThrow().sessions();
    }

    private static List<Day> days(final PlanCalendar c) {
        return c.rows().stream().flatMap(r -> r.days().stream()).toList();
    }

    @Test
    void theWeeksLayoutHasARowPerPlanWeekOfSevenDaysWithEverySessionOnItsDay() {
        final PlanCalendar c = vm.calendarProperty().get().orElseThrow();

        assertThat(c.rows()).hasSize(8);
        assertThat(c.weekdays()).containsExactly("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");
        for (int w = 0; w < 8; w++) {
            final Row row = c.rows().get(w);
            assertThat(row.label()).isEqualTo("Week " + (w + 1));
            assertThat(row.days()).extracting(Day::date)
                    .containsExactlyElementsOf(LocalDate.of(2027, 1, 11).plusWeeks(w).datesUntil(LocalDate.of(2027, 1, 18).plusWeeks(w)).toList());
        }
        // Every stored session exactly once, on its own day.
        assertThat(days(c).stream().mapToLong(d -> d.sessions().size()).sum()).isEqualTo(stored().size());
        for (SavedSession s : stored()) {
            assertThat(days(c).stream().filter(d -> d.date().equals(s.date())).flatMap(d -> d.sessions().stream()))
                    .extracting(PlanDisplay.SessionDisplay::id).contains(s.id());
        }
        // Phases per week, from base through to the taper; today marked once, in week 2.
        assertThat(c.rows()).extracting(Row::phase).contains("Base", "Taper").doesNotContain("");
        assertThat(days(c).stream().filter(Day::today)).extracting(Day::date).containsExactly(TODAY);
        assertThat(c.rows().get(1).current()).isTrue();
        assertThat(days(c).stream().filter(d -> d.date().isBefore(TODAY))).allMatch(Day::past);
        // Chips carry a size: a distance or a time (m:ss or h:mm:ss, as every face shows planned times), never empty for a run.
        assertThat(days(c).stream().flatMap(d -> d.sessions().stream()))
                .allSatisfy(s -> assertThat(s.size()).matches("[0-9.,]+ (km|m)|([0-9]+:)?[0-9]{1,2}:[0-9]{2}"));
    }

    @Test
    void aPastSessionLeftOpenIsShownMissedWhileTickedOffAndFutureOnesAreNot() {
        final List<SavedSession> past = stored().stream().filter(s -> s.date().isBefore(TODAY)).toList();
        assertThat(past).hasSizeGreaterThanOrEqualTo(2);
        final SavedSession done = past.get(0);
        services.tickOff().done(done.id(), new app.stride.tracking.RunReport(done.distanceM(), Optional.empty(),
                Optional.empty(), Optional.empty(), ""));
        plan.load();

        final List<PlanDisplay.SessionDisplay> shown = days(vm.calendarProperty().get().orElseThrow()).stream()
                .flatMap(d -> d.sessions().stream()).toList();
        for (PlanDisplay.SessionDisplay s : shown) {
            final PlanDisplay.Status expected = s.id() == done.id() ? PlanDisplay.Status.DONE
                    : s.day().isBefore(TODAY) ? PlanDisplay.Status.MISSED : PlanDisplay.Status.PLANNED;
            assertThat(s.status()).as(s.date() + " " + s.typeLabel()).isEqualTo(expected);
        }
        assertThat(shown).filteredOn(s -> s.status() == PlanDisplay.Status.MISSED).hasSize(past.size() - 1)
                .allMatch(s -> s.status().open());
        // The same in the month layout (the list reads the same display).
        vm.layoutProperty().set(Layout.MONTH);
        assertThat(days(vm.calendarProperty().get().orElseThrow()).stream().flatMap(d -> d.sessions().stream())
                .filter(s -> s.day().isBefore(TODAY) && s.id() != done.id()))
                .isNotEmpty().allMatch(s -> s.status() == PlanDisplay.Status.MISSED);
    }

    @Test
    void theMonthLayoutStartsRowsOnTheRunnersFirstDayAndStaysWithinThePlan() {
        settings.set(Settings.DEFAULTS.withFirstDayOfWeek(DayOfWeek.SUNDAY));
        vm.layoutProperty().set(Layout.MONTH);

        PlanCalendar c = vm.calendarProperty().get().orElseThrow();
        assertThat(vm.monthProperty().get()).isEqualTo(YearMonth.of(2027, 1));
        // The plan's first month starts at its first week (review 11: no empty weeks above it).
        assertThat(c.title()).isEqualTo("January 2027");
        assertThat(c.weekdays().get(0)).isEqualTo("Sun");
        assertThat(c.rows().get(0).days().get(0).date()).isEqualTo(LocalDate.of(2027, 1, 10));
        // 10 January (a Sunday) is before the plan; the row around 11-17 January is plan week 1.
        final Day tenth = days(c).stream().filter(d -> d.date().equals(LocalDate.of(2027, 1, 10))).findFirst().orElseThrow();
        assertThat(tenth.inPlan()).isFalse();
        assertThat(c.rows().get(0).label()).isEqualTo("Week 1");
        assertThat(c.rows().get(0).phase()).isEqualTo("Base");
        assertThat(vm.hasPreviousMonth()).isFalse();

        vm.previousMonth();
        assertThat(vm.monthProperty().get()).isEqualTo(YearMonth.of(2027, 1));
        vm.nextMonth();
        vm.nextMonth();
        vm.nextMonth();
        // The plan ends in March (8 weeks from 11 January): no further.
        assertThat(vm.monthProperty().get()).isEqualTo(YearMonth.of(2027, 3));
        assertThat(vm.hasNextMonth()).isFalse();
        c = vm.calendarProperty().get().orElseThrow();
        assertThat(days(c).stream().filter(d -> !d.otherMonth()).map(d -> d.date().getMonthValue()).collect(Collectors.toSet())).isEqualTo(Set.of(3));
    }

    @Test
    void aMoveNextToAHardDayIsRefusedWithTheReasonAndStoresNothing() {
        final List<SavedSession> before = stored();
        final SavedSession hard = before.stream().filter(s -> s.date().isAfter(TODAY.plusDays(1)) && isHard(s)).findFirst().orElseThrow();
        final LocalDate next = nextToAnotherHardDay(before, hard);

        vm.move(hard.id(), next);

        assertThat(vm.refusedProperty().get()).isTrue();
        assertThat(vm.messageProperty().get()).contains("two hard days in a row");
        assertThat(vm.canUndoProperty().get()).isFalse();
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void anAcceptedMoveIsStoredShowsWhereItWasAndIsUndone() {
        final SavedSession easy = stored().stream().filter(s -> s.date().isAfter(TODAY) && !isHard(s)
                && s.sessionType().orElseThrow() != SessionType.RACE).findFirst().orElseThrow();
        final LocalDate free = easy.date().plusDays(1);
        assertThat(stored()).noneMatch(s -> s.date().equals(free));

        vm.move(easy.id(), free);

        assertThat(vm.refusedProperty().get()).isFalse();
        assertThat(vm.messageProperty().get()).contains("moved from");
        assertThat(vm.canUndoProperty().get()).isTrue();
        assertThat(stored()).filteredOn(s -> s.id() == easy.id()).extracting(SavedSession::date).containsExactly(free);
        // The calendar shows it on its new day and, as a ghost, on the day the plan gave it.
        final List<Day> days = days(vm.calendarProperty().get().orElseThrow());
        assertThat(day(days, free).sessions()).extracting(PlanDisplay.SessionDisplay::id).contains(easy.id());
        assertThat(day(days, easy.date()).ghosts()).extracting(PlanDisplay.SessionDisplay::id).containsExactly(easy.id());

        vm.undo();

        assertThat(stored()).filteredOn(s -> s.id() == easy.id()).extracting(SavedSession::date).containsExactly(easy.date());
        assertThat(vm.canUndoProperty().get()).isFalse();
        assertThat(day(days(vm.calendarProperty().get().orElseThrow()), easy.date()).ghosts()).isEmpty();
    }

    private SavedSession easyWithFreeNextDay() {
        return stored().stream().filter(s -> s.date().isAfter(TODAY) && !isHard(s) && s.sessionType().orElseThrow() != SessionType.RACE
                && stored().stream().noneMatch(o -> o.date().equals(s.date().plusDays(1)))).findFirst().orElseThrow();
    }

    private LocalDate dateOf(final long id) {
        return stored().stream().filter(s -> s.id() == id).findFirst().orElseThrow().date();
    }

    @Test
    void undoPutsTheSessionBackEvenOnADayTheMoveRulesWouldNowRefuse() {
        final SavedSession easy = easyWithFreeNextDay();
        vm.move(easy.id(), easy.date().plusDays(1));
        assertThat(vm.refusedProperty().get()).isFalse();
        // The runner comes back the day after: the day the session came from is now in the past.
        storeClock.set(easy.date().plusDays(1));

        vm.undo();

        assertThat(vm.refusedProperty().get()).as(vm.messageProperty().get()).isFalse();
        assertThat(dateOf(easy.id())).isEqualTo(easy.date());
        assertThat(vm.canUndoProperty().get()).isFalse();
    }

    @Test
    void undoRefusesASessionThatWasMovedAgainElsewhereAndLeavesItThere() {
        final SavedSession easy = easyWithFreeNextDay();
        vm.move(easy.id(), easy.date().plusDays(1));
        services.tickOff().move(easy.id(), easy.date()); // moved back on another screen
        services.tickOff().move(easy.id(), easy.date().plusDays(1));
        services.tickOff().move(easy.id(), easy.date()); // ... and it is on its first day again
        final LocalDate now = dateOf(easy.id());

        vm.undo();

        assertThat(vm.refusedProperty().get()).isTrue();
        assertThat(dateOf(easy.id())).isEqualTo(now);
    }

    @Test
    void aNewPlanVersionClearsTheUndoOfMovesInTheOldOne() {
        final SavedSession easy = easyWithFreeNextDay();
        vm.move(easy.id(), easy.date().plusDays(1));
        assertThat(vm.canUndoProperty().get()).isTrue();

        // A re-plan (or a new plan) stores a new version: its sessions have new ids.
        services.plans().saveAsCurrent(services.planGenerator().generate(new PlanRequest(Goal.TIME, Optional.of(RaceDistance.TEN_K),
                Optional.of(Duration.ofMinutes(55)), Optional.of(LocalDate.of(2027, 1, 11)), Optional.empty(), Optional.of(8),
                EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SUNDAY), Optional.empty(),
                new FitnessInput(Optional.of(new RaceResult(RaceDistance.FIVE_K, Duration.ofMinutes(27))), Optional.of(20_000.0),
                        Optional.of(3), Optional.empty(), Optional.empty(), Optional.empty(), 0, false))));
        plan.load();

        assertThat(vm.canUndoProperty().get()).isFalse();
    }

    /** A clock the test moves by hand. */
    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(final Instant now) {
            this.now = now;
        }

        void set(final LocalDate day) {
            now = day.atTime(8, 0).toInstant(ZoneOffset.UTC);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(final java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void aPlanFromHistoryCannotBeMoved() {
        final CalendarViewModel readOnly = new CalendarViewModel(Optional.empty(), new ImmediateTaskRunner(),
                app.stride.common.UnitOfWork.NONE, settings, CLOCK, () -> { });
        readOnly.planProperty().set(plan.planProperty().get());
        final SavedSession s = stored().stream().filter(x -> x.date().isAfter(TODAY)).findFirst().orElseThrow();
        final List<SavedSession> before = stored();

        readOnly.move(s.id(), s.date().plusDays(1));

        assertThat(readOnly.canMove()).isFalse();
        assertThat(stored()).isEqualTo(before);
    }

    private static Day day(final List<Day> days, final LocalDate d) {
        return days.stream().filter(x -> x.date().equals(d)).findFirst().orElseThrow();
    }

    private static boolean isHard(final SavedSession s) {
        return s.sessionType().map(SessionType::isHard).orElse(false);
    }

    /** A free day after today next to a hard session other than {@code hard}. */
    static LocalDate nextToAnotherHardDay(final List<SavedSession> sessions, final SavedSession hard) {
        for (SavedSession other : sessions) {
            if (other.id() == hard.id() || !isHard(other)) {
                continue;
            }
            for (LocalDate d : List.of(other.date().minusDays(1), other.date().plusDays(1))) {
                if (d.isAfter(TODAY) && sessions.stream().noneMatch(s -> s.date().equals(d))
                        && !d.isAfter(sessions.get(sessions.size() - 1).date())) {
                    return d;
                }
            }
        }
        throw new AssertionError("no free day next to a hard day");
    }
}
