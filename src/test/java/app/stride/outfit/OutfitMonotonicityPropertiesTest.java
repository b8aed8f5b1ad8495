package app.stride.outfit;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.settings.TemperatureUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The physical-sense rules over a grid from -30 °F to 110 °F: colder, windier, wetter, darker, slower or "runs cold"
 * never means less clothing (per zone, so also in total); sunny by day never means more; no sun gear in the dark.
 * Learned offsets are drawn at random too: learning must not break the rules either.
 *
 * <p>Every property runs on the same {@value #CASES} requests, generated deterministically: a grid of
 * {@value #GRID} (air every 10 °F from -30 °F to 110 °F × every light, the other conditions, efforts, tendencies and
 * some learned-offset profiles cycled through, including the range ends) and a fixed-seed random sample over the
 * same ranges for the combinations. Each case is named after its conditions, so a failure says where it broke.
 */
class OutfitMonotonicityPropertiesTest {

    static final double MIN_C = Temperatures.toC(-30);
    static final double MAX_C = Temperatures.toC(110);
    static final double MAX_GEN_WIND_KMH = 65;

    static final int CASES = 200;
    static final int GRID = 60;
    static final long SEED = 20_261_125L;

    // ---- case generation ------------------------------------------------------------------------------------

    /** The requests every property is checked on: {@value #GRID} grid cases, then a fixed-seed random sample. */
    static List<OutfitRequest> sample() {
        final List<OutfitRequest> out = new ArrayList<>(CASES);
        out.addAll(grid());
        final Random rnd = new Random(SEED);
        while (out.size() < CASES) {
            out.add(randomRequest(rnd));
        }
        return out;
    }

    /** Air every 10 °F from -30 °F to 110 °F × every light; the rest cycled so each value meets many temperatures. */
    static List<OutfitRequest> grid() {
        final double[] winds = {0, 5, 10, 20, 30, 45, MAX_GEN_WIND_KMH};
        final double[] humidities = {0, 20, 40, 60, 80, 100};
        final List<PersonalOffsets> profiles = offsetProfiles();
        final Precipitation[] precipitations = Precipitation.values();
        final Sky[] skies = Sky.values();
        final Effort[] efforts = Effort.values();
        final Tendency[] tendencies = Tendency.values();
        final List<OutfitRequest> out = new ArrayList<>(GRID);
        int i = 0;
        for (int f = -30; f <= 110; f += 10) {
            for (Light light : Light.values()) {
                final double air = clampAir(Temperatures.toC(f));
                final Conditions c = new Conditions(air, winds[i % winds.length],
                        humidities[(i / 5) % humidities.length], possible(precipitations[i % precipitations.length], air), light,
                        skies[(i / 2) % skies.length], false, false);
                out.add(new OutfitRequest(c, efforts[(i / 3) % efforts.length], tendencies[(i / 7) % tendencies.length],
                        profiles.get((i + i / 4) % profiles.size()), TemperatureUnit.F));
                i++;
            }
        }
        return out;
    }

    /** Snow only where it can fall (at most {@link Conditions#MAX_SNOW_AIR_C}); above that the case gets rain instead. */
    static Precipitation possible(final Precipitation p, final double airC) {
        return p == Precipitation.SNOW && airC > Conditions.MAX_SNOW_AIR_C ? Precipitation.RAIN : p;
    }

    /** Nothing learned (twice: most runners), and learned offsets at the ±5 °C bound, opposing and graded. */
    static List<PersonalOffsets> offsetProfiles() {
        final List<LearnedBand> warmer = new ArrayList<>();
        final List<LearnedBand> lighter = new ArrayList<>();
        final List<LearnedBand> opposing = new ArrayList<>();
        final List<LearnedBand> graded = new ArrayList<>();
        for (int k = -40; k <= 65; k += OutfitLearning.BAND_WIDTH_C) {
            final int n = (k + 40) / OutfitLearning.BAND_WIDTH_C;
            warmer.add(new LearnedBand(k, OutfitLearning.MAX_OFFSET_C, 0, 0, 0));
            lighter.add(new LearnedBand(k, -OutfitLearning.MAX_OFFSET_C, 0, 0, 0));
            opposing.add(new LearnedBand(k, n % 2 == 0 ? OutfitLearning.MAX_OFFSET_C : -OutfitLearning.MAX_OFFSET_C, 0, 0, 0));
            graded.add(new LearnedBand(k, n % 11 - 5, 0, 0, 0));
        }
        return List.of(PersonalOffsets.NONE, new PersonalOffsets(warmer), PersonalOffsets.NONE, new PersonalOffsets(opposing),
                new PersonalOffsets(lighter), new PersonalOffsets(graded));
    }

    /**
     * Uniform over the ranges: air -30 °F..110 °F (0.01 °C), wind 0..65 km/h (0.1), humidity 0..100% (whole), every
     * precipitation, light, sky, effort and tendency; nothing learned two times in three, else 0 to 6 consecutive
     * 5 °C bands starting at -40..40 °C with whole offsets of -5..5 °C.
     */
    static OutfitRequest randomRequest(final Random rnd) {
        final double air = clampAir(round(MIN_C + (MAX_C - MIN_C) * rnd.nextDouble(), 2));
        final double wind = round(MAX_GEN_WIND_KMH * rnd.nextDouble(), 1);
        final double humidity = rnd.nextInt(101);
        final Conditions c = new Conditions(air, wind, humidity, possible(pick(rnd, Precipitation.values()), air), pick(rnd, Light.values()),
                pick(rnd, Sky.values()), false, false);
        final PersonalOffsets offsets;
        if (rnd.nextInt(3) < 2) {
            offsets = PersonalOffsets.NONE;
        } else {
            final int first = rnd.nextInt(17) - 8;
            final int count = rnd.nextInt(7);
            final List<LearnedBand> bands = new ArrayList<>();
            for (int b = 0; b < count; b++) {
                bands.add(new LearnedBand((first + b) * OutfitLearning.BAND_WIDTH_C, rnd.nextInt(11) - 5, 0, 0, 0));
            }
            offsets = new PersonalOffsets(bands);
        }
        return new OutfitRequest(c, pick(rnd, Effort.values()), pick(rnd, Tendency.values()), offsets, TemperatureUnit.F);
    }

    /**
     * A second number per case in [min, max]: on the grid spread evenly over the whole range, both ends included
     * (in an order unrelated to the temperatures), in the random part uniform at 0.01.
     */
    static double[] extras(final double min, final double max, final int stride, final long seed) {
        final Random rnd = new Random(seed);
        final double[] out = new double[CASES];
        for (int i = 0; i < CASES; i++) {
            out[i] = i < GRID ? round(min + (max - min) * ((i * stride) % GRID) / (GRID - 1.0), 2)
                    : round(min + (max - min) * rnd.nextDouble(), 2);
        }
        return out;
    }

    static Stream<Named<OutfitRequest>> requests() {
        return sample().stream().map(r -> Named.of(describe(r), r));
    }

    static Stream<Arguments> requestsAndDrop() {
        return withExtras(extras(0, 15, 17, SEED + 1));
    }

    static Stream<Arguments> requestsAndMoreWind() {
        return withExtras(extras(0, 40, 17, SEED + 2));
    }

    static Stream<Arguments> requestsBaseAndUp() {
        final List<OutfitRequest> s = sample();
        final double[] base = extras(-40, 50, 17, SEED + 3);
        final double[] up = extras(0, 10, 7, SEED + 4);
        return IntStream.range(0, s.size()).mapToObj(i -> Arguments.of(Named.of(describe(s.get(i)), s.get(i)), base[i], up[i]));
    }

    static Stream<Arguments> withExtras(final double[] extra) {
        final List<OutfitRequest> s = sample();
        return IntStream.range(0, s.size()).mapToObj(i -> Arguments.of(Named.of(describe(s.get(i)), s.get(i)), extra[i]));
    }

    /** E.g. "-30 °F (-34.44 °C), wind 65.0 km/h, rh 40%, snow, dark, overcast, race, runs cold, learned {-40:+5, -35:-5}". */
    static String describe(final OutfitRequest r) {
        final Conditions c = r.conditions();
        return String.format(Locale.ROOT, "%.1f°F (%.2f°C), wind %.1f km/h, rh %.0f%%, %s, %s, %s, %s, runs %s, learned %s",
                c.airF(), c.airC(), c.windKmh(), c.humidityPct(), c.precipitation().code(), c.light().code(), c.sky().code(),
                r.effort().code(), r.tendency().code(), describe(r.offsets()));
    }

    static String describe(final PersonalOffsets o) {
        if (o.bands().isEmpty()) {
            return "nothing";
        }
        return o.bands().stream().map(b -> String.format(Locale.ROOT, "%d:%+.0f", b.bandC(), b.offsetC()))
                .collect(Collectors.joining(", ", "{", "}"));
    }

    static <T> T pick(final Random rnd, final T[] values) {
        return values[rnd.nextInt(values.length)];
    }

    static double round(final double x, final int scale) {
        final double f = Math.pow(10, scale);
        return Math.round(x * f) / f;
    }

    static double clampAir(final double c) {
        return Math.max(MIN_C, Math.min(MAX_C, c));
    }

    @Test
    void theSampleIsDeterministicAndCoversTheRanges() {
        final List<OutfitRequest> s = sample();
        assertThat(s).hasSize(CASES);
        assertThat(s.stream().map(OutfitMonotonicityPropertiesTest::describe).toList())
                .isEqualTo(sample().stream().map(OutfitMonotonicityPropertiesTest::describe).toList());
        assertThat(s).allSatisfy(r -> assertThat(r.conditions().airC()).isBetween(MIN_C, MAX_C));
        assertThat(s.stream().mapToDouble(r -> r.conditions().airC()).min().orElseThrow()).isEqualTo(MIN_C);
        assertThat(s.stream().mapToDouble(r -> r.conditions().airC()).max().orElseThrow()).isEqualTo(MAX_C);
        assertThat(s.stream().mapToDouble(r -> r.conditions().windKmh()).max().orElseThrow()).isEqualTo(MAX_GEN_WIND_KMH);
        assertThat(s).extracting(r -> r.conditions().precipitation()).contains(Precipitation.values());
        assertThat(s).extracting(r -> r.conditions().light()).contains(Light.values());
        assertThat(s).extracting(r -> r.conditions().sky()).contains(Sky.values());
        assertThat(s).extracting(OutfitRequest::effort).contains(Effort.values());
        assertThat(s).extracting(OutfitRequest::tendency).contains(Tendency.values());
        assertThat(s).filteredOn(r -> !r.offsets().bands().isEmpty()).hasSizeGreaterThan(CASES / 4);
    }

    // ---- the rules ------------------------------------------------------------------------------------------

    static void assertNotLessClothing(final OutfitRequest warmer, final OutfitRequest colder) {
        final Outfit w = OutfitAdvisor.advise(warmer);
        final Outfit c = OutfitAdvisor.advise(colder);
        // A balaclava covers head and neck, so those two zones are compared together.
        for (Zone z : Zone.values()) {
            if (z != Zone.HEAD && z != Zone.NECK) {
                assertThat(warmth(c, z)).as("%s: %s vs %s", z, c.items(), w.items()).isGreaterThanOrEqualTo(warmth(w, z));
            }
        }
        assertThat(warmth(c, Zone.HEAD) + warmth(c, Zone.NECK)).as("head and neck: %s vs %s", c.items(), w.items())
                .isGreaterThanOrEqualTo(warmth(w, Zone.HEAD) + warmth(w, Zone.NECK));
        assertThat(c.warmth()).isGreaterThanOrEqualTo(w.warmth());
    }

    static int warmth(final Outfit o, final Zone z) {
        return o.itemsIn(z).stream().mapToInt(i -> i.item().warmth()).sum();
    }

    /**
     * Runs one case's checks; a failure message starts with the case's conditions, so the case is named also where
     * a report shows only the invocation index (Maven's console does).
     */
    static void named(final String conditions, final Runnable checks) {
        try {
            checks.run();
        } catch (AssertionError e) {
            throw new AssertionError(conditions + ": " + e.getMessage(), e);
        }
    }

    @ParameterizedTest(name = "[{index}] {0}; {1}°C colder")
    @MethodSource("requestsAndDrop")
    void colderNeverMeansLessClothing(final OutfitRequest r, final double drop) {
        named(describe(r) + "; " + drop + "°C colder", () -> {
            final double colder = Math.max(MIN_C, r.conditions().airC() - drop);
            assertNotLessClothing(r, r.withConditions(r.conditions().withAirC(colder)));
        });
    }

    @ParameterizedTest(name = "[{index}] {0}; {1} km/h windier")
    @MethodSource("requestsAndMoreWind")
    void windierNeverMeansLessClothing(final OutfitRequest r, final double more) {
        named(describe(r) + "; " + more + " km/h windier", () -> {
            assertNotLessClothing(r, r.withConditions(r.conditions().withWindKmh(Math.min(Conditions.MAX_WIND_KMH, r.conditions().windKmh() + more))));
        });
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("requests")
    void wetterNeverMeansLessClothing(final OutfitRequest r) {
        named(describe(r), () -> {
            final Precipitation[] wetter = {Precipitation.NONE, Precipitation.DRIZZLE, Precipitation.RAIN, Precipitation.HEAVY_RAIN};
            for (int i = 0; i + 1 < wetter.length; i++) {
                assertNotLessClothing(r.withConditions(r.conditions().withPrecipitation(wetter[i])),
                        r.withConditions(r.conditions().withPrecipitation(wetter[i + 1])));
            }
            if (r.conditions().airC() <= Conditions.MAX_SNOW_AIR_C) {
                assertNotLessClothing(r.withConditions(r.conditions().withPrecipitation(Precipitation.NONE)),
                        r.withConditions(r.conditions().withPrecipitation(Precipitation.SNOW)));
            }
        });
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("requests")
    void darkerNeverMeansLessClothing(final OutfitRequest r) {
        named(describe(r), () -> {
            final Conditions c = r.conditions();
            assertNotLessClothing(r.withConditions(c.withLight(Light.DAY)), r.withConditions(c.withLight(Light.DAWN)));
            assertNotLessClothing(r.withConditions(c.withLight(Light.DAY)), r.withConditions(c.withLight(Light.DUSK)));
            assertNotLessClothing(r.withConditions(c.withLight(Light.DAWN)), r.withConditions(c.withLight(Light.DARK)));
            assertNotLessClothing(r.withConditions(c.withLight(Light.DUSK)), r.withConditions(c.withLight(Light.DARK)));
        });
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("requests")
    void slowerNeverMeansLessClothing(final OutfitRequest r) {
        named(describe(r), () -> {
            final Effort[] slower = {Effort.RACE, Effort.WORKOUT, Effort.EASY, Effort.LONG};
            for (int i = 0; i + 1 < slower.length; i++) {
                assertNotLessClothing(r.withEffort(slower[i]), r.withEffort(slower[i + 1]));
            }
        });
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("requests")
    void runningColdNeverMeansLessClothing(final OutfitRequest r) {
        named(describe(r), () -> {
            assertNotLessClothing(r.withTendency(Tendency.WARM), r.withTendency(Tendency.NEUTRAL));
            assertNotLessClothing(r.withTendency(Tendency.NEUTRAL), r.withTendency(Tendency.COLD));
        });
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("requests")
    void sunByDayNeverMeansMoreClothing(final OutfitRequest r) {
        named(describe(r), () -> {
            final Conditions day = r.conditions().withLight(Light.DAY);
            assertNotLessClothing(r.withConditions(day.withSky(Sky.SUNNY)), r.withConditions(day.withSky(Sky.PARTLY)));
            assertNotLessClothing(r.withConditions(day.withSky(Sky.PARTLY)), r.withConditions(day.withSky(Sky.OVERCAST)));
        });
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("requests")
    void inTheDarkHeadlampAndReflectiveButNoSunGear(final OutfitRequest r) {
        named(describe(r), () -> {
            final Outfit o = OutfitAdvisor.advise(r.withConditions(r.conditions().withLight(Light.DARK)));
            assertThat(o.has(Item.HEADLAMP)).as("headlamp in %s", o.items()).isTrue();
            assertThat(o.has(Item.REFLECTIVE)).as("reflective in %s", o.items()).isTrue();
            assertThat(o.has(Item.SUNGLASSES)).as("sunglasses in %s", o.items()).isFalse();
            assertThat(o.has(Item.SUNSCREEN)).as("sunscreen in %s", o.items()).isFalse();
            assertThat(o.has(Item.VISOR)).as("visor in %s", o.items()).isFalse();
        });
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("requests")
    void alwaysOneTopOneBottomAndSocks(final OutfitRequest r) {
        named(describe(r), () -> {
            final Outfit o = OutfitAdvisor.advise(r);
            assertThat(o.itemsIn(Zone.TORSO)).isNotEmpty();
            assertThat(o.itemsIn(Zone.LEGS)).isNotEmpty();
            assertThat(o.has(Item.SOCKS) ^ o.has(Item.WOOL_SOCKS)).isTrue();
            assertThat(o.items()).extracting(OutfitItem::item).doesNotHaveDuplicates();
            assertThat(o.items()).allSatisfy(i -> assertThat(i.why().text()).isNotBlank().doesNotContain("outfit.").doesNotContain("{"));
        });
    }

    @ParameterizedTest(name = "[{index}] {0}; base {1}°C, up {2}°C")
    @MethodSource("requestsBaseAndUp")
    void learnedDressForIsMonotonicAndBounded(final OutfitRequest r, final double base, final double up) {
        named(describe(r) + "; base " + base + "°C, up " + up + "°C", () -> {
            final PersonalOffsets o = r.offsets();
            assertThat(o.dressFor(base + up)).isGreaterThanOrEqualTo(o.dressFor(base) - 1e-9);
            assertThat(Math.abs(o.dressFor(base) - base)).isLessThanOrEqualTo(OutfitLearning.MAX_OFFSET_C + 1e-9);
        });
    }
}
