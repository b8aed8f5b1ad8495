package app.stride.weather;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OpenMeteoClientTest {

    private final FakeOpenMeteo server = new FakeOpenMeteo();

    @AfterEach
    void stop() {
        server.close();
    }

    private OpenMeteoClient client(final String prefix, final Duration timeout) {
        return new OpenMeteoClient(OpenMeteoClient.httpClient(Duration.ofSeconds(2)), URI.create(server.url(prefix + "/v1/forecast")),
                URI.create(server.url(prefix + "/v1/search")), timeout);
    }

    private OpenMeteoClient client(final String prefix) {
        return client(prefix, Duration.ofSeconds(5));
    }

    @Test
    void searchFindsPlacesBestFirst() {
        final var places = client("").searchPlaces("Portland");
        assertThat(places).extracting(Place::label).containsExactly("Portland, Oregon, United States", "Portland, Maine, United States");
        assertThat(places.get(0).latitude()).isEqualTo(45.52345);
        assertThat(places.get(0).timezone()).isEqualTo("America/Los_Angeles");
        assertThat(server.requests.get(0)).contains("name=Portland").contains("count=5").contains("format=json");
    }

    @Test
    void searchWithoutResultsIsEmpty() {
        assertThat(client("").searchPlaces("Nowhere")).isEmpty();
    }

    @Test
    void forecastIsRequestedWithTheDocumentedParametersAndParsed() {
        final String json = client("").fetchForecast(45.52, -122.67);
        final Forecast f = OpenMeteoClient.parseForecast(json);
        assertThat(server.requests.get(0)).contains("latitude=45.52", "longitude=-122.67", "hourly=temperature_2m,relative_humidity_2m",
                "daily=sunrise,sunset", "timezone=auto", "forecast_days=7", "temperature_unit=celsius", "wind_speed_unit=kmh");
        assertThat(f.timezone()).isEqualTo("America/Los_Angeles");
        assertThat(f.hours()).hasSize(24);
        final ForecastHour seven = f.hour(LocalDateTime.parse("2026-07-20T07:00")).orElseThrow();
        assertThat(seven.temperatureC().getAsDouble()).isEqualTo(15.0);
        assertThat(seven.weatherCode().getAsInt()).isEqualTo(3);
        assertThat(seven.isDay()).contains(true);
        assertThat(f.sun().get(LocalDateTime.parse("2026-07-20T07:00").toLocalDate()).sunrise())
                .contains(LocalDateTime.parse("2026-07-20T05:48"));
    }

    @Test
    void nullValuesBecomeEmptyInsteadOfFailing() {
        final Forecast f = OpenMeteoClient.parseForecast(client("/nulls").fetchForecast(45.52, -122.67));
        assertThat(f.hour(LocalDateTime.parse("2026-07-20T07:00")).orElseThrow().temperatureC()).isEmpty();
        assertThat(f.hour(LocalDateTime.parse("2026-07-20T08:00")).orElseThrow().windKmh()).isEmpty();
        assertThat(f.hour(LocalDateTime.parse("2026-07-20T10:00")).orElseThrow().isDay()).isEmpty();
        assertThat(f.sun()).isEmpty();
    }

    @Test
    void errorJsonGivesOpenMeteosReason() {
        assertThatThrownBy(() -> client("/error").fetchForecast(1, 2))
                .isInstanceOfSatisfying(WeatherException.class, e -> assertThat(e.kind()).isEqualTo(WeatherException.Kind.API))
                .hasMessage("Open-Meteo refused the request: Cannot initialize WeatherVariable from invalid String value "
                        + "tempeture_2m for key hourly. Enter the conditions by hand.");
        assertThatThrownBy(() -> client("/error200").searchPlaces("x"))
                .isInstanceOfSatisfying(WeatherException.class, e -> assertThat(e.kind()).isEqualTo(WeatherException.Kind.API));
    }

    @Test
    void httpErrorWithoutJsonGivesTheStatus() {
        assertThatThrownBy(() -> client("/broken").fetchForecast(1, 2))
                .isInstanceOfSatisfying(WeatherException.class, e -> assertThat(e.kind()).isEqualTo(WeatherException.Kind.HTTP))
                .hasMessage("Open-Meteo answered HTTP 502; enter the conditions by hand.");
    }

    @Test
    void unreadableAnswerIsABadResponse() {
        assertThatThrownBy(() -> client("/garbage").fetchForecast(1, 2))
                .isInstanceOfSatisfying(WeatherException.class, e -> assertThat(e.kind()).isEqualTo(WeatherException.Kind.BAD_RESPONSE));
        assertThatThrownBy(() -> OpenMeteoClient.parseForecast("{\"latitude\": 1}"))
                .isInstanceOfSatisfying(WeatherException.class, e -> assertThat(e.kind()).isEqualTo(WeatherException.Kind.BAD_RESPONSE));
    }

    @Test
    void slowAnswerTimesOut() {
        final long start = System.nanoTime();
        assertThatThrownBy(() -> client("/slow", Duration.ofMillis(300)).fetchForecast(1, 2))
                .isInstanceOfSatisfying(WeatherException.class, e -> assertThat(e.kind()).isEqualTo(WeatherException.Kind.TIMEOUT))
                .hasMessage("Open-Meteo did not answer within 0.3 seconds; enter the conditions by hand.");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1800));
    }

    @Test
    void nobodyListeningIsANetworkError() throws Exception {
        final int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        final OpenMeteoClient c = new OpenMeteoClient(OpenMeteoClient.httpClient(Duration.ofSeconds(1)),
                URI.create("http://127.0.0.1:" + port + "/v1/forecast"), URI.create("http://127.0.0.1:" + port + "/v1/search"),
                Duration.ofSeconds(1));
        assertThatThrownBy(() -> c.searchPlaces("Portland"))
                .isInstanceOfSatisfying(WeatherException.class, e -> assertThat(e.kind()).isEqualTo(WeatherException.Kind.NETWORK))
                // plain words, never a Java exception class name ("ConnectException") — the reviewer saw one
                .hasMessage("Can't reach the weather service. Check your connection, or type the temperature.");
    }

    @Test
    void urlSettingsMustBeHttp() {
        assertThatThrownBy(() -> OpenMeteoClient.endpoint("weather.forecastUrl", "ftp://example.org/x"))
                .isInstanceOfSatisfying(WeatherException.class, e -> assertThat(e.kind()).isEqualTo(WeatherException.Kind.BAD_SETTING));
        assertThat(OpenMeteoClient.endpoint("weather.forecastUrl", WeatherService.DEFAULT_FORECAST_URL).getHost()).isEqualTo("api.open-meteo.com");
    }
}
