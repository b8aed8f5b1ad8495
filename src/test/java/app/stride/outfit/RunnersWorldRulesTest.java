package app.stride.outfit;

import static app.stride.outfit.OutfitAdvisorTest.advise;
import static app.stride.outfit.OutfitAdvisorTest.ids;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The five places where Stride now follows Runner's World's "What to Wear" tool (issue 8; docs/outfit.md). */
class RunnersWorldRulesTest {

    private static Conditions f(final double airF) {
        return Conditions.of(Temperatures.toC(airF));
    }

    private static double mph(final double mph) {
        return mph * Temperatures.KMH_PER_MPH;
    }

    @Test
    void rainAbove45DressForGetsACapAndAWickingLayerNotAShell() {
        // 55 °F air, rain: dress-for 50 °F.
        final Outfit mild = advise(f(55).withPrecipitation(Precipitation.RAIN), Effort.EASY);
        assertThat(Temperatures.toF(mild.dressForC())).isBetween(45.0, 60.0);
        assertThat(ids(mild)).contains("cap", "long-sleeve").doesNotContain("rain-jacket");
        // The shell stays for heavy rain, for wind, and below 45 °F dress-for.
        assertThat(ids(advise(f(60).withPrecipitation(Precipitation.HEAVY_RAIN), Effort.EASY))).contains("rain-jacket");
        assertThat(ids(advise(f(55).withPrecipitation(Precipitation.RAIN).withWindKmh(mph(15)), Effort.EASY))).contains("rain-jacket");
        assertThat(ids(advise(f(48).withPrecipitation(Precipitation.RAIN), Effort.EASY))).contains("rain-jacket");
    }

    @Test
    void lowSunAtDawnAndDuskBringsSunglasses() {
        for (Light l : new Light[] {Light.DAWN, Light.DUSK}) {
            assertThat(ids(advise(f(50).withLight(l).withSky(Sky.SUNNY), Effort.EASY))).as("%s, sunny", l).contains("sunglasses");
            assertThat(ids(advise(f(50).withLight(l).withSky(Sky.PARTLY), Effort.EASY))).as("%s, partly", l).contains("sunglasses");
            assertThat(ids(advise(f(50).withLight(l).withSky(Sky.OVERCAST), Effort.EASY))).as("%s, overcast", l).doesNotContain("sunglasses");
        }
        final Outfit dawn = advise(f(50).withLight(Light.DAWN).withSky(Sky.SUNNY), Effort.EASY);
        assertThat(dawn.items()).filteredOn(i -> i.item() == Item.SUNGLASSES).extracting(OutfitItem::why).first().asString()
                .contains("low sun");
        assertThat(ids(dawn)).as("sunscreen stays for the day's sun").doesNotContain("sunscreen");
    }

    @Test
    void workoutsAndRacesShiftAsRunnersWorldsToolDoes() {
        assertThat(OutfitAdvisor.effortShiftF(Effort.WORKOUT)).isEqualTo(10.0);
        assertThat(OutfitAdvisor.effortShiftF(Effort.RACE)).isEqualTo(15.0);
        // 40 °F race: dress as for 55 °F, a tee and shorts (RW), where +10 gave a long sleeve.
        assertThat(ids(advise(40, Effort.RACE))).contains("tee", "shorts").doesNotContain("long-sleeve");
    }

    @Test
    void inModerateColdWindCountsAtMost10F() {
        // 30 °F with a 20 mph wind: wind chill 17 °F, but a runner dresses for 20 °F (RW: strong wind −10).
        final Outfit o = advise(f(30).withWindKmh(mph(20)), Effort.EASY);
        assertThat(Math.round(o.feelsLike().fahrenheit())).isEqualTo(17);
        assertThat(Temperatures.toF(o.dressForC())).isCloseTo(20.0, org.assertj.core.data.Offset.offset(0.1));
        assertThat(ids(o)).doesNotContain("insulated-jacket", "mittens", "thermal-tights");
        assertThat(o.shifts()).extracting(DressShift::id).contains("windCap");
        // Deep cold keeps the full wind chill: Stride goes beyond the RW tool on purpose there.
        final Outfit deep = advise(f(5).withWindKmh(mph(20)), Effort.EASY);
        assertThat(deep.shifts()).extracting(DressShift::id).doesNotContain("windCap");
        assertThat(Temperatures.toF(deep.dressForC())).isCloseTo(deep.feelsLike().fahrenheit(), org.assertj.core.data.Offset.offset(0.1));
    }

    @Test
    void firstGlovesAt45FAndBelowAsTheDocsSay() {
        assertThat(ids(advise(45, Effort.EASY))).contains("light-gloves");
        assertThat(ids(advise(46, Effort.EASY))).doesNotContain("light-gloves", "gloves");
        assertThat(OutfitAdvisor.GLOVES_FROM_F).isEqualTo(45.0);
    }
}
