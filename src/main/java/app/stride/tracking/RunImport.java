package app.stride.tracking;

import app.stride.plan.SessionStatus;
import app.stride.common.InvalidInputException;
import app.stride.plan.PlanRepository;
import app.stride.plan.PlanRepository.SavedSession;
import app.stride.plan.SessionType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Runs from a watch or phone: matched to the plan's open session of that day (to tick it off once the runner
 * agrees) or logged as an extra run, and never logged twice.
 */
public final class RunImport {

    /**
     * What a recorded run would become.
     *
     * @param session     the open planned session on the run's day, if any
     * @param duplicateOf the day the same run was already logged, if it was
     */
    public record Match(RecordedRun run, String source, LocalDate date, Optional<SavedSession> session,
                        Optional<LocalDate> duplicateOf) {
    }

    /**
     * How a run was logged.
     *
     * @param alreadyDone the session of that day that was already ticked off (by an earlier run of the same batch
     *                    or before), when this run was therefore logged as an extra run instead
     */
    public record Logged(long loggedRunId, Match match, boolean tickedOff, Optional<SavedSession> alreadyDone) {
    }

    private final PlanRepository plans;
    private final ImportedRuns store;
    private final Clock clock;

    public RunImport(final PlanRepository plans, final ImportedRuns store, final Clock clock) {
        this.plans = plans;
        this.store = store;
        this.clock = clock;
    }

    /** Finds the day, the session it would tick off and whether it is already in the log. */
    public Match match(final RecordedRun run, final String source) {
        final LocalDate date = LocalDate.ofInstant(run.start(), clock.getZone());
        final Optional<SavedSession> session = plans.current().flatMap(p -> p.sessions().stream()
                .filter(s -> s.date().equals(date) && s.status().isOpen())
                .filter(s -> s.sessionType().map(SessionType::isRun).orElse(true))
                .findFirst());
        return new Match(run, source, date, session, store.alreadyLogged(run.fingerprint(), run.start()));
    }

    /**
     * Logs the run: ticking off its session when {@code tickOff} and there is one, else as an extra easy run;
     * {@code notes} says where it came from (the caller words it).
     *
     * @throws InvalidInputException when the run is already in the log
     */
    public Logged log(final Match m, final boolean tickOff, final Optional<Long> shoe, final String notes) {
        if (m.duplicateOf().isPresent()) {
            throw InvalidInputException.coded("FILE", "import.error.duplicate", m.source(), m.duplicateOf().get().toString());
        }
        // The match may be stale: an earlier run of the same batch may have ticked that session off since. A second
        // run on a day whose session is done is an extra run; it never replaces the first.
        final Optional<SavedSession> open = tickOff ? m.session().filter(s -> stillOpen(s.id())) : Optional.empty();
        final Optional<SavedSession> done = open.isPresent() || !tickOff ? Optional.empty() : doneOn(m.date());
        final String type = open.map(SavedSession::type).orElse(SessionType.EASY.code());
        final long id = store.log(m.run(), m.date(), open.map(SavedSession::id), type, shoe, m.source(), notes, clock.instant());
        return new Logged(id, m, open.isPresent(), done);
    }

    private boolean stillOpen(final long sessionId) {
        return plans.current().stream().flatMap(p -> p.sessions().stream())
                .anyMatch(s -> s.id() == sessionId && s.status().isOpen());
    }

    private Optional<SavedSession> doneOn(final LocalDate date) {
        return plans.current().flatMap(p -> p.sessions().stream()
                .filter(s -> s.date().equals(date) && s.status() == SessionStatus.DONE)
                .filter(s -> s.sessionType().map(SessionType::isRun).orElse(true))
                .findFirst());
    }
}
