package app.stride.tracking;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A run as it was logged: when, what kind, how it went and what actually happened. {@code plannedSessionId} is empty
 * for an extra run, one the plan did not ask for.
 */
public record LoggedRun(long id, LocalDate date, String type, RunReport report, Optional<String> outfitFeedback,
                        RunStatus status, Optional<Long> plannedSessionId, Optional<Long> shoeId) {

    /** The type stored for a run the plan did not ask for. */
    public static final String EXTRA_TYPE = "easy";

    public LoggedRun {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(status, "status");
    }

    /** A run done as planned, with no link to a session or shoe (the shape before runs had a status). */
    public LoggedRun(final long id, final LocalDate date, final String type, final RunReport report,
                     final Optional<String> outfitFeedback) {
        this(id, date, type, report, outfitFeedback, RunStatus.DONE, Optional.empty(), Optional.empty());
    }

    /** Whether this run was logged on its own, not for a planned session. */
    public boolean extra() {
        return plannedSessionId.isEmpty();
    }

    /** Whether the runner went out (done or partial), as opposed to a skipped session kept with its note. */
    public boolean ran() {
        return status.ran();
    }
}
