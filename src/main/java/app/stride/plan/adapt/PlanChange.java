package app.stride.plan.adapt;

import app.stride.plan.Goal;
import app.stride.plan.RaceDistance;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * What the runner changes about the plan; every part optional. Any change rebuilds the future. A new goal brings
 * its distance and target (a target only with {@link Goal#TIME}).
 */
public record PlanChange(Optional<LocalDate> raceDate, Optional<Set<DayOfWeek>> days, Optional<Goal> goal,
                         Optional<RaceDistance> distance, Optional<Duration> targetTime) {

    public PlanChange {
        days = days.map(Set::copyOf);
    }

    /** No change. */
    public static PlanChange none() {
        return new PlanChange(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Whether anything is changed. */
    public boolean isEmpty() {
        return raceDate.isEmpty() && days.isEmpty() && goal.isEmpty() && distance.isEmpty() && targetTime.isEmpty();
    }
}
