package app.stride.progress;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Weeks in a row with at least one run, weeks starting on the runner's first day of the week. The week in progress
 * counts once it has a run; until then the streak is the one that ended last week (it is not broken yet).
 */
public final class Streak {

    private Streak() {
    }

    public static int weeks(final Collection<LocalDate> runDays, final DayOfWeek firstDay, final LocalDate today) {
        final Set<LocalDate> weeksWithRuns = runDays.stream().filter(d -> !d.isAfter(today))
                .map(d -> weekStart(d, firstDay)).collect(Collectors.toSet());
        LocalDate week = weekStart(today, firstDay);
        if (!weeksWithRuns.contains(week)) {
            week = week.minusWeeks(1);
        }
        int n = 0;
        while (weeksWithRuns.contains(week)) {
            n++;
            week = week.minusWeeks(1);
        }
        return n;
    }

    static LocalDate weekStart(final LocalDate d, final DayOfWeek firstDay) {
        return d.with(TemporalAdjusters.previousOrSame(firstDay));
    }
}
