package app.stride.ui.outfit;

import app.stride.format.Dates;
import app.stride.common.Messages;
import app.stride.outfit.Conditions;
import app.stride.outfit.Effort;
import app.stride.outfit.LearnedExplanation;
import app.stride.outfit.Light;
import app.stride.outfit.Outfit;
import app.stride.outfit.OutfitService;
import app.stride.outfit.Precipitation;
import app.stride.outfit.Sky;
import app.stride.outfit.Tendency;
import app.stride.settings.Settings;
import app.stride.ui.task.TaskFailure;
import app.stride.ui.task.TaskRunner;
import app.stride.weather.ForecastConditions;
import app.stride.weather.Place;
import app.stride.weather.WeatherException;
import app.stride.weather.WeatherService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Outfit screen's state: conditions typed or fetched, the outfit for them, the weather place, and what Stride
 * has learned about this runner. Typed text is never thrown away: a bad value shows a one-line message and the last
 * good outfit stays.
 */
public final class OutfitViewModel {

    private final OutfitService outfits;
    private final WeatherService weather;
    private final TaskRunner tasks;
    private final ObservableValue<Settings> settings;
    private final Clock clock;

    private final TypedConditions typed;
    private final ObjectProperty<Effort> effort = new SimpleObjectProperty<>(Effort.EASY);
    private final ObjectProperty<Tendency> tendency = new SimpleObjectProperty<>(Tendency.NEUTRAL);

    private final ReadOnlyObjectWrapper<Optional<Outfit>> outfit = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final LearnedAboutRunner learned;

    private final ReadOnlyBooleanWrapper weatherOn = new ReadOnlyBooleanWrapper(false);
    /** The weather switch itself: on with no place yet means "type your town"; off means no search at all. */
    private final ReadOnlyBooleanWrapper switchedOn = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper placeLabel = new ReadOnlyStringWrapper("");
    private final StringProperty placeQuery = new SimpleStringProperty("");
    private final ObservableList<Place> placeResults = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> forecastDate = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> forecastHour = new SimpleObjectProperty<>(7);
    private final ReadOnlyStringWrapper weatherStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper forecastShown = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper wearStatus = new ReadOnlyStringWrapper("");
    private final ObjectProperty<LocalTime> usualTime = new SimpleObjectProperty<>();
    private boolean fetchAfterLoad;
    /** The session this outfit is for, when the screen was opened for one. */
    private Optional<LocalDate> sessionDay = Optional.empty();

    private boolean filling;

    public OutfitViewModel(final OutfitService outfits, final WeatherService weather, final TaskRunner tasks,
                           final ObservableValue<Settings> settings, final Clock clock) {
        this.outfits = outfits;
        this.weather = weather;
        this.tasks = tasks;
        this.settings = settings;
        this.clock = clock;
        this.typed = new TypedConditions(settings);
        this.learned = new LearnedAboutRunner(outfits, tasks, this::recompute, this::report);
        forecastDate.set(LocalDate.now(clock));
        for (ObservableValue<?> input : typed.inputs()) {
            input.addListener((o, a, b) -> inputChanged());
        }
        effort.addListener((o, a, b) -> inputChanged());
        tendency.addListener((o, a, b) -> {
            if (!filling && b != null) {
                tasks.run(() -> outfits.setTendency(b), this::report);
                recompute();
            }
        });
        settings.addListener((o, old, now) -> unitsChanged(old, now));
        usualTime.addListener((o, a, t) -> {
            if (!filling && t != null) {
                tasks.run(() -> outfits.setUsualRunTime(t), this::report);
                forecastHour.set(t.getHour());
            }
        });
    }

    /** Loads the runner's tendency, what was learned and the weather place; then shows an outfit. */
    public void load() {
        tasks.run(() -> new Loaded(outfits.tendency(), outfits.learned(), weather.isEnabled(), weather.isSwitchedOn(),
                        weather.place().map(Place::name), outfits.sessionTime(LocalDate.now(clock), Optional.empty())),
                loaded -> {
                    filling = true;
                    tendency.set(loaded.tendency());
                    usualTime.set(loaded.usualTime().toLocalTime());
                    filling = false;
                    learned.show(loaded.learned());
                    weatherOn.set(loaded.weatherOn());
                    switchedOn.set(loaded.switchedOn());
                    placeLabel.set(loaded.place().orElse(""));
                    forecastHour.set(loaded.usualTime().getHour());
                    if (fetchAfterLoad && loaded.weatherOn()) {
                        fetchAfterLoad = false;
                        fetchForecast();
                    }
                    recompute();
                }, this::report);
    }

    private record Loaded(Tendency tendency, List<LearnedExplanation> learned, boolean weatherOn, boolean switchedOn,
                          Optional<String> place,
                          LocalDateTime usualTime) {
    }

