package app.stride.tracking;

import app.stride.outfit.Effort;
import app.stride.plan.SessionType;
import java.util.Optional;

/** Which effort the outfit helper dresses a planned session for: workouts and races run warmer than easy runs. */
public final class SessionEffort {

    private SessionEffort() {
    }

    public static Effort of(final Optional<SessionType> type) {
        if (type.isEmpty()) {
            return Effort.EASY;
        }
        return switch (type.get()) {
            case LONG -> Effort.LONG;
            case RACE -> Effort.RACE;
            case TEMPO, INTERVALS, REPETITIONS, HILLS, RACE_PACE, TIME_TRIAL -> Effort.WORKOUT;
            default -> Effort.EASY;
        };
    }
}
