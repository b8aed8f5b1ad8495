package app.stride.tracking;

import app.stride.plan.Goal;
import app.stride.plan.RaceDistance;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * A plan as the log sees it, to filter by: its goal and race, its days, whether it is the current plan, and the ids of
 * its sessions (of its latest version: a plan adapted along the way keeps its runs on the version that replaced it).
 */
public record PlanPeriod(long planId, Goal goal, Optional<RaceDistance> race, LocalDate start, LocalDate end, boolean current,
                         Set<Long> sessionIds) {

    public PlanPeriod {
        sessionIds = Set.copyOf(sessionIds);
    }

    /** Whether {@code run} belongs to this plan: logged for one of its sessions, or an extra run on one of its days. */
    public boolean holds(final LoggedRun run) {
        return run.plannedSessionId().map(sessionIds::contains)
                .orElse(!run.date().isBefore(start) && !run.date().isAfter(end));
    }
}
