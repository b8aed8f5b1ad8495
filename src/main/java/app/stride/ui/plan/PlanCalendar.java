package app.stride.ui.plan;

import app.stride.common.Messages;
import app.stride.format.Dates;
import app.stride.ui.plan.PlanDisplay.SessionDisplay;
import app.stride.ui.plan.PlanDisplay.WeekDisplay;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A plan laid out as a calendar grid: rows of seven days, each day with its sessions and, where a session was moved
 * away, a ghost of it on the day the plan first gave it. Two layouts: the plan's weeks (a row per plan week, from its
 * start day) and a month (rows from the runner's first day of the week).
 */
public record PlanCalendar(String title, List<String> weekdays, List<Row> rows) {

    public PlanCalendar {
        weekdays = List.copyOf(weekdays);
        rows = List.copyOf(rows);
    }

    /** A row of seven days; {@code label} names the plan week ("Week 3"), {@code phase} its phase, empty outside the plan. */
    public record Row(String label, String phase, boolean cutback, boolean current, List<Day> days) {

        public Row {
            days = List.copyOf(days);
        }
    }

    /**
     * One day: its number, whether it is today, inside the plan, already past or outside the month shown; the
     * sessions on it, the ghosts of sessions first planned on it and moved away, and what the version the plan was
     * adapted from had here when the adaptation changed the day.
     */
    public record Day(LocalDate date, String label, boolean today, boolean inPlan, boolean past, boolean otherMonth,
                      List<SessionDisplay> sessions, List<SessionDisplay> ghosts, Optional<String> was) {

        public Day {
            sessions = List.copyOf(sessions);
            ghosts = List.copyOf(ghosts);
        }
    }

    /** Every week of the plan as a row, starting on the plan's own first day. */
    public static PlanCalendar weeks(final PlanDisplay plan, final LocalDate today) {
        if (plan.weeks().isEmpty()) {
            return new PlanCalendar("", List.of(), List.of());
        }
        final LocalDate start = plan.weeks().get(0).start();
        final LocalDate end = end(plan);
        final List<Row> rows = new ArrayList<>();
        for (WeekDisplay w : plan.weeks()) {
            rows.add(new Row(w.heading(), w.phase(), w.cutback(), w.current(),
                    days(plan, w.start(), start, end, today, Optional.empty())));
        }
        return new PlanCalendar(Messages.get("plancal.weeks.title", plan.weeks().size()), weekdays(start.getDayOfWeek()), rows);
    }

    /**
     * One month, rows from {@code firstDay}; each row carries the plan week most of its days fall in. The plan's first
     * month starts at the week the plan starts, or at this week when today comes earlier in that month: a plan that
     * started on the 30th showed five empty weeks above its first one (new-user review 11).
     */
    public static PlanCalendar month(final PlanDisplay plan, final YearMonth month, final DayOfWeek firstDay,
                                     final LocalDate today) {
        final Optional<LocalDate> start = plan.weeks().isEmpty() ? Optional.empty() : Optional.of(plan.weeks().get(0).start());
        final LocalDate monthFrom = month.atDay(1).with(TemporalAdjusters.previousOrSame(firstDay));
        final LocalDate from = start.filter(s -> YearMonth.from(s).equals(month))
                .map(s -> YearMonth.from(today).equals(month) && today.isBefore(s) ? today : s)
                .map(d -> d.with(TemporalAdjusters.previousOrSame(firstDay)))
                .filter(d -> d.isAfter(monthFrom)).orElse(monthFrom);
        final LocalDate last = month.atEndOfMonth();
        final LocalDate planStart = start.orElse(LocalDate.MAX);
        final LocalDate end = start.isPresent() ? end(plan) : LocalDate.MIN;
        final List<Row> rows = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(last); d = d.plusDays(7)) {
            // The middle day decides the row's plan week when the runner's week and the plan's week start differently.
            final Optional<WeekDisplay> w = weekOf(plan, d.plusDays(3));
            rows.add(new Row(w.map(x -> Messages.get("plancal.week.short", x.number())).orElse(""),
                    w.map(WeekDisplay::phase).orElse(""), w.map(WeekDisplay::cutback).orElse(false),
                    w.map(WeekDisplay::current).orElse(false), days(plan, d, planStart, end, today, Optional.of(month))));
        }
        // The title stays the month's name: a longer one pushed the toolbar past 1120 px. The row label ("Wk 1") and the
        // days before the start, drawn outside the plan, say where it begins.
        return new PlanCalendar(month.format(DateTimeFormatter.ofPattern("LLLL yyyy", Locale.getDefault(Locale.Category.FORMAT))),
                weekdays(firstDay), rows);
    }

    /**
     * The month the month view opens on: this month (within the plan) when at least two of its rows are in the plan,
     * else the month holding most of the plan's days from today on. A plan starting on 30 November opened on a
     * one-row November, mostly December dates (new-user review t3).
     */
    public static YearMonth openingMonth(final PlanDisplay plan, final LocalDate today, final DayOfWeek firstDay) {
        final YearMonth now = YearMonth.from(today);
        if (plan.weeks().isEmpty()) {
            return now;
        }
        final YearMonth first = firstMonth(plan);
        final YearMonth last = lastMonth(plan);
        final YearMonth shown = now.isBefore(first) ? first : now.isAfter(last) ? last : now;
        final long rows = month(plan, shown, firstDay, today).rows().stream()
                .filter(r -> r.days().stream().anyMatch(d -> d.inPlan() && !d.otherMonth())).count();
        final LocalDate start = plan.weeks().get(0).start();
        final LocalDate from = today.isAfter(start) ? today : start;
        final LocalDate end = end(plan);
        if (rows >= 2 || from.isAfter(end)) {
            return shown;
        }
        final java.util.Map<YearMonth, Long> days = new java.util.TreeMap<>();
        for (LocalDate d = from; !d.isAfter(end); d = d.plusDays(1)) {
            days.merge(YearMonth.from(d), 1L, Long::sum);
        }
        // Of months with as many days, the earliest.
        return days.entrySet().stream().max(java.util.Map.Entry.<YearMonth, Long>comparingByValue()
                .thenComparing(java.util.Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
                .map(java.util.Map.Entry::getKey).orElse(shown);
    }

    /** The plan's last day: its last week's end, or a later session (a move never goes past the last session). */
    static LocalDate end(final PlanDisplay plan) {
        return plan.weeks().get(plan.weeks().size() - 1).start().plusDays(6);
    }

    /** The plan week holding {@code day}, if any. */
    static Optional<WeekDisplay> weekOf(final PlanDisplay plan, final LocalDate day) {
        return plan.weeks().stream().filter(w -> !day.isBefore(w.start()) && !day.isAfter(w.start().plusDays(6))).findFirst();
    }

    /** The first and last month the plan touches. */
    static YearMonth firstMonth(final PlanDisplay plan) {
        return YearMonth.from(plan.weeks().get(0).start());
    }

    static YearMonth lastMonth(final PlanDisplay plan) {
        return YearMonth.from(end(plan));
    }

    private static List<Day> days(final PlanDisplay plan, final LocalDate from, final LocalDate start, final LocalDate end,
                                  final LocalDate today, final Optional<YearMonth> month) {
        final List<Day> days = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            final LocalDate d = from.plusDays(i);
            final List<SessionDisplay> on = new ArrayList<>();
            final List<SessionDisplay> ghosts = new ArrayList<>();
            for (WeekDisplay w : plan.weeks()) {
                for (SessionDisplay s : w.sessions()) {
                    if (s.day().equals(d)) {
                        on.add(s);
                    } else if (s.originalDay().equals(d)) {
                        ghosts.add(s);
                    }
                }
            }
            final String label = d.getDayOfMonth() == 1 || i == 0 && month.isEmpty() && d.equals(start)
                    ? Dates.dayMonth(d) : Integer.toString(d.getDayOfMonth());
            days.add(new Day(d, label, d.equals(today), !d.isBefore(start) && !d.isAfter(end), d.isBefore(today),
                    month.map(m -> !YearMonth.from(d).equals(m)).orElse(false), on, ghosts,
                    Optional.ofNullable(plan.was().get(d))));
        }
        return days;
    }

    private static List<String> weekdays(final DayOfWeek first) {
        final List<String> names = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            names.add(Dates.weekdayShort(LocalDate.of(2024, 1, 1).with(TemporalAdjusters.nextOrSame(first)).plusDays(i)));
        }
        return names;
    }
}
