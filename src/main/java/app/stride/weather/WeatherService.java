package app.stride.weather;

import app.stride.common.Messages;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Weather for the outfit helper, opt-in. Off until the runner chooses a place; while off, nothing here touches the
 * network except a place search or a look-up the runner explicitly asks for. Forecasts are cached in the database
 * with their fetch time and reused while younger than an hour; nothing polls. Blocking: call it off the JavaFX thread.
 */
public final class WeatherService {

    public static final String ENABLED = "weather.enabled";
    public static final String PLACE = "weather.place";
    public static final String LATITUDE = "weather.latitude";
    public static final String LONGITUDE = "weather.longitude";
    public static final String TIMEZONE = "weather.timezone";
    public static final String FORECAST_URL = "weather.forecastUrl";
    public static final String GEOCODING_URL = "weather.geocodingUrl";

    public static final String DEFAULT_FORECAST_URL = "https://api.open-meteo.com/v1/forecast";
    public static final String DEFAULT_GEOCODING_URL = "https://geocoding-api.open-meteo.com/v1/search";

    /** A cached forecast younger than this is used without asking Open-Meteo again. */
    public static final Duration FRESH = Duration.ofHours(1);
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private final WeatherSettings settings;
    private final WeatherCache cache;
    private final Supplier<HttpClient> httpFactory;
    private final Duration timeout;
    private final Clock clock;
    private HttpClient http;

    /**
     * @param httpFactory makes the HTTP client on first use, so a runner with weather off never gets one
     * @param timeout how long to wait for Open-Meteo (connecting, and again for the answer)
     */
    public WeatherService(final WeatherSettings settings, final WeatherCache cache, final Supplier<HttpClient> httpFactory,
                          final Duration timeout, final Clock clock) {
        this.settings = Objects.requireNonNull(settings);
        this.cache = Objects.requireNonNull(cache);
        this.httpFactory = Objects.requireNonNull(httpFactory);
        this.timeout = Objects.requireNonNull(timeout);
        this.clock = Objects.requireNonNull(clock);
    }

    /** The usual set-up: a JDK client with a 10 s connect timeout and 10 s to answer. */
    public static WeatherService create(final WeatherSettings settings, final WeatherCache cache, final Clock clock) {
        return new WeatherService(settings, cache, () -> OpenMeteoClient.httpClient(DEFAULT_TIMEOUT), DEFAULT_TIMEOUT, clock);
    }

    /** Whether forecasts are used: the runner turned weather on and chose a place. */
    public boolean isEnabled() {
        return isSwitchedOn() && place().isPresent();
    }

    /** Whether the runner switched weather on (Settings or Outfit), with or without a place chosen yet. */
    public boolean isSwitchedOn() {
        return settings.get(ENABLED).map(Boolean::parseBoolean).orElse(false);
    }

