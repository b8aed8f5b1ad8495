package app.stride.progress;

import app.stride.plan.SessionStatus;
import app.stride.plan.Goal;
import app.stride.plan.PlanRepository.SavedPlan;
import app.stride.plan.PlanRepository.SavedSession;
import app.stride.tracking.LoggedRun;
import app.stride.tracking.PlanSpan;
import app.stride.tracking.RunStatus;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Works out {@link Progress} from the plan and the log, with no storage and no clock of its own.
 *
 * <p>Rules: a session is due once its day has passed, or on its day once it is ticked off or skipped; adherence is the
 * share of due sessions done (a partial run counts as done; skipped and missed sessions do not; a moved session counts
 * on its new day; extra runs never change adherence). Distances and times the runner did not give are left out of sums
 * and of the longest run, never counted as 0. Skipped entries are not runs.
 */
public final class ProgressCalculator {

    private ProgressCalculator() {
    }

    public static Progress compute(final Optional<SavedPlan> plan, final List<LoggedRun> log, final DayOfWeek firstDay,
                                   final LocalDate today) {
        return compute(plan, Map.of(), log, firstDay, today);
    }

    /**
     * As {@link #compute(Optional, List, DayOfWeek, LocalDate)}, with the metres the plan counted for each session by
     * stored id ({@code Session.Load.totalM}, what the Plan screen's "km planned" adds up): a session planned in minutes
     * has no distance of its own, and without these it would count as 0 km planned.
     */
    public static Progress compute(final Optional<SavedPlan> plan, final Map<Long, Double> plannedById,
                                   final List<LoggedRun> log, final DayOfWeek firstDay, final LocalDate today) {
        final List<LoggedRun> runs = log.stream().filter(LoggedRun::ran).filter(r -> !r.date().isAfter(today)).toList();
        final int streak = Streak.weeks(runs.stream().map(LoggedRun::date).toList(), firstDay, today);
        final Optional<LongestRun> longest = longest(runs);
        final Duration total = runs.stream().map(r -> r.report().duration()).flatMap(Optional::stream)
                .reduce(Duration.ZERO, Duration::plus);
        final List<SavedSession> sessions = plan.map(SavedPlan::sessions).orElse(List.of());
        final List<SavedSession> due = sessions.stream().filter(s -> isDue(s, today)).toList();
        final int done = (int) due.stream().filter(ProgressCalculator::isDone).count();
        final java.util.Set<Long> partial = runs.stream().filter(r -> r.status() == RunStatus.PARTIAL)
                .map(LoggedRun::plannedSessionId).flatMap(Optional::stream).collect(java.util.stream.Collectors.toSet());
        final int cutShort = (int) due.stream().filter(ProgressCalculator::isDone).filter(s -> partial.contains(s.id())).count();
        final Optional<Double> adherence = due.isEmpty() ? Optional.empty()
                : Optional.of(Math.round(1000.0 * done / due.size()) / 10.0);
        final List<WeekProgress> weeks = plan.map(p -> weeks(p, plannedById, runs, today)).orElse(List.of());
        final boolean consistencyFirst = plan.map(p -> p.goal() == Goal.CONSISTENCY).orElse(true);
        final List<Highlight> summary = Highlights.of(sessions, runs, streak, longest, consistencyFirst, today);
        return new Progress(today, streak, runs.size(), adherence, due.size(), done, cutShort, weeks, longest, total,
                consistencyFirst, summary, timeBased(sessions));
    }

    /**
     * Whether a plan goes by time: most of its sessions other than the race have a planned time and no pace (run/walk,
     * effort), so the distances it counts for them are estimates. One rule for the app and the CLI.
     */
    static boolean timeBased(final List<SavedSession> sessions) {
        return app.stride.plan.PlanByTime.saved(sessions);
    }

    private static boolean isRace(final SavedSession s) {
        return "race".equals(s.type());
    }

    static boolean isDue(final SavedSession s, final LocalDate today) {
        return s.date().isBefore(today) || isSettled(s);
    }