    private void inputChanged() {
        if (filling) {
            return;
        }
        wearStatus.set("");
        forecastShown.set(false);
        recompute();
    }

    /** Sets up the screen for a session on {@code date} at {@code effort}; fetches its forecast when weather is on. */
    public void prepareFor(final LocalDate date, final Effort sessionEffort) {
        forecastDate.set(date);
        effort.set(sessionEffort);
        sessionDay = Optional.of(date);
        fetchAfterLoad = true;
        load();
    }

    /** When the runner usually runs; forecasts are for this time unless a session says otherwise. */
    public ObjectProperty<LocalTime> usualTimeProperty() {
        return usualTime;
    }

    /** Checks the typed conditions and, if they are valid, asks for the outfit in the background. */
    public void recompute() {
        final Optional<Conditions> conditions = conditions();
        if (conditions.isEmpty()) {
            return;
        }
        final Effort e = effort.get();
        final Tendency t = tendency.get();
        tasks.run(() -> outfits.recommend(conditions.get(), e, t), o -> {
            // The same outfit again (every visit recomputes it) leaves the card as it is instead of rebuilding it.
            if (!outfit.get().equals(Optional.of(o))) {
                outfit.set(Optional.of(o));
            }
        }, this::report);
    }

    /** The typed conditions in SI units, or empty with {@link #inputErrorProperty()} saying what to fix. */
    Optional<Conditions> conditions() {
        return typed.parse();
    }

    /** Looks up places called what the runner typed (a network call, made only on this request). */
    public void searchPlaces() {
        if (!switchedOn.get()) {
            // weather off: no network at all (issue 11), so the town is not looked up; the card offers to turn it on
            weatherStatus.set(Messages.get("weather.error.off"));
            return;
        }
        final String q = placeQuery.get() == null ? "" : placeQuery.get().strip();
        if (q.length() < 2) {
            weatherStatus.set(Messages.get("outfit.weather.queryTooShort"));
            return;
        }
        busy.set(true);
        weatherStatus.set(Messages.get("outfit.weather.searching", q));
        tasks.runOnline(() -> weather.searchPlacesIfOn(q), found -> {
            busy.set(false);
            placeResults.setAll(found);
            weatherStatus.set(found.isEmpty() ? Messages.get("weather.error.noPlace", q) : "");
        }, e -> {
            busy.set(false);
            weatherStatus.set(TaskFailure.message(e));
        });
    }

    /** Makes {@code place} the runner's place and turns weather on, then fetches its forecast. */
    public void choosePlace(final Place place) {
        tasks.run(() -> weather.choosePlace(place), this::report);
        placeResults.clear();
        placeQuery.set("");
        placeLabel.set(place.name());
        switchedOn.set(true);
        weatherOn.set(true);
        fetchForecast();
    }

    /** Turns weather on, as the Settings switch does; then the town search is offered, or the forecast fetched. */
    public void turnWeatherOn() {
        tasks.run(() -> {
            weather.turnOn();
            return weather.place().map(Place::name);
        }, place -> {
            switchedOn.set(true);
            weatherStatus.set("");
            placeLabel.set(place.orElse(""));
            weatherOn.set(place.isPresent());
            if (place.isPresent()) {
                fetchForecast();
            }
        }, this::report);
    }

    /** Turns weather off: no network calls until the runner turns it on again. */
    public void turnWeatherOff() {
        tasks.run(weather::turnOff, this::report);
        switchedOn.set(false);
        placeResults.clear();
        weatherOn.set(false);
        forecastShown.set(false);
        weatherStatus.set("");
    }

    /** Fills the conditions from the forecast for the chosen date and hour; on failure the typed values stay. */
    public void fetchForecast() {
        if (forecastDate.get() == null || forecastHour.get() == null) {
            weatherStatus.set(Messages.get("outfit.weather.pickTime"));
            return;
        }
        final LocalDateTime at = forecastDate.get().atTime(forecastHour.get(), 0);
        busy.set(true);
        weatherStatus.set(Messages.get("outfit.weather.fetching"));
        // Read on the network thread; a newly fetched forecast is cached on the database thread (ADR 0003).
        tasks.runOnline(() -> weather.fetchForSession(at).orElseThrow(
                        () -> new WeatherException(WeatherException.Kind.OFF, Messages.get("weather.error.off"))),
                fetched -> {
                    tasks.run(() -> weather.remember(fetched), e -> { }); // logged by the runner; the forecast is still shown
                    showForecast(fetched.conditions());
                }, e -> {
                    busy.set(false);
                    forecastShown.set(false);
                    weatherStatus.set(TaskFailure.message(e));
                });
    }

