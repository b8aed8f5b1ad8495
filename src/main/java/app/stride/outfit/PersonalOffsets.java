package app.stride.outfit;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * All learned bands of one runner, and how they change the dress-for temperature. Inside a band the full offset
 * applies; across a band edge it ramps over 2 °C so that 9.9 °C and 10.1 °C dress alike. The result is then made
 * non-decreasing in the base temperature, so even a runner whose neighbouring bands learned opposite things is never
 * given less clothing for colder weather.
 */
public final class PersonalOffsets {

    /** Nothing learned: the dress-for temperature is the base one. */
    public static final PersonalOffsets NONE = new PersonalOffsets(List.of());

    private static final double RAMP_C = 1.0;

    private final TreeMap<Integer, LearnedBand> bands = new TreeMap<>();

    public PersonalOffsets(final Collection<LearnedBand> learned) {
        for (LearnedBand b : learned) {
            bands.put(b.bandC(), b);
        }
    }

    /** The learned bands, coldest first. */
    public List<LearnedBand> bands() {
        return List.copyOf(bands.values());
    }

    public Optional<LearnedBand> band(final int bandC) {
        return Optional.ofNullable(bands.get(bandC));
    }

    /** The band holding {@code baseC}, or an empty one. */
    public LearnedBand bandFor(final double baseC) {
        final int k = OutfitLearning.bandOf(baseC);
        return bands.getOrDefault(k, LearnedBand.empty(k));
    }

    public PersonalOffsets with(final LearnedBand band) {
        final Map<Integer, LearnedBand> m = new TreeMap<>(bands);
        m.put(band.bandC(), band);
        return new PersonalOffsets(m.values());
    }

    public boolean isEmpty() {
        return bands.values().stream().allMatch(b -> b.offsetC() == 0.0);
    }

    /** The learned offset (°C, positive = dress warmer) at base temperature {@code baseC}, before smoothing. */
    public double offsetAt(final double baseC) {
        final int k = OutfitLearning.bandOf(baseC);
        final double inBand = baseC - k;
        if (inBand < RAMP_C) {
            return ramp(offsetOf(k - OutfitLearning.BAND_WIDTH_C), offsetOf(k), (inBand + RAMP_C) / (2 * RAMP_C));
        }
        if (inBand > OutfitLearning.BAND_WIDTH_C - RAMP_C) {
            return ramp(offsetOf(k), offsetOf(k + OutfitLearning.BAND_WIDTH_C),
                    (inBand - (OutfitLearning.BAND_WIDTH_C - RAMP_C)) / (2 * RAMP_C));
        }
        return offsetOf(k);
    }

    /** The dress-for temperature (°C) for base {@code baseC}: base minus offset, made monotonic. */
    public double dressFor(final double baseC) {
        if (bands.isEmpty()) {
            return baseC;
        }
        double best = raw(baseC);
        // raw() is piecewise linear with corners only next to learned band edges; checking those corners below
        // baseC finds the running maximum exactly.
        final TreeSet<Double> corners = new TreeSet<>();
        for (int k : bands.keySet()) {
            for (int edge : new int[] {k, k + OutfitLearning.BAND_WIDTH_C}) {
                corners.add(edge - RAMP_C);
                corners.add(edge + RAMP_C);
            }
        }
        for (double x : corners.headSet(baseC, true)) {
            best = Math.max(best, raw(x));
        }
        return best;
    }

    private double raw(final double x) {
        return x - offsetAt(x);
    }

    private double offsetOf(final int bandC) {
        final LearnedBand b = bands.get(bandC);
        return b == null ? 0.0 : b.offsetC();
    }

    private static double ramp(final double from, final double to, final double t) {
        return from + (to - from) * t;
    }
}
