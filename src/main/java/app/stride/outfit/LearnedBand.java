package app.stride.outfit;

/**
 * What the runner's answers taught about one 5 °C band of the base dress-for temperature.
 *
 * @param bandC lower edge of the band in °C (a multiple of 5)
 * @param offsetC how much warmer (positive) or lighter (negative) to dress there, in °C, within ±5
 */
public record LearnedBand(int bandC, double offsetC, int tooCold, int ok, int tooWarm) {

    public LearnedBand {
        if (Math.floorMod(bandC, OutfitLearning.BAND_WIDTH_C) != 0) {
            throw new IllegalArgumentException("band must start at a multiple of " + OutfitLearning.BAND_WIDTH_C + ": " + bandC);
        }
        if (Math.abs(offsetC) > OutfitLearning.MAX_OFFSET_C + 1e-9) {
            throw new IllegalArgumentException("offset out of bounds: " + offsetC);
        }
        if (tooCold < 0 || ok < 0 || tooWarm < 0) {
            throw new IllegalArgumentException("negative answer count");
        }
    }

    /** A band nobody has answered about yet. */
    public static LearnedBand empty(final int bandC) {
        return new LearnedBand(bandC, 0.0, 0, 0, 0);
    }

    public int answers() {
        return tooCold + ok + tooWarm;
    }

    /** The middle of the band, in °C: what "around 40°F" refers to. */
    public double centreC() {
        return bandC + OutfitLearning.BAND_WIDTH_C / 2.0;
    }
}
