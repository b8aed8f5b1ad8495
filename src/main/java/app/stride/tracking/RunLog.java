package app.stride.tracking;

import app.stride.common.InvalidInputException;
import app.stride.plan.PlanRepository;
import app.stride.plan.PlanRepository.SavedPlan;
import app.stride.plan.PlanRepository.SavedSession;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The training log as the runner keeps it: log a day (the planned session if there is one, else an extra run),
 * edit or delete an entry (a delete hands back what it took, so it can be undone exactly), and read it, all of it or
 * one plan's. Numbers the runner did not give stay unknown; a skipped session keeps its note and no numbers.
 */
public final class RunLog {

    /** What {@link #log} did: the entry, the session it ticked off (empty for an extra run), and the new count. */
    public record Logged(LoggedRun run, Optional<SavedSession> session, boolean replacedEarlierEntry, int timesOut) {
    }

    private final PlanRepository plans;
    private final TrainingLog log;
    private final Clock clock;

    public RunLog(final PlanRepository plans, final TrainingLog log, final Clock clock) {
        this.plans = Objects.requireNonNull(plans);
        this.log = Objects.requireNonNull(log);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * Logs {@code date}: ticks off the current plan's session on that day (replacing what was logged for it before),
     * or, on a day without one, records an extra run. A skipped day needs a session to skip and carries no numbers.
     */
    public Logged log(final LocalDate date, final RunStatus status, final RunReport report, final Optional<Long> shoe) {
        requireNotFuture(date);
        requireNoNumbersWhenSkipped(status, report);
        final Optional<SavedSession> session = sessionOn(date);
        final long id;
        boolean replaced = false;
        if (session.isPresent()) {
            final long sessionId = session.get().id();
            replaced = log.runsBetween(date, date).stream().anyMatch(r -> r.plannedSessionId().filter(x -> x == sessionId).isPresent());
            id = log.logSession(session.get().id(), date, status, report, shoe, clock.instant());
        } else {
            if (status == RunStatus.SKIPPED) {
                throw InvalidInputException.coded("status", "tracking.error.nothingToSkip", date.toString());
            }
            id = log.logExtra(date, LoggedRun.EXTRA_TYPE, status, report, shoe, clock.instant());
        }
        return new Logged(log.find(id).orElseThrow(), session, replaced, log.runsLogged());
    }

    /**
     * Adds a run from the app's "Log a run": it ticks off the session of that day when that session is still open,
     * and is otherwise an extra run; a second run on a day whose session is already logged never replaces the first.
     */
    public Logged add(final LocalDate date, final RunStatus status, final RunReport report, final Optional<Long> shoe) {
        requireNotFuture(date);
        if (status == RunStatus.SKIPPED) {
            throw InvalidInputException.coded("status", "tracking.error.skipExtra");
        }
        final Optional<SavedSession> open = sessionOn(date).filter(s -> s.status().isOpen());
        if (open.isPresent()) {
            return log(date, status, report, shoe);
        }
        final long id = log.logExtra(date, LoggedRun.EXTRA_TYPE, status, report, shoe, clock.instant());
        return new Logged(log.find(id).orElseThrow(), Optional.empty(), false, log.runsLogged());
    }

    /**
     * Replaces what entry {@code id} records. The date of an entry for a planned session stays that session's (move
     * the session instead); an extra run may not become "skipped" (delete it instead).
     */
    public LoggedRun edit(final long id, final LocalDate date, final RunStatus status, final RunReport report,
                          final Optional<Long> shoe) {
        final LoggedRun before = find(id);
        requireNotFuture(date);
        requireNoNumbersWhenSkipped(status, report);
        if (!before.extra() && !date.equals(before.date())) {
            throw InvalidInputException.coded("date", "tracking.error.editDate", before.date().toString());
        }
        if (before.extra() && status == RunStatus.SKIPPED) {
            throw InvalidInputException.coded("status", "tracking.error.skipExtra");
        }
        log.update(id, date, status, report, shoe, clock.instant());
        return find(id);
    }

    /** Deletes entry {@code id}; its session opens again. Keep the result to {@link #undoDelete undo} it. */
    public DeletedRun delete(final long id) {
        return log.delete(id).orElseThrow(() -> noRun(id));
    }

    /** Puts a deleted entry back as it was, its session ticked off again; refused if that session was logged since. */
    public LoggedRun undoDelete(final DeletedRun deleted) {
        final Optional<Long> session = deleted.run().plannedSessionId();
        if (session.isPresent() && log.runFor(session.get()).isPresent()) { // one indexed row, not the whole log
            throw InvalidInputException.coded("run", "tracking.error.restoreTaken", deleted.run().date().toString());
        }
        return find(log.restore(deleted));
    }

    public LoggedRun find(final long id) {
        return log.find(id).orElseThrow(() -> noRun(id));
    }

    /** Whether anything was ever logged, run or skipped session (one row read, not the log). */
    public boolean any() {
        return !log.recentRuns(1).isEmpty();
    }

    /** Every entry, newest first. */
    public List<LoggedRun> all() {
        return newestFirst(log.allRuns());
    }

    /** The entries of {@code plan}, newest first: those for its sessions, and extra runs in its weeks. */
    public List<LoggedRun> forPlan(final SavedPlan plan) {
        final Set<Long> ids = plan.sessions().stream().map(SavedSession::id).collect(Collectors.toSet());
        final LocalDate end = PlanSpan.lastDay(plan);
        return newestFirst(log.allRuns().stream()
                .filter(r -> r.plannedSessionId().map(ids::contains)
                        .orElse(!r.date().isBefore(plan.startDate()) && !r.date().isAfter(end)))
                .toList());
    }

    /** The entries of {@code period} (a plan, current or earlier), newest first. */
    public List<LoggedRun> forPeriod(final PlanPeriod period) {
        return within(period, all());
    }

    /** The entries of {@code period} among {@code runs}, in their order (the Log reads every run once for both). */
    public static List<LoggedRun> within(final PlanPeriod period, final List<LoggedRun> runs) {
        return runs.stream().filter(period::holds).toList();
    }

    /** The current plan's entries, or empty when there is no plan. */
    public Optional<List<LoggedRun>> forCurrentPlan() {
        return plans.current().map(this::forPlan);
    }

    /** The current plan's session on {@code date} while it is still open (planned or moved there), if any. */
    public Optional<SavedSession> openOn(final LocalDate date) {
        return sessionOn(date).filter(s -> s.status().isOpen());
    }

    private Optional<SavedSession> sessionOn(final LocalDate date) {
        return plans.current().flatMap(p -> p.sessions().stream().filter(s -> s.date().equals(date)).findFirst());
    }

    private void requireNotFuture(final LocalDate date) {
        if (date.isAfter(LocalDate.now(clock))) {
            throw InvalidInputException.coded("date", "tracking.error.futureRun",
                    app.stride.common.Phrase.DayWithYear.of(date), app.stride.common.Phrase.DayWithYear.of(LocalDate.now(clock)));
        }
    }

    private static void requireNoNumbersWhenSkipped(final RunStatus status, final RunReport r) {
        if (status != RunStatus.SKIPPED) {
            return;
        }
        final Optional<String> field = r.distanceM().map(x -> "distance").or(() -> r.duration().map(x -> "duration"))
                .or(() -> r.effortRpe().map(x -> "effort")).or(() -> r.feel().map(x -> "feel"));
        field.ifPresent(f -> {
            throw InvalidInputException.coded(f, "tracking.error.skippedWithNumbers");
        });
    }

    private static InvalidInputException noRun(final long id) {
        return InvalidInputException.coded("id", "tracking.error.noRun", id);
    }

    private static List<LoggedRun> newestFirst(final List<LoggedRun> runs) {
        return runs.stream().sorted(Comparator.comparing(LoggedRun::date).thenComparing(LoggedRun::id).reversed()).toList();
    }
}
