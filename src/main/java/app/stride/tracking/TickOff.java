package app.stride.tracking;

import app.stride.plan.SessionStatus;
import app.stride.common.InvalidInputException;
import app.stride.plan.PlanRepository;
import app.stride.plan.PlanRepository.SavedPlan;
import app.stride.plan.PlanRepository.SavedSession;
import app.stride.plan.SessionType;
import app.stride.plan.adapt.MoveRules;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Following the plan day by day: today's session, sessions left behind, and ticking them off as done, skipped or
 * moved, without breaking the plan's rules (one session a day, never two hard days in a row).
 */
public final class TickOff {

    /**
     * What the runner sees on Today; {@code finish} is there once the plan's race is ticked off as run and nothing is
     * left open from today on: the plan has ended.
     */
    public record Day(LocalDate date, Optional<SavedSession> today, Optional<SavedSession> next, List<SavedSession> missed,
                      int runsLogged, boolean hasPlan, Optional<Finish> finish) {

        /** A day of a plan not yet over. */
        public Day(final LocalDate date, final Optional<SavedSession> today, final Optional<SavedSession> next,
                   final List<SavedSession> missed, final int runsLogged, final boolean hasPlan) {
            this(date, today, next, missed, runsLogged, hasPlan, Optional.empty());
        }
    }

    /** The plan's race, run, and the run logged for it (if a run was logged). */
    public record Finish(SavedSession race, Optional<LoggedRun> run) {
    }

    private final PlanRepository plans;
    private final TrainingLog log;
    private final Clock clock;

    public TickOff(final PlanRepository plans, final TrainingLog log, final Clock clock) {
        this.plans = Objects.requireNonNull(plans);
        this.log = Objects.requireNonNull(log);
        this.clock = Objects.requireNonNull(clock);
    }

    /** Today's session (done or not), the next one to come, and earlier sessions still open. */
    public Day today() {
        final LocalDate today = LocalDate.now(clock);
        final Optional<SavedPlan> plan = plans.current();
        final List<SavedSession> sessions = plan.map(SavedPlan::sessions).orElse(List.of());
        final Optional<SavedSession> now = PlanSpan.sessionOn(sessions, today);
        final Optional<SavedSession> next = PlanSpan.nextOpen(sessions, today);
        // Only the last week counts as "missed": older gaps are history, not a to-do list. A re-plan (the rebuild after
        // time away) has already dealt with what was missed before it: those sessions stay as they were (not done, and
        // not skipped by the runner, so the log stays honest) but are no longer asked about (new-user review nu6 6).
        final List<SavedSession> lastWeek = sessions.stream()
                .filter(s -> s.date().isBefore(today) && !s.date().isBefore(today.minusDays(7)) && isOpen(s))
                .sorted(java.util.Comparator.comparing(SavedSession::date)).toList();
        final LocalDate replanned = lastWeek.isEmpty() ? LocalDate.MIN : plans.entries().stream()
                .filter(PlanRepository.PlanEntry::current).findFirst().flatMap(PlanRepository.PlanEntry::adaptedFrom)
                .orElse(LocalDate.MIN);
        final List<SavedSession> missed = lastWeek.stream().filter(s -> !s.date().isBefore(replanned)).toList();
        return new Day(today, now, next, missed, log.runsLogged(), plan.isPresent(), finish(sessions, today));
    }

    /** The race, once it is done (on or before today) and no session is left open from today on. */
    private Optional<Finish> finish(final List<SavedSession> sessions, final LocalDate today) {
        final Optional<SavedSession> race = sessions.stream()
                .filter(s -> s.sessionType().filter(t -> t == SessionType.RACE).isPresent())
                .filter(s -> s.status() == SessionStatus.DONE && !s.date().isAfter(today)).findFirst();
        if (race.isEmpty() || sessions.stream().anyMatch(s -> isOpen(s) && !s.date().isBefore(today))) {
            return Optional.empty();
        }
        return Optional.of(new Finish(race.get(), log.runFor(race.get().id())));
    }

