package app.stride.tracking;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A run as a watch or phone recorded it, summed up: start, distance, moving time (pauses left out), elevation gain.
 *
 * @param fingerprint identifies the file's content, so the same file imported twice is recognised
 */
public record RecordedRun(String fingerprint, Instant start, double distanceM, Duration movingTime, double elevationGainM) {

    /** Slower than this between two points is standing still (a brisk walk is about 1.3 m/s; walk breaks count). */
    public static final double MOVING_MPS = 0.5;
    /** Climbs smaller than this are GPS and barometer noise, not hills. */
    public static final double CLIMB_NOISE_M = 3.0;

    /**
     * Sums up {@code segments} (a new segment starts after each pause the device recorded). Distance and time between
     * segments never count; within a segment a stretch slower than {@value #MOVING_MPS} m/s counts as paused.
     */
    public static Optional<RecordedRun> of(final String fingerprint, final List<List<TrackPoint>> segments) {
        double distance = 0;
        double moving = 0;
        double gain = 0;
        Instant start = null;
        for (List<TrackPoint> segment : segments) {
            final List<TrackPoint> points = new ArrayList<>(segment);
            points.sort(java.util.Comparator.comparing(TrackPoint::time));
            Double climbBase = null;
            for (int i = 0; i < points.size(); i++) {
                final TrackPoint p = points.get(i);
                if (start == null || p.time().isBefore(start)) {
                    start = p.time();
                }
                if (p.elevationM().isPresent()) {
                    final double e = p.elevationM().get();
                    if (climbBase == null || e < climbBase) {
                        climbBase = e;
                    } else if (e - climbBase >= CLIMB_NOISE_M) {
                        gain += e - climbBase;
                        climbBase = e;
                    }
                }
                if (i == 0) {
                    continue;
                }
                final TrackPoint prev = points.get(i - 1);
                final double dt = Duration.between(prev.time(), p.time()).toMillis() / 1000.0;
                final Optional<Double> byWatch = p.distanceM().flatMap(d -> prev.distanceM().map(q -> d - q)).filter(d -> d >= 0);
                final double dd = byWatch.or(() -> p.metresFrom(prev)).orElse(0.0);
                distance += dd;
                if (dt > 0 && dd / dt >= MOVING_MPS) {
                    moving += dt;
                }
            }
        }
        if (start == null || distance <= 0 || moving <= 0) {
            return Optional.empty();
        }
        return Optional.of(new RecordedRun(fingerprint, start, distance, Duration.ofMillis(Math.round(moving * 1000)), gain));
    }

    /** Seconds per km over the moving time. */
    public double paceSecPerKm() {
        return movingTime.toMillis() / 1000.0 / (distanceM / 1000.0);
    }
}
