package app.stride.outfit;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.settings.TemperatureUnit;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;

/**
 * The physical-sense rules over a grid from -30°F to 110°F: colder, windier, wetter, darker, slower or "runs cold"
 * never means less clothing (per zone, so also in total); sunny by day never means more; no sun gear in the dark.
 * Learned offsets are drawn at random too: learning must not break the rules either.
 */
class OutfitMonotonicityPropertiesTest {

    static final double MIN_C = Temperatures.toC(-30);
    static final double MAX_C = Temperatures.toC(110);

    @Provide
    Arbitrary<Conditions> conditions() {
        final Arbitrary<Double> air = Arbitraries.doubles().between(-34.44, 43.33).ofScale(2);
        final Arbitrary<Double> wind = Arbitraries.doubles().between(0, 65).ofScale(1);
        final Arbitrary<Double> rh = Arbitraries.doubles().between(0, 100).ofScale(0);
        return Combinators.combine(air, wind, rh, Arbitraries.of(Precipitation.class), Arbitraries.of(Light.class),
                Arbitraries.of(Sky.class)).as((a, w, h, p, l, s) -> new Conditions(a, w, h, p, l, s, false, false));
    }

    @Provide
    Arbitrary<OutfitRequest> requests() {
        final Arbitrary<PersonalOffsets> offsets = Arbitraries.integers().between(-8, 8)
                .flatMap(band -> Arbitraries.integers().between(-5, 5).list().ofMinSize(0).ofMaxSize(6).map(list -> {
                    final List<LearnedBand> bands = new ArrayList<>();
                    for (int i = 0; i < list.size(); i++) {
                        bands.add(new LearnedBand((band + i) * 5, list.get(i), 0, 0, 0));
                    }
                    return new PersonalOffsets(bands);
                }))
                .injectDuplicates(0.0).withoutEdgeCases();
        return Combinators.combine(conditions(), Arbitraries.of(Effort.class), Arbitraries.of(Tendency.class),
                Arbitraries.frequency(net.jqwik.api.Tuple.of(2, true), net.jqwik.api.Tuple.of(1, false)).flatMap(none ->
                        none ? Arbitraries.just(PersonalOffsets.NONE) : offsets))
                .as((c, e, t, o) -> new OutfitRequest(c, e, t, o, TemperatureUnit.F));
    }

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

    @Property(tries = 200)
    void colderNeverMeansLessClothing(@ForAll("requests") final OutfitRequest r, @ForAll @DoubleRange(min = 0, max = 15) final double drop) {
        final double colder = Math.max(MIN_C, r.conditions().airC() - drop);
        assertNotLessClothing(r, r.withConditions(r.conditions().withAirC(colder)));
    }

    @Property(tries = 200)
    void windierNeverMeansLessClothing(@ForAll("requests") final OutfitRequest r, @ForAll @DoubleRange(min = 0, max = 40) final double more) {
        assertNotLessClothing(r, r.withConditions(r.conditions().withWindKmh(Math.min(Conditions.MAX_WIND_KMH, r.conditions().windKmh() + more))));
    }

    @Property(tries = 200)
    void wetterNeverMeansLessClothing(@ForAll("requests") final OutfitRequest r) {
        final Precipitation[] wetter = {Precipitation.NONE, Precipitation.DRIZZLE, Precipitation.RAIN, Precipitation.HEAVY_RAIN};
        for (int i = 0; i + 1 < wetter.length; i++) {
            assertNotLessClothing(r.withConditions(r.conditions().withPrecipitation(wetter[i])),
                    r.withConditions(r.conditions().withPrecipitation(wetter[i + 1])));
        }
        assertNotLessClothing(r.withConditions(r.conditions().withPrecipitation(Precipitation.NONE)),
                r.withConditions(r.conditions().withPrecipitation(Precipitation.SNOW)));
    }