    static boolean isDone(final SavedSession s) {
        return s.status() == SessionStatus.DONE;
    }

    private static boolean isSettled(final SavedSession s) {
        return s.status() == SessionStatus.DONE || s.status() == SessionStatus.SKIPPED;
    }

    private static List<WeekProgress> weeks(final SavedPlan plan, final Map<Long, Double> plannedById, final List<LoggedRun> runs, final LocalDate today) {
        final int count = Math.max(1, plan.weeks());
        final List<WeekProgress> out = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            final int number = n;
            final LocalDate start = PlanSpan.weekStart(plan, n);
            final List<SavedSession> sessions = plan.sessions().stream().filter(s -> PlanSpan.weekOf(plan, s.date()) == number).toList();
            final LocalDate end = n == count ? PlanSpan.lastDay(plan) : start.plusDays(6);
            final java.util.Set<Long> raceIds = sessions.stream().filter(ProgressCalculator::isRace).map(SavedSession::id)
                    .collect(java.util.stream.Collectors.toSet());
            final List<SavedSession> training = sessions.stream().filter(s -> !isRace(s)).toList();
            final List<LoggedRun> inWeek = runs.stream().filter(r -> !r.date().isBefore(start) && !r.date().isAfter(end)).toList();
            // The race is named beside the week's figures, never added in: the plan's rule (PlanWeek.trainingM).
            final List<LoggedRun> counted = inWeek.stream()
                    .filter(r -> r.plannedSessionId().map(id -> !raceIds.contains(id)).orElse(true)).toList();
            final double planned = training.stream().mapToDouble(s -> plannedM(s, plannedById)).sum();
            final List<Double> known = counted.stream().map(r -> r.report().distanceM()).flatMap(Optional::stream).toList();
            final Optional<Double> doneM = start.isAfter(today) || (known.isEmpty() && !counted.isEmpty()) ? Optional.empty()
                    : Optional.of(known.stream().mapToDouble(Double::doubleValue).sum());
            final int sessionsDone = (int) sessions.stream().filter(ProgressCalculator::isDone).count();
            final int extra = (int) inWeek.stream().filter(LoggedRun::extra).count();
            final Duration time = counted.stream().map(r -> r.report().duration()).flatMap(Optional::stream)
                    .reduce(Duration.ZERO, Duration::plus);
            // The Plan screen's rule: runs only, the optional cross-training left out (coach review 5).
            final Duration plannedTime = app.stride.plan.PlanByTime.savedTrainingTime(training);
            final boolean raceDone = sessions.stream().filter(ProgressCalculator::isRace).anyMatch(ProgressCalculator::isDone);
            out.add(new WeekProgress(n, start, planned, doneM, sessions.size(), sessionsDone, extra,
                    counted.size() - known.size(), time, plannedTime, !raceIds.isEmpty(), raceDone));
        }
        return out;
    }

    /**
     * The metres a session counts for in "planned": what the plan counted for it, else its distance, else its time at
     * the middle of its pace range; a session with neither distance nor pace counts 0.
     */
    static double plannedM(final SavedSession s, final Map<Long, Double> plannedById) {
        final Double counted = plannedById.get(s.id());
        if (counted != null) {
            return counted;
        }
        if (s.distanceM().isPresent()) {
            return s.distanceM().get();
        }
        return s.durationS().flatMap(t -> s.pace().map(p -> t / p.midSecPerKm() * 1000)).orElse(0.0);
    }

    /** The longest known distance; of equal ones, the first. */
    static Optional<LongestRun> longest(final List<LoggedRun> runs) {
        return runs.stream().filter(r -> r.report().distanceM().isPresent())
                .max(Comparator.comparing((LoggedRun r) -> r.report().distanceM().orElseThrow())
                        .thenComparing(LoggedRun::date, Comparator.reverseOrder()))
                .map(r -> new LongestRun(r.date(), r.report().distanceM().orElseThrow()));
    }
}
