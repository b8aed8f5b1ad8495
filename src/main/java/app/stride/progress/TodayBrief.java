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
                         List<LoggedRun> loggedToday, PlanState planState) {

    /** Where the runner is with the current plan. */
    public enum PlanState {
        /** No current plan. */
        NONE,
        /** The plan starts later. */
        NOT_STARTED,
        /** Today is within the plan. */
        ACTIVE,
        /** The plan's last day (its race) is past: time for the next plan. */
        FINISHED;

        /** The code in JSON and the resource bundle. */
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    public TodayBrief {
        loggedToday = List.copyOf(loggedToday);
    }

    /** A brief whose state is read from the week alone (none, not started or active). */
    public TodayBrief(final LocalDate date, final Optional<SavedSession> session, final Optional<SavedSession> next,
                      final Optional<Integer> week, final Optional<Integer> weeks, final Optional<Long> daysToRace,
                      final Optional<String> why, final List<LoggedRun> loggedToday) {
        this(date, session, next, week, weeks, daysToRace, why, loggedToday, weeks.isEmpty() ? PlanState.NONE
                : week.filter(w -> w == 0).isPresent() ? PlanState.NOT_STARTED : PlanState.ACTIVE);
    }
}
