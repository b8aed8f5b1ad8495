package app.stride.plan.adapt;

import app.stride.plan.Phase;
import app.stride.plan.Plan;
import app.stride.plan.PlanWeek;
import app.stride.plan.Session;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts a rebuilt future into the plan's own calendar weeks. The engine builds the future in 7-day weeks from the
 * first open day, which may be mid-week; the runner's plan keeps its weeks (a 12-week plan stays 12 weeks, week 5
 * is still the fifth week of the calendar), so each rebuilt session goes into the plan week its date falls in.
 */
final class CalendarWeeks {

    private CalendarWeeks() {
    }

    /**
     * Appends the sessions of {@code rebuilt} to {@code weeks} (the weeks kept, in order), each in the week of the
     * plan's grid (7 days from {@code planStart}, or from the last kept week's start) that holds its date, and a null id
     * per rebuilt session to {@code ids}. A week takes the phase and cutback of the rebuilt week holding its last day,
     * and a kept week that gets rebuilt sessions takes them when they are most of it.
     */
    static void place(final List<PlanWeek> weeks, final List<Long> ids, final LocalDate planStart, final Plan rebuilt) {
        final LocalDate anchor = weeks.isEmpty() ? planStart : weeks.get(weeks.size() - 1).start();
        final int anchorNumber = weeks.isEmpty() ? 1 : weeks.get(weeks.size() - 1).number();
        int added = 0;
        for (Session s : rebuilt.sessions()) {
            final long index = Math.floorDiv(ChronoUnit.DAYS.between(anchor, s.date()), 7);
            final LocalDate start = anchor.plusWeeks(index);
            final PlanWeek last = weeks.isEmpty() ? null : weeks.get(weeks.size() - 1);
            if (last != null && last.start().equals(start)) {
                final List<Session> joined = new ArrayList<>(last.sessions());
                joined.add(s);
                weeks.set(weeks.size() - 1, last.withSessions(joined));
            } else {
                weeks.add(new PlanWeek(anchorNumber + (int) index, start, Phase.BASE, false, List.of(s)));
            }
            ids.add(null);
            added++;
        }
        if (added == 0) {
            return;
        }
        for (int i = 0; i < weeks.size(); i++) {
            final PlanWeek w = weeks.get(i);
            final LocalDate lastDay = w.start().plusDays(6);
            if (w.start().isBefore(anchor)) {
                continue;
            }
            final long rebuiltHere = w.sessions().stream().filter(rebuilt.sessions()::contains).count();
            if (rebuiltHere * 2 <= w.sessions().size()) {
                continue;
            }
            final PlanWeek source = sourceOf(rebuilt, lastDay);
            weeks.set(i, new PlanWeek(w.number(), w.start(), source.phase(), source.cutback(), w.sessions()));
        }
    }

    /** The rebuilt week holding {@code day}, else the last one starting before it. */
    private static PlanWeek sourceOf(final Plan rebuilt, final LocalDate day) {
        PlanWeek found = rebuilt.weeks().get(0);
        for (PlanWeek w : rebuilt.weeks()) {
            if (!w.start().isAfter(day)) {
                found = w;
            }
        }
        return found;
    }
}