    private void showForecast(final ForecastConditions f) {
        busy.set(false);
        final Conditions c = f.conditions();
        filling = true;
        try {
            typed.fill(c);
        } finally {
            filling = false;
        }
        forecastShown.set(true);
        weatherStatus.set(Messages.get("outfit.weather.forecastFor", f.place().name(), Dates.dayAndTime(f.at())));
        recompute();
    }

    /**
     * Keeps the outfit on screen as what the runner wears today (for the forecast's day when it came from one), so
     * ticking off the run can ask whether it was too cold, just right or too warm.
     */
    public void wearThis() {
        final Optional<Outfit> o = outfit.get();
        if (o.isEmpty()) {
            return;
        }
        final LocalDate day = sessionDay.or(() -> Optional.ofNullable(forecastShown.get() ? forecastDate.get() : null))
                .orElse(LocalDate.now(clock));
        tasks.run(() -> outfits.remember(day, o.get()),
                this::report);
        wearStatus.set(Messages.get("outfit.screen.wearing", Dates.dayLong(day)));
    }

    /** Confirms which day's outfit was kept. */
    public ReadOnlyStringProperty wearStatusProperty() {
        return wearStatus.getReadOnlyProperty();
    }

    /** Forgets what was learned around one temperature band. */
    public void reset(final int bandC) {
        learned.reset(bandC);
    }

    /** Forgets everything learned. */
    public void resetAll() {
        learned.resetAll();
    }

    private void unitsChanged(final Settings old, final Settings now) {
        if (old == null || now == null) {
            return;
        }
        // Keep what the runner typed meaning the same weather when they switch units.
        filling = true;
        try {
            typed.convert(old, now);
        } finally {
            filling = false;
        }
        recompute();
    }

    private void report(final Throwable e) {
        busy.set(false);
        weatherStatus.set(TaskFailure.message(e));
    }

    /** °C or °F, as the runner chose. */
    public String temperatureSymbol() {
        return typed.temperatureSymbol();
    }

    /** km/h or mph, following the distance unit. */
    public String windSymbol() {
        return typed.windSymbol();
    }

    public StringProperty temperatureProperty() {
        return typed.temperature();
    }

    public StringProperty windProperty() {
        return typed.wind();
    }

    public StringProperty humidityProperty() {
        return typed.humidity();
    }

    public ObjectProperty<Precipitation> precipitationProperty() {
        return typed.precipitation();
    }

    public ObjectProperty<Light> lightProperty() {
        return typed.light();
    }

    public ObjectProperty<Sky> skyProperty() {
        return typed.sky();
    }

    public BooleanProperty thunderstormProperty() {
        return typed.thunderstorm();
    }

    public BooleanProperty freezingProperty() {
        return typed.freezing();
    }

    public ObjectProperty<Effort> effortProperty() {
        return effort;
    }

    public ObjectProperty<Tendency> tendencyProperty() {
        return tendency;
    }

    /** One line naming the field to fix and what is allowed; empty when the conditions are fine. */
    public ReadOnlyStringProperty inputErrorProperty() {
        return typed.inputError();
    }

    /** Which field the error is about: {@code temperature}, {@code wind}, {@code humidity}, or empty. */
    public ReadOnlyStringProperty invalidFieldProperty() {
        return typed.invalidField();
    }

    public ReadOnlyObjectProperty<Optional<Outfit>> outfitProperty() {
        return outfit.getReadOnlyProperty();
    }

    public ObservableList<LearnedExplanation> learned() {
        return learned.list();
    }

    public ReadOnlyBooleanProperty switchedOnProperty() {
        return switchedOn.getReadOnlyProperty();
    }

    /** Forecasts are in use: the switch is on and a place is chosen. */
    public ReadOnlyBooleanProperty weatherOnProperty() {
        return weatherOn.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty placeLabelProperty() {
        return placeLabel.getReadOnlyProperty();
    }

    public StringProperty placeQueryProperty() {
        return placeQuery;
    }

    public ObservableList<Place> placeResults() {
        return placeResults;
    }

    public ObjectProperty<LocalDate> forecastDateProperty() {
        return forecastDate;
    }

    public ObjectProperty<Integer> forecastHourProperty() {
        return forecastHour;
    }

    /** What the weather part is doing or what went wrong, in one line. */
    public ReadOnlyStringProperty weatherStatusProperty() {
        return weatherStatus.getReadOnlyProperty();
    }

    /** True while the conditions on screen are the fetched forecast (then the attribution shows). */
    public ReadOnlyBooleanProperty forecastShownProperty() {
        return forecastShown.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** "Weather data by Open-Meteo.com". */
    public String attribution() {
        return WeatherService.attribution();
    }
}
