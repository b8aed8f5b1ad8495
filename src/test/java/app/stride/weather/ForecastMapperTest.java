package app.stride.weather;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.stride.outfit.Conditions;
import app.stride.outfit.Light;
import app.stride.outfit.Precipitation;
import app.stride.outfit.Sky;
import java.time.LocalDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ForecastMapperTest {

    private static final Forecast OK = OpenMeteoClient.parseForecast(FakeOpenMeteo.resource("forecast_success.json"));
    private static final Forecast NULLS = OpenMeteoClient.parseForecast(FakeOpenMeteo.resource("forecast_nulls.json"));

    static Conditions at(final Forecast f, final String time) {
        final LocalDateTime t = LocalDateTime.parse(time);
        return ForecastMapper.toConditions(f, f.hour(t.withMinute(0)).orElseThrow(), t);
    }

    @ParameterizedTest(name = "WMO {0}")
    @CsvSource({
        "0, none, sunny, false, false", "1, none, sunny, false, false", "2, none, partly, false, false",
        "3, none, overcast, false, false", "45, none, overcast, false, false", "51, drizzle, overcast, false, false",
        "56, drizzle, overcast, false, true", "61, rain, overcast, false, false", "65, heavy-rain, overcast, false, false",
        "66, rain, overcast, false, true", "67, heavy-rain, overcast, false, true", "71, snow, overcast, false, false",
        "77, snow, overcast, false, false", "80, rain, overcast, false, false", "82, heavy-rain, overcast, false, false",
        "86, snow, overcast, false, false", "95, rain, overcast, true, false", "99, heavy-rain, overcast, true, false",
    })
    void wmoCodes(final int code, final String precip, final String sky, final boolean thunder, final boolean freezing) {
        final Conditions c = ForecastMapper.fromCode(Conditions.of(0), code);
        assertThat(c.precipitation()).isEqualTo(Precipitation.parse(precip).orElseThrow());
        assertThat(c.sky()).isEqualTo(Sky.parse(sky).orElseThrow());
        assertThat(c.thunderstorm()).isEqualTo(thunder);
        assertThat(c.freezing()).isEqualTo(freezing);
    }

    @Test
    void hourBecomesConditions() {
        final Conditions c = at(OK, "2026-07-20T16:00");
        assertThat(c.airC()).isEqualTo(27.4);
        assertThat(c.windKmh()).isEqualTo(22.7);
        assertThat(c.humidityPct()).isEqualTo(35);
        assertThat(c.thunderstorm()).isTrue();
        assertThat(c.light()).isEqualTo(Light.DAY);
    }

    @Test
    void lightFollowsSunriseAndSunset() {
        assertThat(at(OK, "2026-07-20T04:00").light()).isEqualTo(Light.DARK);
        assertThat(at(OK, "2026-07-20T05:30").light()).isEqualTo(Light.DAWN);
        assertThat(at(OK, "2026-07-20T06:15").light()).isEqualTo(Light.DAWN);
        assertThat(at(OK, "2026-07-20T06:30").light()).isEqualTo(Light.DAY);
        assertThat(at(OK, "2026-07-20T20:30").light()).isEqualTo(Light.DUSK);
        assertThat(at(OK, "2026-07-20T21:30").light()).isEqualTo(Light.DARK);
    }

    @Test
    void missingValuesFallBackSensibly() {
        assertThatThrownBy(() -> at(NULLS, "2026-07-20T07:00"))
                .isInstanceOfSatisfying(WeatherException.class, e -> assertThat(e.kind()).isEqualTo(WeatherException.Kind.NO_DATA));
        final Conditions noWindNoHumidity = at(NULLS, "2026-07-20T08:00");
        assertThat(noWindNoHumidity.windKmh()).isZero();
        assertThat(noWindNoHumidity.humidityPct()).isBetween(60.0, 80.0); // from the dew point
        assertThat(at(NULLS, "2026-07-20T09:00").precipitation()).isEqualTo(Precipitation.RAIN); // 1.2 mm, no code
        assertThat(at(NULLS, "2026-07-20T05:00").light()).isEqualTo(Light.DARK); // no sun times: is_day
        assertThat(at(NULLS, "2026-07-20T10:00").light()).isEqualTo(Light.DAY); // neither: assume day
    }

    @org.junit.jupiter.api.Test
    void snowCodesInAirAboveFourDegreesAreTakenAsRain() {
        org.assertj.core.api.Assertions.assertThat(ForecastMapper.fromCode(Conditions.of(6), 71).precipitation())
                .isEqualTo(app.stride.outfit.Precipitation.RAIN);
        org.assertj.core.api.Assertions.assertThat(ForecastMapper.fromCode(Conditions.of(1), 73).precipitation())
                .isEqualTo(app.stride.outfit.Precipitation.SNOW);
    }
}
