package app.stride.tracking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** Where imported runs are kept; the store implements it. */
public interface ImportedRuns {

    /**
     * The day of a run already logged from the same file, or from another file starting within a minute of
     * {@code start} (the same run exported as GPX and as TCX).
     */
    Optional<LocalDate> alreadyLogged(String fingerprint, Instant start);

    /**
     * Logs {@code run} on {@code date}, for {@code plannedSessionId} (ticking it off) or as an extra run of
     * {@code type}, in {@code shoe} if given, with {@code notes}; all in one transaction. Returns the logged run's id.
     */
    long log(RecordedRun run, LocalDate date, Optional<Long> plannedSessionId, String type, Optional<Long> shoe,
             String source, String notes, Instant at);
}
