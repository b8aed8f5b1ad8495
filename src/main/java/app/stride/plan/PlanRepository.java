package app.stride.plan;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where plans are kept: one current plan, older ones as history, and the inputs as the runner's profile. */
public interface PlanRepository {

    /** A session as stored: the generated date stays visible after the session is moved. */
    record SavedSession(long id, LocalDate date, LocalDate originalDate, String type, Optional<Double> distanceM,
                        Optional<Integer> durationS, Optional<PaceRange> pace, Optional<SessionEffort> effort,
                        Optional<RunWalk> runWalk, List<Step> steps, SessionBrief description, SessionStatus status) {

        public SavedSession {
            steps = List.copyOf(steps);
        }

        /** The kind of session, if this build knows the stored code. */
        public Optional<SessionType> sessionType() {
            return SessionType.parse(type);
        }

        /** Whether the session was moved away from the day the plan gave it. */
        public boolean moved() {
            return !date.equals(originalDate);
        }
    }

    /** A stored plan with its sessions in date order. */
    record SavedPlan(long id, Goal goal, Optional<String> distance, Optional<LocalDate> raceDate, LocalDate startDate,
                     int weeks, List<PlanMessage> warnings, List<SavedSession> sessions) {
    }

    /** A week as generated: its phase, whether it is a lighter cutback week, and the metres planned. */
    record SavedWeek(int number, LocalDate start, Phase phase, boolean cutback, double plannedM) {
    }

    /**
     * What a plan says besides its sessions: the target, paces, predicted race times, its weeks, and its header as
     * made ({@link Plan#goalAsPlanned()}, {@link Plan#pacesByRaceWeek()}) so the saved plan says what its preview said.
     */
    record PlanOutline(Optional<Duration> targetTime, Optional<TrainingPaces> paces, Optional<PaceRange> racePace,
                       Map<RaceDistance, Duration> predicted, List<SavedWeek> weeks, Goal goalAsPlanned,
                       Optional<TrainingPaces> pacesByRaceWeek) {

        public PlanOutline {
            predicted = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(predicted));
            weeks = List.copyOf(weeks);
        }
    }

    /**
     * A stored version of a plan: the plan as made (sessions on the days it gave them), the same sessions as followed
     * ({@code sessions.get(i)} is {@code plan.sessions().get(i)} with its id, day and status), the version it was
     * adapted from and the first day that adaptation changed. {@code exact} is false for plans converted from before
     * the store kept exact units.
     */
    record PlanVersion(long id, Plan plan, List<SavedSession> sessions, Optional<Long> previousId,
                       Optional<LocalDate> adaptedFrom, boolean exact) {

        public PlanVersion {
            sessions = List.copyOf(sessions);
            if (sessions.size() != plan.sessions().size()) {
                throw new IllegalArgumentException("sessions do not match the plan");
            }
        }
    }

    /**
     * A stored plan as the history lists it: whether it is the current one, the version it was adapted from (and
     * from which day), and when it was made.
     */
    record PlanEntry(long id, boolean current, Optional<Long> previousId, Optional<LocalDate> adaptedFrom,
                     Optional<java.time.Instant> createdAt) {
    }

    /** Every stored plan and version, newest first. */
    default List<PlanEntry> entries() {
        return List.of();
    }

    /** The outline of any stored plan or version. */
    default Optional<PlanOutline> outline(final long id) {
        return Optional.empty();
    }

    /** The current plan with everything it was made from, if any. */
    default Optional<PlanVersion> currentVersion() {
        return Optional.empty();
    }

    /** Any stored plan, current or history (follow {@link PlanVersion#previousId()} for earlier versions). */
    default Optional<PlanVersion> version(final long id) {
        return Optional.empty();
    }

    /**
     * Stores {@code next}, adapted from {@code from} on, as the new current version of plan {@code previousId},
     * which is kept as history. Each
     * session of {@code next} whose index is a key of {@code sameAs} is the stored session with that id carried
     * over: its day, status and logged run go with it (the run is linked to the new version). Throws
     * {@link IllegalStateException} when {@code previousId} is no longer the current plan.
     */
    default long saveVersion(final long previousId, final LocalDate from, final Plan next, final Map<Integer, Long> sameAs) {
        throw new UnsupportedOperationException("this store keeps no plan versions");
    }

    /**
     * Replaces what each session of the current plan holds (type, sizes, pace, effort, steps, description, load), keyed
     * by stored id, in one transaction; day, original day, status and logged run stay. Used by "life happens" and its
     * undo. Throws {@link IllegalStateException} when an id is not a session of the current plan.
     */
    default void replaceSessions(final Map<Long, Session> byId) {
        throw new UnsupportedOperationException("this store cannot change sessions");
    }

    /**
     * The current plan's outline. A store that keeps only sessions answers empty; the plan screen then works out
     * the weeks from the session dates.
     */
    default Optional<PlanOutline> currentOutline() {
        return Optional.empty();
    }

    /** Saves {@code plan} as the current plan, moving the previous current plan to history, in one transaction. */
    long saveAsCurrent(Plan plan);

    /** The current plan, if any. */
    Optional<SavedPlan> current();

    /** Number of plans kept as history. */
    int historyCount();
}
