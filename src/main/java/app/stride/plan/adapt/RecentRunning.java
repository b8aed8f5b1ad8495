package app.stride.plan.adapt;

import app.stride.tracking.LoggedRun;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * What the training log says about the runner's running up to and including {@code asOf}: the last run, the days
 * since, and the weekly volume, runs a week and longest run over the four weeks before that last run (only weeks the
 * log covers). A run logged on {@code asOf} itself counts: the runner who ticks off today's session has not been away.
 */
record RecentRunning(Optional<LocalDate> lastRun, int daysWithoutRunning, Optional<Double> weeklyM,
                     Optional<Integer> runsPerWeek, Optional<Double> longestRunM) {

    static final int WINDOW_DAYS = 28;

    static RecentRunning of(final List<LoggedRun> log, final LocalDate planStart, final LocalDate asOf) {
        final List<LoggedRun> before = log.stream().filter(r -> !r.date().isAfter(asOf)).toList();
        final Optional<LocalDate> last = before.stream().map(LoggedRun::date).max(LocalDate::compareTo);
        final int days = last.map(d -> (int) Math.max(0, ChronoUnit.DAYS.between(d, asOf) - 1))
                .orElse((int) Math.max(0, ChronoUnit.DAYS.between(planStart, asOf)));
        if (last.isEmpty()) {
            return new RecentRunning(last, days, Optional.empty(), Optional.empty(), Optional.empty());
        }
        final LocalDate end = last.get();
        final LocalDate first = before.stream().map(LoggedRun::date).min(LocalDate::compareTo).orElse(end);
        final LocalDate covered = first.isBefore(planStart) ? first : planStart;
        final LocalDate from = end.minusDays(WINDOW_DAYS - 1).isAfter(covered) ? end.minusDays(WINDOW_DAYS - 1) : covered;
        final List<LoggedRun> window = before.stream().filter(r -> !r.date().isBefore(from) && !r.date().isAfter(end)).toList();
        final double weeks = Math.max(1, (ChronoUnit.DAYS.between(from, end) + 1) / 7.0);
        final List<Double> known = window.stream().flatMap(r -> r.report().distanceM().stream()).toList();
        // Runs logged without a distance count as the average of those with one.
        final Optional<Double> weekly = known.isEmpty() ? Optional.empty()
                : Optional.of(known.stream().mapToDouble(Double::doubleValue).sum() / known.size() * window.size() / weeks);
        final Optional<Integer> runs = Optional.of((int) Math.max(1, Math.min(7, Math.round(window.size() / weeks))));
        final Optional<Double> longest = known.stream().max(Double::compareTo);
        return new RecentRunning(last, days, weekly, runs, longest);
    }
}