    /** The chosen place, if any. */
    public Optional<Place> place() {
        final Optional<String> name = settings.get(PLACE);
        final Optional<String> lat = settings.get(LATITUDE);
        final Optional<String> lon = settings.get(LONGITUDE);
        if (name.isEmpty() || lat.isEmpty() || lon.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Place(name.get(), Double.parseDouble(lat.get()), Double.parseDouble(lon.get()), "", "",
                    settings.get(TIMEZONE).orElse("")));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Chooses the place forecasts are for and turns weather on. */
    public void choosePlace(final Place place) {
        settings.put(PLACE, place.label());
        settings.put(LATITUDE, Double.toString(place.latitude()));
        settings.put(LONGITUDE, Double.toString(place.longitude()));
        settings.put(TIMEZONE, place.timezone());
        settings.put(ENABLED, "true");
    }

    /** Turns weather off; the place is kept for when it is turned on again. */
    public void turnOff() {
        settings.put(ENABLED, "false");
    }

    /** Turns weather back on for the place chosen before (does nothing useful until a place is chosen). */
    public void turnOn() {
        settings.put(ENABLED, "true");
    }

    /** Places called {@code name}: a network call, made only because the runner typed a name to choose a place. */
    public List<Place> searchPlaces(final String name) {
        return client().searchPlaces(name);
    }

    /**
     * As {@link #searchPlaces(String)} for the app, where the town search is only offered with weather switched on:
     * with it off this refuses before any HTTP client exists (issue 11: weather off means no network at all).
     */
    public List<Place> searchPlacesIfOn(final String name) {
        if (!isSwitchedOn()) {
            throw new WeatherException(WeatherException.Kind.OFF, Messages.get("weather.error.off"));
        }
        return searchPlaces(name);
    }

    /**
     * The conditions for a session at {@code at} (local time of the chosen place) if weather is on; empty when it
     * is off, without any network call. Writes a newly fetched forecast to the cache: for single-threaded callers
     * (the command line). The app uses {@link #fetchForSession(LocalDateTime)} and {@link #remember(Fetched)}.
     */
    public Optional<ForecastConditions> forSession(final LocalDateTime at) {
        return fetchForSession(at).map(this::rememberAndGet);
    }

    /** The conditions at {@code place} and {@code at} (its local time), from the cache when fresh; caches a new fetch. */
    public ForecastConditions conditionsAt(final Place place, final LocalDateTime at) {
        return rememberAndGet(fetch(place, at));
    }

    /**
     * A forecast for the session at {@code at}, read from the cache or the network but never written: safe on the
     * network thread. Hand the result to {@link #remember(Fetched)} on the database thread.
     */
    public Optional<Fetched> fetchForSession(final LocalDateTime at) {
        if (!isEnabled()) {
            return Optional.empty();
        }
        return Optional.of(fetch(place().orElseThrow(), at));
    }

    /** As {@link #conditionsAt(Place, LocalDateTime)} without writing the cache. */
    public Fetched fetch(final Place place, final LocalDateTime at) {
        final LocalDateTime hourStart = nearestHour(at);
        final Instant now = clock.instant();
        final Optional<WeatherCache.Entry> cached = cache.get(place.latitude(), place.longitude());
        if (cached.isPresent() && Duration.between(cached.get().fetchedAt(), now).compareTo(FRESH) < 0) {
            final Forecast f = OpenMeteoClient.parseForecast(cached.get().json());
            final Optional<ForecastHour> h = f.hour(hourStart);
            if (h.isPresent()) {
                return new Fetched(new ForecastConditions(place, at, h.get(), ForecastMapper.toConditions(f, h.get(), at),
                        cached.get().fetchedAt(), true), Optional.empty());
            }
        }
        final String json = client().fetchForecast(place.latitude(), place.longitude());
        final Forecast f = OpenMeteoClient.parseForecast(json);
        final ForecastHour h = f.hour(hourStart).orElseThrow(() -> new WeatherException(WeatherException.Kind.NO_DATA,
                Messages.get("weather.error.noHour", hourStart, f.first().map(Object::toString).orElse("-"),
                        f.last().map(Object::toString).orElse("-"))));
        return new Fetched(new ForecastConditions(place, at, h, ForecastMapper.toConditions(f, h, at), now, false), Optional.of(json));
    }

    /** Keeps a newly fetched forecast in the cache (nothing to do for one read from it). A database write. */
    public void remember(final Fetched fetched) {
        fetched.response().ifPresent(json -> cache.put(fetched.conditions().place().latitude(),
                fetched.conditions().place().longitude(), fetched.conditions().fetchedAt(), json));
    }

    private ForecastConditions rememberAndGet(final Fetched fetched) {
        remember(fetched);
        return fetched.conditions();
    }

    /**
     * A forecast as read, and the raw response to cache when it came from the network.
     *
     * @param response the response to keep, empty when the forecast came from the cache
     */
    public record Fetched(ForecastConditions conditions, Optional<String> response) {
    }

    /** Searches {@code placeName} and takes the best match's forecast: for the command line's {@code --place}. */
    public ForecastConditions lookUp(final String placeName, final LocalDateTime at) {
        final List<Place> found = searchPlaces(placeName);
        if (found.isEmpty()) {
            throw new WeatherException(WeatherException.Kind.NO_PLACE, Messages.get("weather.error.noPlace", placeName));
        }
        return conditionsAt(found.get(0), at);
    }

    /** "Weather data by Open-Meteo.com": show it wherever forecast data is shown. */
    public static String attribution() {
        return Messages.get("weather.attribution");
    }

    static LocalDateTime nearestHour(final LocalDateTime at) {
        final LocalDateTime down = at.truncatedTo(ChronoUnit.HOURS);
        return Duration.between(down, at).toMinutes() >= 30 ? down.plusHours(1) : down;
    }

    private synchronized OpenMeteoClient client() {
        if (http == null) {
            http = httpFactory.get();
        }
        return new OpenMeteoClient(http,
                OpenMeteoClient.endpoint(FORECAST_URL, settings.get(FORECAST_URL).orElse(DEFAULT_FORECAST_URL)),
                OpenMeteoClient.endpoint(GEOCODING_URL, settings.get(GEOCODING_URL).orElse(DEFAULT_GEOCODING_URL)),
                timeout);
    }

}
