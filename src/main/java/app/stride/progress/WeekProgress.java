package app.stride.progress;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One plan week, planned against done. {@code doneM} is empty for a week not begun, and for a week whose runs were all
 * logged without a distance: unknown, not 0. Sessions count by the day they are on now (a moved session counts in the
 * week it moved to); extra runs add to the distance and to {@code extraRuns}, not to the sessions. {@code plannedTime}
 * adds up the sessions' planned times (what a plan by time is measured in).
 */
public record WeekProgress(int number, LocalDate start, double plannedM, Optional<Double> doneM, int sessionsPlanned,
                           int sessionsDone, int extraRuns, int runsWithoutDistance, Duration doneTime,
                           Duration plannedTime) {
}
