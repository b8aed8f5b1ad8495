package app.stride.tracking;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One line of the runner's history: a run (for a planned session or extra) or a planned session let go.
 *
 * @param plannedType the planned session's type code, empty for a run outside the plan
 * @param runType     the type code the run was logged as
 */
public record LogEntry(LocalDate date, Optional<String> plannedType, String runType, Status status,
                       Optional<Double> distanceM, Optional<Duration> duration, Optional<Integer> effortRpe,
                       Optional<Integer> feel, String notes, Optional<String> shoe) {

    /** What happened to the session. */
    public enum Status {
        DONE("done"), PARTIAL("partial"), SKIPPED("skipped"), EXTRA("extra");

        private final String code;

        Status(final String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** A run counts as partial when it covered less than this share of what was planned. */
    public static final double PARTIAL_BELOW = 0.8;

    public LogEntry {
        notes = notes == null ? "" : notes;
    }

    /**
     * Done, partial or extra: a run for a planned session is partial when its distance (or, failing that, its time)
     * fell short of {@value #PARTIAL_BELOW} of the plan's.
     */
    public static Status statusOf(final boolean planned, final Optional<Double> plannedM, final Optional<Duration> plannedTime,
                                  final Optional<Double> ranM, final Optional<Duration> ranTime) {
        if (!planned) {
            return Status.EXTRA;
        }
        if (plannedM.isPresent() && ranM.isPresent()) {
            return ranM.get() < plannedM.get() * PARTIAL_BELOW ? Status.PARTIAL : Status.DONE;
        }
        if (plannedTime.isPresent() && ranTime.isPresent()) {
            return ranTime.get().toSeconds() < plannedTime.get().toSeconds() * PARTIAL_BELOW ? Status.PARTIAL : Status.DONE;
        }
        return Status.DONE;
    }

    /** Average pace in seconds per km, when both distance and time are known. */
    public Optional<Double> paceSecPerKm() {
        return distanceM.filter(d -> d > 0).flatMap(d -> duration.map(t -> t.toMillis() / 1000.0 / (d / 1000.0)));
    }
}
