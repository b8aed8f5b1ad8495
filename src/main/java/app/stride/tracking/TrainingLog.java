package app.stride.tracking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where tick-offs and logged runs are kept: the planned session's status and the run that was logged for it. */
public interface TrainingLog {

    /** Marks the session done and logs the run on {@code date}, in {@code shoe} if given; returns the logged run's id. */
    default long markDone(final long plannedSessionId, final LocalDate date, final RunReport report, final Optional<Long> shoe,
                          final Instant at) {
        return logSession(plannedSessionId, date, RunStatus.DONE, report, shoe, at);
    }

    /**
     * Logs how the session went, replacing any run logged for it before, and sets the session's status to match
     * (done for done and partial, skipped for skipped), in one transaction; returns the logged run's id.
     */
    long logSession(long plannedSessionId, LocalDate date, RunStatus status, RunReport report, Optional<Long> shoe, Instant at);

    /** Logs a run the plan did not ask for; returns its id. */
    long logExtra(LocalDate date, String type, RunStatus status, RunReport report, Optional<Long> shoe, Instant at);

    void markSkipped(long plannedSessionId);

    /** Back to planned: the logged run of this session, if any, is removed. */
    void reopen(long plannedSessionId);

    /** Puts the session on another day; its original date stays recorded. */
    void move(long plannedSessionId, LocalDate to);

    /** How many runs were logged in all (skipped sessions left out): "times I made it out". */
    int runsLogged();

    /** Logged runs, newest first, at most {@code limit}. */
    List<LoggedRun> recentRuns(int limit);

    /** Every logged entry dated {@code from} to {@code to}, both included, oldest first. */
    List<LoggedRun> runsBetween(LocalDate from, LocalDate to);

    /** Every logged entry, oldest first. */
    List<LoggedRun> allRuns();

    Optional<LoggedRun> find(long id);

    /** The run logged for planned session {@code plannedSessionId}: the latest by date, then id, should there be several. */
    Optional<LoggedRun> runFor(long plannedSessionId);

    /**
     * The run logged for each planned session on a day from {@code from} to {@code to} (its day now or as planned),
     * by session id, chosen as {@link #runFor} chooses, whatever day the run itself is dated.
     */
    java.util.Map<Long, LoggedRun> sessionRuns(LocalDate from, LocalDate to);

    /**
     * Replaces what was recorded for run {@code id} (date, status, numbers, shoe), keeping its link to the session;
     * the session's status follows the new status. Empty if there is no such run.
     */
    boolean update(long id, LocalDate date, RunStatus status, RunReport report, Optional<Long> shoe, Instant at);

    /** Deletes run {@code id}; its session, if any, goes back to planned. Empty if there is no such run. */
    Optional<DeletedRun> delete(long id);

    /** Puts a deleted run back exactly as it was (same id when still free); returns its id. */
    long restore(DeletedRun deleted);
}
