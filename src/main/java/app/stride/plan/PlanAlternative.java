package app.stride.plan;

import java.time.LocalDate;
import java.util.Optional;

/** A change to a refused request that gives a safe plan: a later race date or a shorter distance. */
public record PlanAlternative(Optional<LocalDate> raceDate, Optional<RaceDistance> distance) {

    public static PlanAlternative laterRace(final LocalDate date) {
        return new PlanAlternative(Optional.of(date), Optional.empty());
    }

    public static PlanAlternative shorter(final RaceDistance d) {
        return new PlanAlternative(Optional.empty(), Optional.of(d));
    }
}
