package app.stride.tracking;

import app.stride.plan.SessionStatus;
import app.stride.plan.PlanRepository.SavedPlan;
import app.stride.plan.PlanRepository.SavedSession;
import app.stride.plan.SessionType;
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
 * @param next     the next open session: after {@code today} for this week or a past one, after the week's own
 *                 sessions for a week still to come
 * @param upcoming whether the week is still to come
 */
public record WeekSummary(int week, int weeks, LocalDate start, LocalDate end, int planned, int done, int skipped, int extra,
                          double totalM, Optional<LogEntry> longest, Optional<Double> feel, Optional<Double> effort,
                          Optional<SavedSession> next, boolean upcoming) {

    /** The week of the plan that holds {@code day} (clamped to the plan). */
    public static int weekOf(final SavedPlan plan, final LocalDate day) {
        final long n = java.time.temporal.ChronoUnit.DAYS.between(plan.startDate(), day) / 7 + 1;
        return (int) Math.max(1, Math.min(plan.weeks(), day.isBefore(plan.startDate()) ? 1 : n));
    }

    /** Sums up week {@code week} (1-based) of {@code plan} from {@code log}. */
    public static WeekSummary of(final SavedPlan plan, final List<LogEntry> log, final int week, final LocalDate today) {
        final LocalDate start = plan.startDate().plusWeeks(week - 1L);
        final LocalDate end = start.plusDays(6);
        final List<SavedSession> inWeek = plan.sessions().stream()
                .filter(s -> !s.date().isBefore(start) && !s.date().isAfter(end))
                .filter(s -> s.sessionType().map(SessionType::isRun).orElse(true)).toList();
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
        // For a week still to come, "next" is what follows its own sessions, not the next session from today.
        final LocalDate after = today.isBefore(start) ? end : today;
        final Optional<SavedSession> next = plan.sessions().stream().filter(s -> s.date().isAfter(after))
                .filter(s -> s.status().isOpen()).min(Comparator.comparing(SavedSession::date));
        return new WeekSummary(week, plan.weeks(), start, end, inWeek.size(), done, skipped, extra, total, longest, feel, effort, next,
                today.isBefore(start));
    }

    private static Optional<Double> average(final List<Integer> values) {
        return values.isEmpty() ? Optional.empty() : Optional.of(values.stream().mapToInt(Integer::intValue).average().orElse(0));
    }
}
