package app.stride.progress;

import app.stride.plan.PlanRepository.SavedSession;
import app.stride.progress.Highlight.Code;
import app.stride.tracking.LoggedRun;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The short summary in plain words, as data: how this month's sessions went, a longest run in the last seven days,
 * and the streak. A consistency goal (or running without a plan) leads with the streak and the runs this month.
 */
final class Highlights {

    private Highlights() {
    }

    static List<Highlight> of(final List<SavedSession> sessions, final List<LoggedRun> runs, final int streak,
                              final Optional<LongestRun> longest, final boolean consistencyFirst, final LocalDate today) {
        if (runs.isEmpty()) {
            return List.of(Highlight.of(Code.NO_RUNS_YET));
        }
        final YearMonth month = YearMonth.from(today);
        final List<SavedSession> dueThisMonth = sessions.stream()
                .filter(s -> YearMonth.from(s.date()).equals(month) && ProgressCalculator.isDue(s, today)).toList();
        final int doneThisMonth = (int) dueThisMonth.stream().filter(ProgressCalculator::isDone).count();
        final int runsThisMonth = (int) runs.stream().filter(r -> YearMonth.from(r.date()).equals(month)).count();
        final Optional<Highlight> sessionsLine = dueThisMonth.isEmpty() ? Optional.empty()
                : Optional.of(Highlight.of(Code.SESSIONS_THIS_MONTH, doneThisMonth, dueThisMonth.size()));
        final Optional<Highlight> runsLine = runsThisMonth == 0 ? Optional.empty()
                : Optional.of(Highlight.of(Code.RUNS_THIS_MONTH, runsThisMonth));
        final Optional<Highlight> longestLine = longestYet(runs, longest, today);
        final List<Highlight> out = new ArrayList<>();
        if (consistencyFirst) {
            if (streak > 0) {
                out.add(Highlight.of(Code.STREAK_WEEKS, streak));
            }
            runsLine.ifPresent(out::add);
            sessionsLine.ifPresent(out::add);
            longestLine.ifPresent(out::add);
        } else {
            sessionsLine.or(() -> runsLine).ifPresent(out::add);
            longestLine.ifPresent(out::add);
            if (streak > 1) {
                out.add(Highlight.of(Code.STREAK_WEEKS, streak));
            }
        }
        return out;
    }

    /** The longest run, when it was run in the last seven days and beat a shorter one before it. */
    private static Optional<Highlight> longestYet(final List<LoggedRun> runs, final Optional<LongestRun> longest,
                                                  final LocalDate today) {
        if (longest.isEmpty() || longest.get().date().isBefore(today.minusDays(6))) {
            return Optional.empty();
        }
        final boolean beatEarlier = runs.stream().anyMatch(r -> r.date().isBefore(longest.get().date())
                && r.report().distanceM().isPresent());
        return beatEarlier ? Optional.of(Highlight.of(Code.LONGEST_RUN_YET, longest.get().date(), longest.get().metres()))
                : Optional.empty();
    }
}
