package app.stride.plan;

/** A pace band in seconds per kilometre; {@code minSecPerKm} is the faster end. */
public record PaceRange(int minSecPerKm, int maxSecPerKm) {

    public PaceRange {
        if (minSecPerKm <= 0 || maxSecPerKm < minSecPerKm) {
            throw new IllegalArgumentException("bad pace range " + minSecPerKm + "-" + maxSecPerKm);
        }
    }

    /** A single pace with a little room either side, as a runner can hold it. */
    public static PaceRange around(final double secPerKm, final int halfWidth) {
        final int mid = (int) Math.round(secPerKm);
        return new PaceRange(mid - halfWidth, mid + halfWidth);
    }

    /** The middle of the band, used to turn a distance into a time. */
    public double midSecPerKm() {
        return (minSecPerKm + maxSecPerKm) / 2.0;
    }
}
