package app.stride.tracking;

import java.time.Instant;
import java.util.Optional;

/**
 * One recorded point of a run: when, where, how high, and (when the watch counted it) the distance so far.
 * Watches measure distance with their own sensors; when they give it, it wins over the straight lines between fixes.
 */
public record TrackPoint(Instant time, Optional<Double> latitude, Optional<Double> longitude, Optional<Double> elevationM,
                         Optional<Double> distanceM) {

    /** Metres from {@code other} to this point along the ground (haversine), if both have a position. */
    Optional<Double> metresFrom(final TrackPoint other) {
        if (latitude.isEmpty() || longitude.isEmpty() || other.latitude.isEmpty() || other.longitude.isEmpty()) {
            return Optional.empty();
        }
        final double r = 6_371_008.8;
        final double p1 = Math.toRadians(other.latitude.get());
        final double p2 = Math.toRadians(latitude.get());
        final double dp = p2 - p1;
        final double dl = Math.toRadians(longitude.get() - other.longitude.get());
        final double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return Optional.of(2 * r * Math.asin(Math.min(1, Math.sqrt(a))));
    }
}
