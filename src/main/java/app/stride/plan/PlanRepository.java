package app.stride.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where plans are kept: one current plan, older ones as history, and the inputs as the runner's profile. */
public interface PlanRepository {

    /** A session as stored: the generated date stays visible after the session is moved. */
    record SavedSession(LocalDate date, LocalDate originalDate, String type, Optional<Double> distanceM,
                        Optional<Integer> durationS, String description, String status) {
    }

    /** A stored plan with its sessions in date order. */
    record SavedPlan(long id, Goal goal, Optional<String> distance, Optional<LocalDate> raceDate, LocalDate startDate,
                     int weeks, List<String> warnings, List<SavedSession> sessions) {
    }

    /** Saves {@code plan} as the current plan, moving the previous current plan to history, in one transaction. */
    long saveAsCurrent(Plan plan);

    /** The current plan, if any. */
    Optional<SavedPlan> current();

    /** Number of plans kept as history. */
    int historyCount();
}
