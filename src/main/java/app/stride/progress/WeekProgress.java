package app.stride.progress;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One plan week, planned against done. {@code doneM} is empty for a week not begun, and for a week whose runs were all
 * logged without a distance: unknown, not 0. Sessions count by the day they are on now (a moved session counts in the
 * week it moved to); extra runs add to the distance and to {@code extraRuns}, not to the sessions. {@code plannedTime}
 * adds up the sessions' planned times (what a plan by time is measured in).
 *
 * <p>The race is never added into a week's figures (one rule with the plan, {@code PlanWeek.trainingM}, issue 11: the
 * plan said "6.6 km + the race" and Progress "11.6 km" for the same week): {@code plannedM} and {@code plannedTime} are
 * the training, {@code race} says the week holds the race, and the run logged against it is left out of
 * {@code doneM} and {@code doneTime} too, {@code raceDone} saying it was run. The race still counts as a session.
 */
public record WeekProgress(int number, LocalDate start, double plannedM, Optional<Double> doneM, int sessionsPlanned,
                           int sessionsDone, int extraRuns, int runsWithoutDistance, Duration doneTime,
                           Duration plannedTime, boolean race, boolean raceDone) {
}
