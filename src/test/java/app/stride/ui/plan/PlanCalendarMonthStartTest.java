package app.stride.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.plan.FitnessInput;
import app.stride.plan.Goal;
import app.stride.plan.PlanGenerator;
import app.stride.plan.PlanRequest;
import app.stride.plan.RaceDistance;
import app.stride.plan.RaceResult;
import app.stride.settings.DistanceUnit;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * New-user review 11: a plan starting on Monday 30 November showed November's month view with five empty weeks above
 * its first one. Failed before: six rows from 26 October. Now the first month starts at the plan's week, or at this
 * week when today comes earlier in that month; later months are whole.
 */
class PlanCalendarMonthStartTest {

    private static final LocalDate START = LocalDate.of(2026, 11, 30);

    /** An 8-week 10K plan starting Monday 30 November 2026, as shown on {@code today} (MonthViewOpeningTest too). */
    static PlanDisplay plan(final LocalDate today) {
        final Clock made = Clock.fixed(LocalDate.of(2026, 10, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        return PlanDisplay.of(new PlanGenerator(made).generate(new PlanRequest(Goal.TIME, Optional.of(RaceDistance.TEN_K),
                Optional.empty(), Optional.of(START), Optional.empty(), Optional.of(8),
                EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SUNDAY), Optional.empty(),
                new FitnessInput(Optional.of(new RaceResult(RaceDistance.FIVE_K, Duration.ofMinutes(27))), Optional.of(20_000.0),
                        Optional.of(3), Optional.empty(), Optional.empty(), Optional.empty(), 0, false))), DistanceUnit.KM, today);
    }

    @Test
    void thePlansFirstMonthStartsAtItsFirstWeek() {
        final LocalDate today = LocalDate.of(2026, 10, 20);
        final PlanCalendar c = PlanCalendar.month(plan(today), YearMonth.of(2026, 11), DayOfWeek.MONDAY, today);
        assertThat(c.rows()).hasSize(1);
        assertThat(c.rows().get(0).days().get(0).date()).isEqualTo(START);
        assertThat(c.rows().get(0).label()).isEqualTo("Week 1");
        assertThat(c.title()).isEqualTo("November 2026");
    }

    @Test
    void earlierInThatMonthTodaysWeekShowsToo() {
        final LocalDate today = LocalDate.of(2026, 11, 18);
        final PlanCalendar c = PlanCalendar.month(plan(today), YearMonth.of(2026, 11), DayOfWeek.MONDAY, today);
        assertThat(c.rows()).hasSize(3);
        assertThat(c.rows().get(0).days()).anySatisfy(d -> assertThat(d.today()).isTrue());
    }

    @Test
    void aLaterMonthIsWhole() {
        final LocalDate today = LocalDate.of(2026, 10, 20);
        final PlanCalendar c = PlanCalendar.month(plan(today), YearMonth.of(2026, 12), DayOfWeek.MONDAY, today);
        assertThat(c.rows().get(0).days().get(0).date()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(c.title()).isEqualTo("December 2026");
    }
}