    /** The planned sessions between two days whose run was cut short (logged partial): they count as done. */
    public java.util.Set<Long> cutShortSessions(final java.time.LocalDate from, final java.time.LocalDate to) {
        return log.runsBetween(from, to).stream().filter(r -> r.status() == RunStatus.PARTIAL)
                .map(LoggedRun::plannedSessionId).flatMap(java.util.Optional::stream)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /**
     * The run logged for each planned session between two days, by session id (TrainingLog.sessionRuns: the one
     * runFor chooses): what the Plan shows as a done or skipped session's result.
     */
    public java.util.Map<Long, LoggedRun> sessionRuns(final java.time.LocalDate from, final java.time.LocalDate to) {
        return log.sessionRuns(from, to);
    }

    /** The latest logged runs, newest first. */
    public List<LoggedRun> recentRuns(final int limit) {
        return log.recentRuns(limit);
    }

    /** Logs the run and ticks the session off; returns how many times the runner has now made it out. */
    public int done(final long sessionId, final RunReport report) {
        return done(sessionId, report, Optional.empty());
    }

    /** As {@link #done(long, RunReport)}, counting the run's distance on {@code shoe}. */
    public int done(final long sessionId, final RunReport report, final Optional<Long> shoe) {
        return done(find(sessionId), report, shoe);
    }

    /**
     * Ticks off {@code s} as the runner sees it on screen (from {@link #today()}), without reading the whole plan
     * again: the write itself refuses a session that no longer exists.
     */
    public int done(final SavedSession s, final RunReport report, final Optional<Long> shoe) {
        final long sessionId = s.id();
        if (s.date().isAfter(LocalDate.now(clock))) {
            throw InvalidInputException.coded("date", "tracking.error.future", SessionName.of(s));
        }
        log.markDone(sessionId, s.date(), report, shoe, clock.instant());
        return log.runsLogged();
    }

    /**
     * What a skip or a reopen replaced, so Undo puts it back exactly: the session's status before and the run that
     * was logged for it (kept whole, as a delete in the Log keeps it).
     */
    public record Undo(long sessionId, SessionStatus statusBefore, Optional<DeletedRun> run, SessionStatus statusLeft) {
    }

    /** Lets the session go; a run logged for it is taken away but returned for {@link #undo}. */
    public Undo skip(final long sessionId) {
        final Undo undo = takeRun(find(sessionId), SessionStatus.SKIPPED);
        log.markSkipped(sessionId);
        return undo;
    }

    /** Undoes a tick-off: back to planned; the run logged for it is returned for {@link #undo}. */
    public Undo reopen(final long sessionId) {
        final Undo undo = takeRun(find(sessionId), SessionStatus.PLANNED);
        log.reopen(sessionId);
        return undo;
    }

    /**
     * Puts a skipped or reopened session back as it was, with its logged run. Refused (field {@code session}) once the
     * session changed since, e.g. it was ticked off again or a run was logged for it: undoing would delete that run.
     */
    public void undo(final Undo undo) {
        final SavedSession now = find(undo.sessionId());
        if (undo.statusLeft() != now.status() || runFor(undo.sessionId()).isPresent()) {
            throw InvalidInputException.coded("session", "tracking.error.undoStale");
        }
        if (undo.run().isPresent()) {
            log.reopen(undo.sessionId()); // clears whatever was logged since, then the run comes back with its status
            log.restore(undo.run().get());
        } else if (undo.statusBefore() == SessionStatus.SKIPPED) {
            log.markSkipped(undo.sessionId());
        } else {
            log.reopen(undo.sessionId());
        }
    }

    /** The run logged for the session (the latest, should there be several), as stored now. */
    public Optional<LoggedRun> runFor(final long sessionId) {
        return log.runFor(sessionId);
    }

    /**
     * Takes back a tick-off: the session reopens and {@code asLogged}, the run logged with it, goes. Refused as a stale
     * {@link #undo} is (field {@code session}) once that run was edited, replaced or deleted since: it would be lost.
     */
    public void undoTickOff(final long sessionId, final Optional<LoggedRun> asLogged) {
        if (!runFor(sessionId).equals(asLogged)) {
            throw InvalidInputException.coded("session", "tracking.error.undoStale");
        }
        reopen(sessionId);
    }

    private Undo takeRun(final SavedSession s, final SessionStatus statusLeft) {
        final Optional<LoggedRun> run = runFor(s.id());
        return new Undo(s.id(), s.status(), run.flatMap(r -> log.delete(r.id())), statusLeft);
    }

    /** Logs a run that went only partly to plan: the session is ticked off, the run says "partial". */
    public int partial(final SavedSession s, final RunReport report, final Optional<Long> shoe) {
        if (s.date().isAfter(LocalDate.now(clock))) {
            throw InvalidInputException.coded("date", "tracking.error.future", SessionName.of(s));
        }
        log.logSession(s.id(), s.date(), RunStatus.PARTIAL, report, shoe, clock.instant());
        return log.runsLogged();
    }

    /**
     * Moves a session to {@code to}: not into the past, not beyond the plan, not onto a day that has a session, and a
     * hard session never next to another hard day. The message says which rule and why.
     */
    public void move(final long sessionId, final LocalDate to) {
        final SavedPlan plan = plans.current().orElseThrow(() -> InvalidInputException.coded("plan", "tracking.error.noPlan"));
        final SavedSession s = find(plan, sessionId);
        final LocalDate today = LocalDate.now(clock);
        final LocalDate last = plan.sessions().stream().map(SavedSession::date).max(LocalDate::compareTo).orElse(to);
        final List<MoveRules.Slot> slots = plan.sessions().stream().map(TickOff::slot).toList();
        final Optional<MoveRules.Refusal> refusal = MoveRules.check(slot(s), to, slots, today, last);
        if (refusal.isPresent()) {
            final Optional<SavedSession> other = refusal.get().inTheWay()
                    .flatMap(o -> plan.sessions().stream().filter(x -> x.id() == o.id()).findFirst());
            throw switch (refusal.get().rule()) {
                case PAST -> InvalidInputException.coded("date", "tracking.error.movePast", today);
                case RACE -> InvalidInputException.coded("date", "tracking.error.moveRace");
                case BEYOND -> InvalidInputException.coded("date", "tracking.error.moveBeyond", last);
                case TAKEN -> InvalidInputException.coded("date", "tracking.error.moveTaken", to,
                        SessionName.of(other.orElseThrow()));
                case HARD_NEXT_TO_HARD -> InvalidInputException.coded("date", "tracking.error.moveHard", SessionName.of(s),
                        to, SessionName.of(other.orElseThrow()));
            };
        }
        log.move(sessionId, to);
    }

    private SavedSession find(final long id) {
        return find(plans.current().orElseThrow(() -> InvalidInputException.coded("plan", "tracking.error.noPlan")), id);
    }

    private static SavedSession find(final SavedPlan plan, final long id) {
        return plan.sessions().stream().filter(s -> s.id() == id).findFirst()
                .orElseThrow(() -> InvalidInputException.coded("session", "tracking.error.noSession", id));
    }

    private static boolean isOpen(final SavedSession s) {
        return s.status().isOpen();
    }

    private static MoveRules.Slot slot(final SavedSession s) {
        return new MoveRules.Slot(s.id(), s.date(), s.sessionType().map(SessionType::isHard).orElse(false),
                s.sessionType().filter(t -> t == SessionType.RACE).isPresent(), s.status() == SessionStatus.SKIPPED);
    }

    /**
     * Takes back a move: session {@code sessionId}, which the move left on {@code movedTo}, goes back to {@code from}
     * as it was, without the move rules (the day may be past now, or next to a hard day added since). Refused if the
     * session has been moved since, or another session now has that day.
     */
    public void unmove(final long sessionId, final LocalDate movedTo, final LocalDate from) {
        final SavedPlan plan = plans.current().orElseThrow(() -> InvalidInputException.coded("plan", "tracking.error.noPlan"));
        final SavedSession s = find(plan, sessionId);
        if (!s.date().equals(movedTo)) {
            throw InvalidInputException.coded("date", "tracking.error.undoMovedSince", SessionName.of(s), s.date());
        }
        final Optional<SavedSession> there = plan.sessions().stream()
                .filter(o -> o.id() != sessionId && o.status() != SessionStatus.SKIPPED && o.date().equals(from)).findFirst();
        if (there.isPresent()) {
            throw InvalidInputException.coded("date", "tracking.error.moveTaken", from, SessionName.of(there.get()));
        }
        log.move(sessionId, from);
    }
}
