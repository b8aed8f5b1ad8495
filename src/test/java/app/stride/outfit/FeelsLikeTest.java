package app.stride.outfit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class FeelsLikeTest {

    // Cells of the NWS wind chill chart (2001), °F and mph.
    @ParameterizedTest(name = "{0}°F, {1} mph -> {2}")
    @CsvSource({
        "30, 10, 21", "20, 20, 4", "0, 15, -19", "-10, 30, -39",
        "40, 5, 36", "40, 30, 28", "35, 10, 27", "25, 25, 9", "10, 10, -4", "5, 40, -22",
        "-20, 20, -48", "-30, 60, -76", "-45, 5, -63", "15, 15, 0", "50, 5, 48",
    })
    void windChillMatchesTheNwsChart(final double t, final double v, final long expected) {
        assertThat(Math.round(FeelsLike.windChillF(t, v))).isEqualTo(expected);
    }

    // Cells of the NWS heat index chart, °F and % relative humidity.
    @ParameterizedTest(name = "{0}°F, {1}% -> {2}")
    @CsvSource({
        "88, 60, 95", "96, 65, 121", "100, 40, 109",
        "80, 40, 80", "90, 50, 95", "94, 55, 106", "86, 90, 105", "104, 40, 119", "110, 40, 136",
        "92, 75, 116", "98, 45, 109",
    })
    void heatIndexMatchesTheNwsChart(final double t, final double rh, final long expected) {
        assertThat(Math.round(FeelsLike.heatIndexF(t, rh))).isEqualTo(expected);
    }

    @Test
    void calmOrMildAirFeelsLikeItself() {
        assertThat(FeelsLike.of(Conditions.of(10)).kind()).isEqualTo(FeelsLike.Kind.AIR);
        assertThat(FeelsLike.of(Conditions.of(20).withWindKmh(30)).celsius()).isEqualTo(20.0);
        // 3 mph is the NWS threshold: at or below it there is no wind chill
        assertThat(FeelsLike.of(Conditions.of(-5).withWindKmh(3 * Temperatures.KMH_PER_MPH)).celsius()).isEqualTo(-5.0);
    }

    @Test
    void metricAndImperialWindChillAgree() {
        final Conditions c = Conditions.of(-10).withWindKmh(30);
        final double metric = 13.12 + 0.6215 * -10 - 11.37 * Math.pow(30, 0.16) + 0.3965 * -10 * Math.pow(30, 0.16);
        assertThat(FeelsLike.of(c).celsius()).isCloseTo(metric, within(0.1));
        assertThat(FeelsLike.of(c).kind()).isEqualTo(FeelsLike.Kind.WIND_CHILL);
    }

    @Test
    void dryHeatNeverFeelsCoolerThanTheAir() {
        final Conditions c = Conditions.of(Temperatures.toC(100)).withHumidity(5);
        assertThat(FeelsLike.heatIndexF(100, 5)).isLessThan(100);
        assertThat(FeelsLike.of(c).fahrenheit()).isCloseTo(100, within(1e-9));
    }

    @Test
    void dewPointAndHumidityRoundTrip() {
        final Conditions c = Conditions.of(25).withDewPointC(20);
        assertThat(c.humidityPct()).isCloseTo(73.8, within(0.3));
        assertThat(c.dewPointC()).isCloseTo(20, within(1e-6));
    }
}
