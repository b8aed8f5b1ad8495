package app.stride.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Whether a day just outside the week being composed is a hard day, for the easy run between two hard days
 * ({@link RecoveryBetween}) across the seam of a plan starting mid-week. After the race no day is, nor before a new
 * plan starts (before a re-plan, the old plan's long-run and workout days are). The week before is read as it was
 * composed (a cutback or a returner's week may have no workout on the pattern's day). The week after is not composed
 * yet: its long-run and workout days are, except in the race week, where a workout comes no later than three days
 * before the race.
 */
final class WeekSeam {

    private final PlanContext c;
    private final DayOfWeek longDay;
    private final List<DayOfWeek> qualityDays;
    /** The sessions composed so far, by day: the weeks before the one being composed. */
    private final NavigableMap<LocalDate, Session> composed = new TreeMap<>();

    WeekSeam(final PlanContext c, final DayOfWeek longDay, final List<DayOfWeek> qualityDays) {
        this.c = c;
        this.longDay = longDay;
        this.qualityDays = qualityDays;
    }

    /** Remembers a week as composed (a week composed again replaces what it had). */
    void record(final List<LocalDate> days, final List<Session> out) {
        if (days.isEmpty()) {
            return;
        }
        composed.tailMap(weekStart(days.get(0)), true).clear();
        out.forEach(s -> composed.put(s.date(), s));
    }

    /** Whether a day outside the week of {@code days} is a hard day. */
    Predicate<LocalDate> hardOutside(final List<LocalDate> days) {
        if (days.isEmpty()) {
            return d -> false;
        }
        final LocalDate ws = weekStart(days.get(0));
        final LocalDate race = c.dates().race().orElse(LocalDate.MAX);
        return d -> {
            if (days.contains(d) || d.isAfter(race)) {
                return false;
            }
            if (d.isBefore(c.dates().start())) {
                // A re-plan's week before is the old plan, run by the same pattern; a new plan has none.
                return c.req().replan() && (d.getDayOfWeek() == longDay || qualityDays.contains(d.getDayOfWeek()));
            }
            if (d.equals(race)) {
                return true;
            }
            if (d.isBefore(ws)) {
                final Session s = composed.get(d);
                return s != null && s.type().isHard();
            }
            if (d.isBefore(ws.plusDays(7))) {
                return false;
            }
            final boolean raceWeek = !race.isAfter(ws.plusDays(13));
            return !raceWeek && d.getDayOfWeek() == longDay
                    || qualityDays.contains(d.getDayOfWeek()) && d.isBefore(race.minusDays(2));
        };
    }

    private LocalDate weekStart(final LocalDate d) {
        final LocalDate start = c.dates().start();
        return start.plusDays(7 * Math.floorDiv(ChronoUnit.DAYS.between(start, d), 7));
    }
}
