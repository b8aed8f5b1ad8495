package app.stride.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.settings.Settings;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

/**
 * New-user review t3: on 30 November, with a plan starting that day, the month view opened on "November 2026" with a
 * single row, mostly December dates. It opens on the month holding most of the plan from today on, or on this month
 * when at least two of its rows are in the plan. Failed before: November.
 */
class MonthViewOpeningTest {

    private static final LocalDate START = LocalDate.of(2026, 11, 30);

    private static CalendarViewModel calendarOn(final LocalDate today) {
        final Clock clock = Clock.fixed(today.atTime(8, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        final CalendarViewModel vm = new CalendarViewModel(Optional.empty(), new app.stride.ui.task.ImmediateTaskRunner(), app.stride.common.UnitOfWork.NONE,
                new SimpleObjectProperty<>(Settings.DEFAULTS), clock, () -> { });
        vm.planProperty().set(Optional.of(PlanCalendarMonthStartTest.plan(today)));
        return vm;
    }

    @Test
    void onThePlansFirstDayTheMonthViewOpensOnTheMonthHoldingMostOfIt() {
        assertThat(calendarOn(START).monthProperty().get()).isEqualTo(YearMonth.of(2026, 12));
    }

    @Test
    void aMonthWithTwoRowsOfThePlanOpensOnItself() {
        final LocalDate today = LocalDate.of(2027, 1, 5);
        assertThat(PlanCalendar.openingMonth(PlanCalendarMonthStartTest.plan(today), today, DayOfWeek.MONDAY)).isEqualTo(YearMonth.of(2027, 1));
    }

    @Test
    void aPlanStillAheadOpensOnItsMainMonthNotItsOneRowStart() {
        final LocalDate today = LocalDate.of(2026, 10, 20);
        assertThat(PlanCalendar.openingMonth(PlanCalendarMonthStartTest.plan(today), today, DayOfWeek.MONDAY)).isEqualTo(YearMonth.of(2026, 12));
    }
}
