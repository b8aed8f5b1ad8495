package app.stride.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WeeklyDistanceTest {

    private static LoggedRun run(final String date, final Double metres) {
        return new LoggedRun(1, LocalDate.parse(date), "easy",
                new RunReport(Optional.ofNullable(metres), Optional.empty(), Optional.empty(), Optional.empty(), ""), Optional.empty());
    }

    @Test
    void sumsEachWeekFromTheRunnersFirstDayAndKeepsEmptyWeeks() {
        final List<LoggedRun> runs = List.of(run("2026-11-23", 5000.0), run("2026-11-25", 6000.0), run("2026-11-22", 10000.0),
                run("2026-11-09", null));

        final List<WeeklyDistance> weeks = WeeklyDistance.lastWeeks(runs, LocalDate.parse("2026-11-25"), DayOfWeek.MONDAY, 3);

        assertThat(weeks).containsExactly(
                new WeeklyDistance(LocalDate.parse("2026-11-09"), 0, 1),
                new WeeklyDistance(LocalDate.parse("2026-11-16"), 10000, 1),
                new WeeklyDistance(LocalDate.parse("2026-11-23"), 11000, 2));
    }

    @Test
    void aSundayStartMovesTheBoundary() {
        final List<WeeklyDistance> weeks = WeeklyDistance.lastWeeks(List.of(run("2026-11-22", 10000.0)),
                LocalDate.parse("2026-11-25"), DayOfWeek.SUNDAY, 1);
        assertThat(weeks).containsExactly(new WeeklyDistance(LocalDate.parse("2026-11-22"), 10000, 1));
    }
}
