package app.stride.tracking;

import app.stride.plan.PlanRepository.SavedPlan;
import app.stride.plan.PlanRepository.SavedSession;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Where a stored plan sits in the calendar: its weeks counted from its start date, and its last day. */
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
}
