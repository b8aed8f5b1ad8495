package app.stride.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Weeks in a row with at least one run. 2027-01-11 is a Monday. */
class StreakTest {

    private static List<LocalDate> days(final String... d) {
        return java.util.Arrays.stream(d).map(LocalDate::parse).toList();
    }

    @Test
    void countsConsecutiveWeeksUpToThisWeek() {
        final List<LocalDate> runs = days("2027-01-12", "2027-01-19", "2027-01-21", "2027-01-27");
        assertThat(Streak.weeks(runs, DayOfWeek.MONDAY, LocalDate.parse("2027-01-28"))).isEqualTo(3);
    }

    @Test
    void aWeekWithoutARunBreaksIt() {
        final List<LocalDate> runs = days("2027-01-05", "2027-01-19", "2027-01-27");
        assertThat(Streak.weeks(runs, DayOfWeek.MONDAY, LocalDate.parse("2027-01-28"))).isEqualTo(2);
    }

    @Test
    void theWeekInProgressDoesNotBreakItBeforeItsRun() {
        final List<LocalDate> runs = days("2027-01-12", "2027-01-19");
        // Monday of the third week, no run yet: still 2, not 0.
        assertThat(Streak.weeks(runs, DayOfWeek.MONDAY, LocalDate.parse("2027-01-25"))).isEqualTo(2);
        // A whole week later without a run it is broken.
        assertThat(Streak.weeks(runs, DayOfWeek.MONDAY, LocalDate.parse("2027-02-01"))).isZero();
    }

    @Test
    void theFirstDayOfTheWeekDecidesWhichWeekARunIsIn() {
        // Sunday 17 and Monday 18 January.
        final List<LocalDate> runs = days("2027-01-17", "2027-01-18");
        final LocalDate today = LocalDate.parse("2027-01-18");
        assertThat(Streak.weeks(runs, DayOfWeek.MONDAY, today)).as("Monday weeks: two weeks").isEqualTo(2);
        assertThat(Streak.weeks(runs, DayOfWeek.SUNDAY, today)).as("Sunday weeks: one week").isEqualTo(1);
    }

    @Test
    void runsAfterTodayDoNotCount() {
        assertThat(Streak.weeks(days("2027-02-02"), DayOfWeek.MONDAY, LocalDate.parse("2027-01-28"))).isZero();
    }

    @Test
    void noRunsNoStreak() {
        assertThat(Streak.weeks(List.of(), DayOfWeek.MONDAY, LocalDate.parse("2027-01-28"))).isZero();
    }
}
