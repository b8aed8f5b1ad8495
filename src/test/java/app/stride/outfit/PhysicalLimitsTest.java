package app.stride.outfit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.stride.common.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Input beyond what the weather or the NWS charts allow: refused, or capped and said so. */
class PhysicalLimitsTest {

    @Test
    void snowIsRefusedAboveFourDegrees() {
        assertThat(Conditions.of(4.0).withPrecipitation(Precipitation.SNOW).precipitation()).isEqualTo(Precipitation.SNOW);
        assertThatThrownBy(() -> Conditions.of(4.1).withPrecipitation(Precipitation.SNOW))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Snow needs air at or below 4 °C (39 °F): above that choose rain or drizzle")
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("precipitation");
        assertThatThrownBy(() -> Conditions.of(-2).withPrecipitation(Precipitation.SNOW).withAirC(37.8))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void heatIndexIsCappedAtTheTopOfTheChartButTheFormulaStaysExact() {
        final Conditions c = Conditions.of(Temperatures.toC(110)).withHumidity(90);
        assertThat(FeelsLike.heatIndexF(110, 90)).isGreaterThan(240);
        final FeelsLike f = FeelsLike.of(c);
        assertThat(f.fahrenheit()).isCloseTo(137.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(f.kind()).isEqualTo(FeelsLike.Kind.HEAT_INDEX);
        assertThat(f.beyondChart()).isTrue();
        assertThat(FeelsLike.of(Conditions.of(Temperatures.toC(96)).withHumidity(65)).beyondChart()).isFalse();
    }

    @Test
    void dressForStaysAClothingInputAtBothEnds() {
        final Conditions hottest = Conditions.of(Conditions.MAX_AIR_C).withHumidity(100).withSky(Sky.SUNNY);
        final Outfit hot = OutfitAdvisor.advise(OutfitRequest.of(hottest, Effort.RACE).withTendency(Tendency.WARM)
                .withOffsets(new PersonalOffsets(java.util.List.of(new LearnedBand(55, -5.0, 0, 0, 5)))));
        assertThat(hot.baseDressForC()).isEqualTo(OutfitAdvisor.MAX_DRESS_FOR_C);
        assertThat(hot.dressForC()).isEqualTo(OutfitAdvisor.MAX_DRESS_FOR_C);
        assertThat(hot.warnings()).extracting(OutfitWarning::text).first().asString().startsWith("Beyond the NWS heat chart");
        assertThat(hot.shifts()).extracting(DressShift::id).contains("limit");
        assertThat(hot.baseDressForC() - hot.feelsLike().celsius()).isCloseTo(
                hot.shifts().stream().filter(s -> !s.id().equals("learned")).mapToDouble(DressShift::deltaC).sum(),
                org.assertj.core.data.Offset.offset(1e-9));

        final Conditions coldest = new Conditions(Conditions.MIN_AIR_C, Conditions.MAX_WIND_KMH, 50, Precipitation.SNOW,
                Light.DARK, Sky.OVERCAST, false, false);
        final Outfit cold = OutfitAdvisor.advise(OutfitRequest.of(coldest, Effort.LONG).withTendency(Tendency.COLD)
                .withOffsets(new PersonalOffsets(java.util.List.of(new LearnedBand(-75, 5.0, 5, 0, 0)))));
        assertThat(cold.baseDressForC()).isEqualTo(OutfitAdvisor.MIN_DRESS_FOR_C);
        assertThat(cold.dressForC()).isEqualTo(OutfitAdvisor.MIN_DRESS_FOR_C);
    }
}
