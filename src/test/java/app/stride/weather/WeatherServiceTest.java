package app.stride.weather;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WeatherServiceTest {

    private final FakeOpenMeteo server = new FakeOpenMeteo();
    private final Map<String, String> settings = new HashMap<>();
    private final Map<String, WeatherCache.Entry> cache = new HashMap<>();
    private final AtomicInteger clientsMade = new AtomicInteger();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-07-20T12:00:00Z"));
    private static final Place PORTLAND = new Place("Portland", 45.52, -122.67, "United States", "Oregon", "America/Los_Angeles");
    private static final LocalDateTime SEVEN = LocalDateTime.parse("2026-07-20T07:00");

    @AfterEach
    void stop() {
        server.close();
    }

    private WeatherService service(final String prefix) {
        settings.put(WeatherService.FORECAST_URL, server.url(prefix + "/v1/forecast"));
        settings.put(WeatherService.GEOCODING_URL, server.url(prefix + "/v1/search"));
        final WeatherSettings s = new WeatherSettings() {
            @Override
            public Optional<String> get(final String key) {
                return Optional.ofNullable(settings.get(key));
            }

            @Override
            public void put(final String key, final String value) {
                settings.put(key, value);
            }
        };
        final WeatherCache c = new WeatherCache() {
            @Override
            public Optional<Entry> get(final double lat, final double lon) {
                return Optional.ofNullable(cache.get(lat + "," + lon));
            }

            @Override
            public void put(final double lat, final double lon, final Instant at, final String json) {
                cache.put(lat + "," + lon, new Entry(at, json));
            }
        };
        return new WeatherService(s, c, () -> {
            clientsMade.incrementAndGet();
            return HttpClient.newHttpClient();
        }, Duration.ofMillis(500), clock);
    }

    @Test
    void offByDefaultAndThenNoNetworkAtAll() {
        final WeatherService w = service("");
        assertThat(w.isEnabled()).isFalse();
        assertThat(w.forSession(SEVEN)).isEmpty();
        assertThat(clientsMade).hasValue(0);
        assertThat(server.requests).isEmpty();
    }

    @Test
    void choosingAPlaceTurnsItOnAndForecastsAreCachedForAnHour() {
        final WeatherService w = service("");
        w.choosePlace(w.searchPlaces("Portland").get(0));
        assertThat(w.isEnabled()).isTrue();
        assertThat(w.place().orElseThrow().label()).isEqualTo("Portland, Oregon, United States");
        server.requests.clear();

        final ForecastConditions first = w.forSession(SEVEN.plusMinutes(20)).orElseThrow();
        assertThat(first.fromCache()).isFalse();
        assertThat(first.hour().time()).isEqualTo(SEVEN);
        assertThat(first.conditions().airC()).isEqualTo(15.0);
        assertThat(first.attribution()).isEqualTo("Weather data by Open-Meteo.com");
        clock.advance(Duration.ofMinutes(59));
        assertThat(w.forSession(LocalDateTime.parse("2026-07-20T13:00")).orElseThrow().fromCache()).isTrue();
        assertThat(server.requests).hasSize(1);
        clock.advance(Duration.ofMinutes(2));
        assertThat(w.forSession(SEVEN).orElseThrow().fromCache()).isFalse();
        assertThat(server.requests).hasSize(2);

        w.turnOff();
        assertThat(w.forSession(SEVEN)).isEmpty();
        assertThat(server.requests).hasSize(2);
    }

    @Test
    void aTimeOutsideTheForecastSaysWhatItCovers() {
        final WeatherService w = service("");
        assertThatThrownBy(() -> w.conditionsAt(PORTLAND, LocalDateTime.parse("2026-08-01T07:00")))
                .isInstanceOf(WeatherException.class)
                .hasMessage("The forecast has no data for 2026-08-01T07:00 (it covers 2026-07-20T00:00 to 2026-07-20T23:00); "
                        + "enter the conditions by hand.");
    }

    @Test
    void lookUpWithoutResultsSaysSo() {
        final WeatherService w = service("");
        assertThatThrownBy(() -> w.lookUp("Nowhere", SEVEN)).isInstanceOfSatisfying(WeatherException.class,
                e -> assertThat(e.kind()).isEqualTo(WeatherException.Kind.NO_PLACE)).hasMessage("No place called \"Nowhere\" was found.");
    }

    @Test
    void failuresAreNotCached() {
        final WeatherService w = service("/slow");
        assertThatThrownBy(() -> w.conditionsAt(PORTLAND, SEVEN)).isInstanceOfSatisfying(WeatherException.class,
                e -> assertThat(e.kind()).isEqualTo(WeatherException.Kind.TIMEOUT));
        assertThat(cache).isEmpty();
    }

    @Test
    void nearestHourRoundsHalfUp() {
        assertThat(WeatherService.nearestHour(LocalDateTime.parse("2026-07-20T07:29"))).isEqualTo(SEVEN);
        assertThat(WeatherService.nearestHour(LocalDateTime.parse("2026-07-20T06:30"))).isEqualTo(SEVEN);
    }

    /** A clock tests move by hand. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(final Instant now) {
            this.now = now;
        }

        void advance(final Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(final ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
