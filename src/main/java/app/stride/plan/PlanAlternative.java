package app.stride.plan;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A change to a refused request that gives a safe plan: a later race date, a shorter distance, or both — the shorter
 * race first (planned now), then this race on the date or later (when no plan of up to 12 weeks gets there safely).
 */
public record PlanAlternative(Optional<LocalDate> raceDate, Optional<RaceDistance> distance) {

    public static PlanAlternative laterRace(final LocalDate date) {
        return new PlanAlternative(Optional.of(date), Optional.empty());
    }

    public static PlanAlternative shorter(final RaceDistance d) {
        return new PlanAlternative(Optional.empty(), Optional.of(d));
    }

    /** The shorter race first (its plan now), then the refused race on {@code date} or later. */
    public static PlanAlternative shorterFirst(final RaceDistance first, final LocalDate date) {
        return new PlanAlternative(Optional.of(date), Optional.of(first));
    }

    /** Whether this is the shorter race first, then the refused one on the date. */
    public boolean shorterFirst() {
        return raceDate.isPresent() && distance.isPresent();
    }
}
