package app.stride.export;

import java.time.Instant;
import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;

/**
 * What exports need about the current plan beyond {@code PlanRepository}'s records: when it was made, the runner's
 * why and usual run time, and each session's revision (bumped when it moves or is ticked off).
 */
public record PlanExtras(Instant createdAt, Optional<String> why, Optional<LocalTime> usualRunTime, Map<Long, Revision> revisions) {

    /** A session's iCalendar SEQUENCE and when it last changed. */
    public record Revision(int sequence, Optional<Instant> modifiedAt) {
    }

    public PlanExtras {
        revisions = Map.copyOf(revisions);
    }

    /** The revision of session {@code id}: 0 and never changed when unknown. */
    public Revision revision(final long id) {
        return revisions.getOrDefault(id, new Revision(0, Optional.empty()));
    }

    /** Where the extras come from; the store implements it. */
    public interface Source {
        /** Extras of the current plan; empty when there is no plan. */
        Optional<PlanExtras> current();
    }
}
