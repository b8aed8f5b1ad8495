package app.stride.plan;

import java.time.LocalDate;
import java.util.List;

/** Seven days of the plan, starting on {@code start}; rest days hold no session. */
public record PlanWeek(int number, LocalDate start, Phase phase, boolean cutback, List<Session> sessions) {

    public PlanWeek {
        sessions = List.copyOf(sessions);
    }

    /** The same week holding {@code other} sessions. */
    public PlanWeek withSessions(final List<Session> other) {
        return new PlanWeek(number, start, phase, cutback, other);
    }

    /** Planned metres, the race included. */
    public double plannedM() {
        return sessions.stream().mapToDouble(s -> s.load().totalM()).sum();
    }

    /** Planned metres without the race, the volume the taper and quality limits are measured on. */
    public double trainingM() {
        return sessions.stream().filter(s -> s.type() != SessionType.RACE).mapToDouble(s -> s.load().totalM()).sum();
    }

    /** The week's long run in metres, 0 when it has none. */
    public double longRunM() {
        return longRunM(sessions);
    }

    /** The longest long run among {@code sessions} in metres, 0 when there is none. */
    public static double longRunM(final java.util.Collection<Session> sessions) {
        return sessions.stream().filter(s -> s.type() == SessionType.LONG).mapToDouble(s -> s.load().totalM()).max().orElse(0);
    }

    /** Number of running sessions (cross-training not counted). */
    public int runs() {
        return (int) sessions.stream().filter(s -> s.type().isRun()).count();
    }
}
