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
            final List<Optional<Double>> smooth = smoothed(points);
            // A climb counts from its lowest point to its highest once it rose more than the noise, and ends when the
            // way drops more than the noise below its top.
            Double low = null;
            double high = 0;
            boolean climbing = false;
            for (int i = 0; i < points.size(); i++) {
                final TrackPoint p = points.get(i);
                if (start == null || p.time().isBefore(start)) {
                    start = p.time();
                }
                if (smooth.get(i).isPresent()) {
                    final double e = smooth.get(i).get();
                    if (low == null) {
                        low = e;
                    } else if (climbing) {
                        if (e > high) {
                            gain += e - high;
                            high = e;
                        } else if (high - e >= CLIMB_NOISE_M) {
                            climbing = false;
                            low = e;
                        }
                    } else if (e < low) {
                        low = e;
                    } else if (e - low >= CLIMB_NOISE_M) {
                        climbing = true;
                        gain += e - low;
                        high = e;
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

    /** Points either side averaged: phones report height a metre or two up and down at every fix. */
    static final int SMOOTHING = 5;

    private static List<Optional<Double>> smoothed(final List<TrackPoint> points) {
        final List<Optional<Double>> out = new ArrayList<>(points.size());
        for (int i = 0; i < points.size(); i++) {
            if (points.get(i).elevationM().isEmpty()) {
                out.add(Optional.empty());
                continue;
            }
            double sum = 0;
            int n = 0;
            for (int j = Math.max(0, i - SMOOTHING); j <= Math.min(points.size() - 1, i + SMOOTHING); j++) {
                final Optional<Double> e = points.get(j).elevationM();
                if (e.isPresent()) {
                    sum += e.get();
                    n++;
                }
            }
            out.add(Optional.of(sum / n));
        }
        return out;
    }

    /** Seconds per km over the moving time. */
    public double paceSecPerKm() {
        return movingTime.toMillis() / 1000.0 / (distanceM / 1000.0);
    }
}
