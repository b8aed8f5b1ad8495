package app.stride.weather;

import app.stride.common.Messages;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Open-Meteo's forecast and geocoding APIs over the JDK HTTP client. Every failure becomes a {@link WeatherException}
 * with a message for the runner; nothing here retries or polls.
 */
public final class OpenMeteoClient {

    static final String HOURLY = "temperature_2m,relative_humidity_2m,dew_point_2m,apparent_temperature,"
            + "precipitation_probability,precipitation,weather_code,wind_speed_10m,wind_gusts_10m,is_day,uv_index";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final URI forecastUrl;
    private final URI geocodingUrl;
    private final Duration timeout;

    /**
     * @param forecastUrl the forecast endpoint, e.g. {@code https://api.open-meteo.com/v1/forecast}
     * @param geocodingUrl the search endpoint, e.g. {@code https://geocoding-api.open-meteo.com/v1/search}
     * @param timeout how long to wait for an answer (the connect timeout is set on {@code http})
     */
    public OpenMeteoClient(final HttpClient http, final URI forecastUrl, final URI geocodingUrl, final Duration timeout) {
        this.http = http;
        this.forecastUrl = forecastUrl;
        this.geocodingUrl = geocodingUrl;
        this.timeout = timeout;
    }

    /** How many HTTP clients this process has built: the proof that weather off means no network (WeatherOffUiTest). */
    private static final java.util.concurrent.atomic.AtomicInteger BUILT = new java.util.concurrent.atomic.AtomicInteger();

    /** The number of HTTP clients built so far in this process. */
    public static int httpClientsBuilt() {
        return BUILT.get();
    }

