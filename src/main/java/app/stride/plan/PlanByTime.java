package app.stride.plan;

import app.stride.plan.PlanRepository.SavedSession;
import java.time.Duration;
import java.util.List;

/**
 * Whether a plan goes by time: most of its sessions other than the race have a planned time and no pace (run/walk,
 * effort), so the distances counted for them are estimates no session carries. One rule for Progress, the Plan screen,
 * the calendar and the CLI: such a plan's weeks are totalled in time ("1 h 35 min"), never in kilometres.
 */
public final class PlanByTime {

    private PlanByTime() {
    }

    /** The rule over a generated plan's sessions. */
    public static boolean sessions(final List<Session> sessions) {
        final List<Session> training = sessions.stream().filter(s -> s.type() != SessionType.RACE).toList();
        return most(training.size(), training.stream().filter(s -> s.pace().isEmpty() && s.duration().isPresent()).count());
    }

    /** The rule over a stored plan's sessions. */
    public static boolean saved(final List<SavedSession> sessions) {
        final List<SavedSession> training = sessions.stream().filter(s -> !isRace(s.type())).toList();
        return most(training.size(), training.stream().filter(s -> s.pace().isEmpty() && s.durationS().isPresent()).count());
    }

    /**
     * A generated week's planned training time: its runs, the race left out (it is named beside the total) and the
     * optional cross-training too (coach review 5: a Couch-to-5K week of 90 minutes of run/walk said "2 h").
     */
    public static Duration trainingTime(final PlanWeek week) {
        return week.sessions().stream().filter(s -> s.type().isRun() && s.type() != SessionType.RACE)
                .map(s -> s.duration().orElse(Duration.ZERO))
                .reduce(Duration.ZERO, Duration::plus);
    }

    /** Stored sessions' planned training time: runs only, the race and the optional cross-training left out. */
    public static Duration savedTrainingTime(final List<SavedSession> sessions) {
        return Duration.ofSeconds(sessions.stream().filter(s -> !isRace(s.type()) && !isCrossTraining(s.type()))
                .mapToLong(s -> s.durationS().map(Number::longValue).orElse(0L)).sum());
    }

    private static boolean isRace(final String type) {
        return SessionType.RACE.code().equals(type);
    }

    private static boolean isCrossTraining(final String type) {
        return SessionType.CROSS_TRAINING.code().equals(type);
    }

    private static boolean most(final int training, final long byTime) {
        return training > 0 && byTime * 2 > training;
    }
}
