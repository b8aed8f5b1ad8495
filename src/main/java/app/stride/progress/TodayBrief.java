package app.stride.progress;

import app.stride.plan.PlanRepository.SavedSession;
import app.stride.tracking.LoggedRun;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What Today puts around the session: today's session (empty on a rest day), the next open one, week N of M of the
 * plan (week 0 before it starts), days to the race (empty without a race or once it is past), the runner's why, and
 * what was logged today (so a ticked-off day shows what was run, not what was planned).
 */
public record TodayBrief(LocalDate date, Optional<SavedSession> session, Optional<SavedSession> next,
                         Optional<Integer> week, Optional<Integer> weeks, Optional<Long> daysToRace, Optional<String> why,
                         List<LoggedRun> loggedToday) {

    public TodayBrief {
        loggedToday = List.copyOf(loggedToday);
    }
}
