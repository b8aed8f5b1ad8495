package app.stride.tracking;

import app.stride.plan.RaceDistance;
import app.stride.plan.SessionStatus;
import app.stride.plan.PlanRepository.SavedPlan;
import app.stride.plan.PlanRepository.SavedSession;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One week of the plan as it went: sessions done of planned, distance, the longest run, how it felt on average, and
 * what comes next. The facts behind the note for an accountability partner.
 *
 * @param longest the longest run logged that week, if any
 * @param feel    average "how it felt" (1 awful to 5 great), when the runner said
 * @param effort  average RPE (1 to 10), when the runner said
 * @param planned  the week's planned sessions; for the week holding {@code today}, only those due so far (before today,
 *                 or already ticked off), so day 1 of a plan is not "0 of 3"
 * @param next     the next open session: from {@code today} on (today's own if still open) for this week or a past
 *                 one, after the week's own sessions for a week still to come
 * @param plannedInWeek every planned session in the week, due or not
 * @param upcoming whether the week is still to come
 * @param dueToday the week's sessions dated {@code today} and still open: due now, neither "not due yet" nor missed
 * @param missedBefore open sessions of the last seven days before the week began, as Today lists them as not ticked
 *                     off (this week's own missed ones are in {@code planned} less {@code done} and {@code skipped})
 * @param afterBreak the plan under way {@value #BREAK_DAYS} days or more and no session of it done in that time
 * @param race     the race, when this week holds it: the week's news for a partner ("Race week: the 5K on Saturday")
 * @param raceDistance the plan's race distance when this week holds the race (and the plan names one it knows)
 */
public record WeekSummary(int week, int weeks, LocalDate start, LocalDate end, int planned, int done, int skipped, int extra,
                          double totalM, Optional<LogEntry> longest, Optional<Double> feel, Optional<Double> effort,
                          Optional<SavedSession> next, boolean upcoming, int plannedInWeek, int dueToday, int missedBefore,
                          Optional<SavedSession> race, Optional<RaceDistance> raceDistance, boolean afterBreak) {

    /** Days without a planned session done, a plan under way that long, that make a fresh week a return, not a start. */
    public static final int BREAK_DAYS = 14;

    /** The week of the plan that holds {@code day} (clamped to the plan). */
    public static int weekOf(final SavedPlan plan, final LocalDate day) {
        final long n = java.time.temporal.ChronoUnit.DAYS.between(plan.startDate(), day) / 7 + 1;
        return (int) Math.max(1, Math.min(plan.weeks(), day.isBefore(plan.startDate()) ? 1 : n));
    }


    /** Sums up week {@code week} (1-based) of {@code plan} from {@code log} (only the week's entries are used). */
    public static WeekSummary of(final SavedPlan plan, final List<LogEntry> log, final int week, final LocalDate today) {
        final LocalDate start = PlanSpan.weekStart(plan, week);
        final LocalDate end = start.plusDays(6);
        final List<SavedSession> inWeek = plan.sessions().stream()
                .filter(s -> !s.date().isBefore(start) && !s.date().isAfter(end)).toList();
        // Every session counts, cross-training too: Progress counts them so, and the two must never disagree.
        final int done = (int) inWeek.stream().filter(s -> s.status() == SessionStatus.DONE).count();
        final int skipped = (int) inWeek.stream().filter(s -> s.status() == SessionStatus.SKIPPED).count();
        final List<LogEntry> runs = log.stream().filter(e -> e.status() != LogEntry.Status.SKIPPED)
                .filter(e -> !e.date().isBefore(start) && !e.date().isAfter(end)).toList();
        final int extra = (int) runs.stream().filter(e -> e.status() == LogEntry.Status.EXTRA).count();
        final double total = runs.stream().mapToDouble(e -> e.distanceM().orElse(0.0)).sum();
        final Optional<LogEntry> longest = runs.stream().filter(e -> e.distanceM().isPresent())
                .max(Comparator.comparingDouble(e -> e.distanceM().orElseThrow()));
        final Optional<Double> feel = average(runs.stream().flatMap(e -> e.feel().stream()).toList());
        final Optional<Double> effort = average(runs.stream().flatMap(e -> e.effortRpe().stream()).toList());
        // For a week still to come, "next" is what follows its own sessions, not the next session from today; otherwise
        // it is the first open session from today on: today's, while it is still open, is next.
        final LocalDate from = today.isBefore(start) ? end.plusDays(1) : today;
        final Optional<SavedSession> next = plan.sessions().stream().filter(s -> !s.date().isBefore(from))
                .filter(s -> s.status().isOpen()).min(Comparator.comparing(SavedSession::date));
        // Only what was due counts as planned: sessions before today, and any already ticked off (today's or early).
        final int due = today.isBefore(start) ? inWeek.size()
                : (int) inWeek.stream().filter(s -> s.date().isBefore(today) || !s.status().isOpen()).count();
        // Race week, day 1 with a session that day, last week's long run missed: the note read "A fresh week: 3
        // sessions planned and none due yet" (new-user review 4). Today's session is due, and last week's gap counts.
        final int dueToday = (int) inWeek.stream().filter(s -> s.date().equals(today) && s.status().isOpen()).count();
        final LocalDate missedFrom = today.minusDays(7);
        final int missedBefore = today.isBefore(start) ? 0 : (int) plan.sessions().stream()
                .filter(s -> s.date().isBefore(start) && s.date().isBefore(today) && !s.date().isBefore(missedFrom))
                .filter(s -> s.status().isOpen()).count();
        final Optional<SavedSession> race = inWeek.stream()
                .filter(s -> s.sessionType().filter(t -> t == app.stride.plan.SessionType.RACE).isPresent()).findFirst();
        // Weeks under way with nothing done lately: the note must not cheer "Off to a good start!" (nu6 6).
        final LocalDate breakFrom = today.minusDays(BREAK_DAYS);
        final boolean afterBreak = !plan.startDate().isAfter(breakFrom) && plan.sessions().stream()
                .noneMatch(s -> s.status() == SessionStatus.DONE && !s.date().isBefore(breakFrom) && s.date().isBefore(start));
        return new WeekSummary(week, plan.weeks(), start, end, due, done, skipped, extra, total, longest, feel, effort, next,
                today.isBefore(start), inWeek.size(), dueToday, missedBefore, race,
                race.isPresent() ? plan.distance().flatMap(RaceDistance::parse) : Optional.empty(), afterBreak);
    }

    private static Optional<Double> average(final List<Integer> values) {
        return values.isEmpty() ? Optional.empty() : Optional.of(values.stream().mapToInt(Integer::intValue).average().orElse(0));
    }
}
