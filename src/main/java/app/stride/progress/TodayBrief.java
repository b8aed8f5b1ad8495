package app.stride.progress;

import app.stride.plan.PlanRepository.SavedSession;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What Today puts around the session: today's session (empty on a rest day), the next open one, week N of M of the
 * plan (week 0 before it starts), days to the race (empty without a race or once it is past) and the runner's why.
 */
public record TodayBrief(LocalDate date, Optional<SavedSession> session, Optional<SavedSession> next,
                         Optional<Integer> week, Optional<Integer> weeks, Optional<Long> daysToRace, Optional<String> why) {
}