    /** An HTTP client that gives up connecting after {@code connectTimeout}. */
    public static HttpClient httpClient(final Duration connectTimeout) {
        BUILT.incrementAndGet();
        return HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** Checks that a URL setting is an absolute http(s) URL. */
    public static URI endpoint(final String setting, final String url) {
        try {
            final URI u = URI.create(url.strip());
            if (u.getHost() == null || !("http".equals(u.getScheme()) || "https".equals(u.getScheme()))) {
                throw new IllegalArgumentException("not http(s)");
            }
            return u;
        } catch (IllegalArgumentException e) {
            throw new WeatherException(WeatherException.Kind.BAD_SETTING, Messages.get("weather.error.badUrl", setting, url), e);
        }
    }

    /** Places called {@code name}, best match first; empty when Open-Meteo knows none (its {@code results} is absent). */
    public List<Place> searchPlaces(final String name) {
        final URI uri = URI.create(geocodingUrl + "?name=" + enc(name.strip()) + "&count=5&language="
                + enc(Locale.getDefault().getLanguage().isEmpty() ? "en" : Locale.getDefault().getLanguage()) + "&format=json");
        final JsonNode root = checked(get(uri));
        final JsonNode results = root.path("results");
        final List<Place> places = new ArrayList<>();
        if (!results.isArray()) {
            return places;
        }
        for (JsonNode r : results) {
            if (!r.path("latitude").isNumber() || !r.path("longitude").isNumber() || !r.path("name").isTextual()) {
                continue;
            }
            try {
                places.add(new Place(r.path("name").asText(), r.path("latitude").asDouble(), r.path("longitude").asDouble(),
                        text(r, "country"), text(r, "admin1"), text(r, "timezone")));
            } catch (IllegalArgumentException e) {
                // a result off the globe is skipped rather than failing the whole search
            }
        }
        return places;
    }

    /** The raw forecast JSON for a position (7 days, °C, km/h, local time), checked to be a readable forecast. */
    public String fetchForecast(final double latitude, final double longitude) {
        final URI uri = URI.create(forecastUrl + "?latitude=" + latitude + "&longitude=" + longitude
                + "&hourly=" + HOURLY + "&daily=sunrise,sunset&timezone=auto&forecast_days=7"
                + "&temperature_unit=celsius&wind_speed_unit=kmh&precipitation_unit=mm");
        final String body = get(uri);
        parseForecast(body);
        return body;
    }

    private String get(final URI uri) {
        final HttpRequest req = HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "application/json").GET().build();
        final HttpResponse<String> res;
        try {
            res = http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new WeatherException(WeatherException.Kind.TIMEOUT, Messages.get("weather.error.timeout", timeout.toSeconds() == 0
                    ? String.format(Locale.ROOT, "%.1f", timeout.toMillis() / 1000.0) : String.valueOf(timeout.toSeconds())), e);
        } catch (IOException e) {
            throw new WeatherException(WeatherException.Kind.NETWORK, Messages.get("weather.error.network"), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WeatherException(WeatherException.Kind.NETWORK, Messages.get("weather.error.network"), e);
        }
        if (res.statusCode() / 100 != 2) {
            // Open-Meteo explains a refused request in the body; prefer its reason over a bare status code.
            apiError(res.body());
            throw new WeatherException(WeatherException.Kind.HTTP, Messages.get("weather.error.http", res.statusCode()));
        }
        return res.body();
    }

    private static void apiError(final String body) {
        try {
            final JsonNode n = JSON.readTree(body);
            if (n != null && n.path("error").asBoolean(false)) {
                throw new WeatherException(WeatherException.Kind.API, Messages.get("weather.error.api",
                        n.path("reason").asText("no reason given")));
            }
        } catch (JsonProcessingException e) {
            // not JSON: the status code will be reported
        }
    }

    private static JsonNode checked(final String body) {
        final JsonNode n;
        try {
            n = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new WeatherException(WeatherException.Kind.BAD_RESPONSE, Messages.get("weather.error.badResponse", "not JSON"), e);
        }
        if (n == null || !n.isObject()) {
            throw new WeatherException(WeatherException.Kind.BAD_RESPONSE, Messages.get("weather.error.badResponse", "not a JSON object"));
        }
        if (n.path("error").asBoolean(false)) {
            throw new WeatherException(WeatherException.Kind.API, Messages.get("weather.error.api", n.path("reason").asText("no reason given")));
        }
        return n;
    }

    /** Reads a forecast response; nulls become empty values, a missing or ragged {@code hourly} block is an error. */
    public static Forecast parseForecast(final String body) {
        final JsonNode root = checked(body);
        final JsonNode hourly = root.path("hourly");
        final JsonNode time = hourly.path("time");
        if (!time.isArray()) {
            throw new WeatherException(WeatherException.Kind.BAD_RESPONSE, Messages.get("weather.error.badResponse", "no hourly times"));
        }
        final List<ForecastHour> hours = new ArrayList<>();
        try {
            for (int i = 0; i < time.size(); i++) {
                hours.add(new ForecastHour(LocalDateTime.parse(time.get(i).asText()),
                        num(hourly, "temperature_2m", i), num(hourly, "relative_humidity_2m", i), num(hourly, "dew_point_2m", i),
                        num(hourly, "apparent_temperature", i), num(hourly, "precipitation_probability", i),
                        num(hourly, "precipitation", i), integer(hourly, "weather_code", i), num(hourly, "wind_speed_10m", i),
                        num(hourly, "wind_gusts_10m", i), bool(hourly, "is_day", i), num(hourly, "uv_index", i)));
            }
        } catch (DateTimeParseException e) {
            throw new WeatherException(WeatherException.Kind.BAD_RESPONSE, Messages.get("weather.error.badResponse", "bad time"), e);
        }
        final Map<LocalDate, Forecast.SunTimes> sun = new HashMap<>();
        final JsonNode daily = root.path("daily");
        final JsonNode days = daily.path("time");
        for (int i = 0; days.isArray() && i < days.size(); i++) {
            try {
                sun.put(LocalDate.parse(days.get(i).asText()),
                        new Forecast.SunTimes(dateTime(daily, "sunrise", i), dateTime(daily, "sunset", i)));
            } catch (DateTimeParseException e) {
                // a damaged day only loses its sunrise and sunset; light then comes from is_day
            }
        }
        return new Forecast(root.path("timezone").asText(""), root.path("utc_offset_seconds").asInt(0), hours, sun);
    }

    private static OptionalDouble num(final JsonNode block, final String field, final int i) {
        final JsonNode v = block.path(field).path(i);
        return v.isNumber() ? OptionalDouble.of(v.asDouble()) : OptionalDouble.empty();
    }

    private static OptionalInt integer(final JsonNode block, final String field, final int i) {
        final JsonNode v = block.path(field).path(i);
        return v.isNumber() ? OptionalInt.of(v.asInt()) : OptionalInt.empty();
    }

    private static Optional<Boolean> bool(final JsonNode block, final String field, final int i) {
        final JsonNode v = block.path(field).path(i);
        return v.isNumber() || v.isBoolean() ? Optional.of(v.asInt() != 0 || v.asBoolean()) : Optional.empty();
    }

    private static Optional<LocalDateTime> dateTime(final JsonNode block, final String field, final int i) {
        final JsonNode v = block.path(field).path(i);
        return v.isTextual() ? Optional.of(LocalDateTime.parse(v.asText())) : Optional.empty();
    }

    private static String text(final JsonNode n, final String field) {
        return n.path(field).isTextual() ? n.path(field).asText() : "";
    }

    private static String enc(final String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
