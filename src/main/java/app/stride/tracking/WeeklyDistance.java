package app.stride.tracking;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/** Distance and number of runs per week, for the progress chart. */
public record WeeklyDistance(LocalDate weekStart, double metres, int runs) {

    /** The last {@code weeks} weeks up to the one holding {@code today}, oldest first, weeks without runs included. */
    public static List<WeeklyDistance> lastWeeks(final List<LoggedRun> runs, final LocalDate today, final DayOfWeek firstDay,
                                                 final int weeks) {
        final LocalDate thisWeek = today.with(TemporalAdjusters.previousOrSame(firstDay));
        final List<WeeklyDistance> out = new ArrayList<>();
        for (int i = weeks - 1; i >= 0; i--) {
            final LocalDate start = thisWeek.minusWeeks(i);
            final LocalDate end = start.plusDays(7);
            double m = 0;
            int n = 0;
            for (LoggedRun r : runs) {
                if (r.ran() && !r.date().isBefore(start) && r.date().isBefore(end)) {
                    m += r.report().distanceM().orElse(0.0);
                    n++;
                }
            }
            out.add(new WeeklyDistance(start, m, n));
        }
        return out;
    }
}
