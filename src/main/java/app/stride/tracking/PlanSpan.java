package app.stride.tracking;

import app.stride.plan.PlanRepository.SavedPlan;
import app.stride.plan.PlanRepository.SavedSession;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Where a stored plan sits in the calendar: its weeks, its last day, and the session on or after a day. */
public final class PlanSpan {

    private PlanSpan() {
    }

    /** The plan's last day: its last week's end, or a later session (a race after the last full week). */
    public static LocalDate lastDay(final SavedPlan plan) {
        final LocalDate weeksEnd = plan.startDate().plusWeeks(Math.max(1, plan.weeks())).minusDays(1);
        return plan.sessions().stream().map(SavedSession::date).filter(weeksEnd::isBefore).max(LocalDate::compareTo)
                .orElse(weeksEnd);
    }

    /** The plan week holding {@code date}, 1 to the plan's weeks; 0 before the plan starts; the last week after it. */
    public static int weekOf(final SavedPlan plan, final LocalDate date) {
        if (date.isBefore(plan.startDate())) {
            return 0;
        }
        final long n = ChronoUnit.DAYS.between(plan.startDate(), date) / 7 + 1;
        return (int) Math.min(n, Math.max(1, plan.weeks()));
    }

    /** The first day of plan week {@code number} (1-based). */
    public static LocalDate weekStart(final SavedPlan plan, final int number) {
        return plan.startDate().plusWeeks(number - 1L);
    }

    /** The session on {@code day}, if the plan has one. */
    public static Optional<SavedSession> sessionOn(final List<SavedSession> sessions, final LocalDate day) {
        return sessions.stream().filter(s -> s.date().equals(day)).findFirst();
    }

    /** The first session after {@code day} still to do (not done, skipped or let go). */
    public static Optional<SavedSession> nextOpen(final List<SavedSession> sessions, final LocalDate day) {
        return sessions.stream().filter(s -> s.date().isAfter(day)).filter(s -> s.status().isOpen())
                .min(Comparator.comparing(SavedSession::date));
    }
}