    @Property(tries = 200)
    void darkerNeverMeansLessClothing(@ForAll("requests") final OutfitRequest r) {
        final Conditions c = r.conditions();
        assertNotLessClothing(r.withConditions(c.withLight(Light.DAY)), r.withConditions(c.withLight(Light.DAWN)));
        assertNotLessClothing(r.withConditions(c.withLight(Light.DAY)), r.withConditions(c.withLight(Light.DUSK)));
        assertNotLessClothing(r.withConditions(c.withLight(Light.DAWN)), r.withConditions(c.withLight(Light.DARK)));
        assertNotLessClothing(r.withConditions(c.withLight(Light.DUSK)), r.withConditions(c.withLight(Light.DARK)));
    }

    @Property(tries = 200)
    void slowerNeverMeansLessClothing(@ForAll("requests") final OutfitRequest r) {
        final Effort[] slower = {Effort.RACE, Effort.WORKOUT, Effort.EASY, Effort.LONG};
        for (int i = 0; i + 1 < slower.length; i++) {
            assertNotLessClothing(r.withEffort(slower[i]), r.withEffort(slower[i + 1]));
        }
    }

    @Property(tries = 200)
    void runningColdNeverMeansLessClothing(@ForAll("requests") final OutfitRequest r) {
        assertNotLessClothing(r.withTendency(Tendency.WARM), r.withTendency(Tendency.NEUTRAL));
        assertNotLessClothing(r.withTendency(Tendency.NEUTRAL), r.withTendency(Tendency.COLD));
    }

    @Property(tries = 200)
    void sunByDayNeverMeansMoreClothing(@ForAll("requests") final OutfitRequest r) {
        final Conditions day = r.conditions().withLight(Light.DAY);
        assertNotLessClothing(r.withConditions(day.withSky(Sky.SUNNY)), r.withConditions(day.withSky(Sky.PARTLY)));
        assertNotLessClothing(r.withConditions(day.withSky(Sky.PARTLY)), r.withConditions(day.withSky(Sky.OVERCAST)));
    }

    @Property(tries = 200)
    void inTheDarkHeadlampAndReflectiveButNoSunGear(@ForAll("requests") final OutfitRequest r) {
        final Outfit o = OutfitAdvisor.advise(r.withConditions(r.conditions().withLight(Light.DARK)));
        assertThat(o.has(Item.HEADLAMP)).isTrue();
        assertThat(o.has(Item.REFLECTIVE)).isTrue();
        assertThat(o.has(Item.SUNGLASSES)).isFalse();
        assertThat(o.has(Item.SUNSCREEN)).isFalse();
        assertThat(o.has(Item.VISOR)).isFalse();
    }

    @Property(tries = 200)
    void alwaysOneTopOneBottomAndSocks(@ForAll("requests") final OutfitRequest r) {
        final Outfit o = OutfitAdvisor.advise(r);
        assertThat(o.itemsIn(Zone.TORSO)).isNotEmpty();
        assertThat(o.itemsIn(Zone.LEGS)).isNotEmpty();
        assertThat(o.has(Item.SOCKS) ^ o.has(Item.WOOL_SOCKS)).isTrue();
        assertThat(o.items()).extracting(OutfitItem::item).doesNotHaveDuplicates();
        assertThat(o.items()).allSatisfy(i -> assertThat(i.why()).isNotBlank().doesNotContain("outfit.").doesNotContain("{"));
    }

    @Property(tries = 200)
    void learnedDressForIsMonotonicAndBounded(@ForAll("requests") final OutfitRequest r,
                                              @ForAll @DoubleRange(min = -40, max = 50) final double base,
                                              @ForAll @DoubleRange(min = 0, max = 10) final double up) {
        final PersonalOffsets o = r.offsets();
        assertThat(o.dressFor(base + up)).isGreaterThanOrEqualTo(o.dressFor(base) - 1e-9);
        assertThat(Math.abs(o.dressFor(base) - base)).isLessThanOrEqualTo(OutfitLearning.MAX_OFFSET_C + 1e-9);
    }
}
