package app.stride.plan;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One day's training. {@code distanceM} and {@code duration} are what the runner sees; {@code load} is what the
 * safety rules count (for effort-based sessions the distance is an estimate). The effort and the description are data
 * (an enum, a {@link SessionBrief}); the command line and the app put them in words.
 */
public record Session(LocalDate date, SessionType type, Optional<Double> distanceM, Optional<Duration> duration,
                      Optional<PaceRange> pace, Optional<SessionEffort> effort, Optional<RunWalk> runWalk, List<Step> steps,
                      SessionBrief description, Load load) {

    /** Metres the rules count: the whole session, and the fast parts by Daniels' pace zones. */
    public record Load(double totalM, double thresholdM, double intervalM, double repetitionM) {

        public static Load easy(final double totalM) {
            return new Load(totalM, 0, 0, 0);
        }

        /** Metres run faster than easy. */
        public double workM() {
            return thresholdM + intervalM + repetitionM;
        }
    }

    public Session {
        steps = List.copyOf(steps);
    }

    /** Where to turn round on an out-and-back route: half the distance. */
    public Optional<Double> turnaroundM() {
        return distanceM.map(d -> d / 2);
    }

    /** When to turn round on an out-and-back route: half the time. */
    public Optional<Duration> turnaroundTime() {
        return duration.map(d -> d.dividedBy(2));
    }
}
