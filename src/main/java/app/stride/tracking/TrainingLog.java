package app.stride.tracking;

import java.time.Instant;
import java.time.LocalDate;

/** Where tick-offs are kept: the planned session's status and the run that was logged for it. */
public interface TrainingLog {

    /** Marks the session done and logs the run on {@code date}, in {@code shoe} if given; returns the logged run's id. */
    long markDone(long plannedSessionId, LocalDate date, RunReport report, java.util.Optional<Long> shoe, Instant at);

    void markSkipped(long plannedSessionId);

    /** Back to planned: the logged run of this session, if any, is removed. */
    void reopen(long plannedSessionId);

    /** Puts the session on another day; its original date stays recorded. */
    void move(long plannedSessionId, LocalDate to);

    /** How many runs were logged in all: "times I made it out". */
    int runsLogged();

    /** Logged runs, newest first, at most {@code limit}. */
    java.util.List<LoggedRun> recentRuns(int limit);
}
