package app.stride.progress;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * How the runner is doing on {@code asOf}: the habit (streak, times out, longest run, total time, over every run logged)
 * and the current plan (adherence and its weeks, planned against done). {@code adherencePct} is empty until a session
 * is due. {@code timeBased}: the plan's sessions go by time (effort and minutes, no pace), so its distances are only
 * estimates: screens measure it in time and sessions, never in planned km. {@code sessionsCutShort} of the done sessions were logged as cut short (a partial run: it still counts as
 * done). {@code consistencyFirst} asks screens to lead with the habit (a consistency goal, or no plan).
 */
public record Progress(LocalDate asOf, int streakWeeks, int timesOut, Optional<Double> adherencePct, int sessionsDue,
                       int sessionsDone, int sessionsCutShort, List<WeekProgress> weeks, Optional<LongestRun> longestRun, Duration totalTime,
                       boolean consistencyFirst, List<Highlight> summary,
                       boolean timeBased) {

    public Progress {
        weeks = List.copyOf(weeks);
        summary = List.copyOf(summary);
    }
}
