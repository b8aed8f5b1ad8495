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
import app.stride.ui.task.TaskRunner;
import app.stride.weather.Place;
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
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
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

    private final WeatherPart part;
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
        this.part = new WeatherPart(weather, tasks, this::fillFromForecast, this::recompute);
        part.forecastDate.set(LocalDate.now(clock));
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
                part.forecastHour.set(t.getHour());
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
                    part.weatherOn.set(loaded.weatherOn());
                    part.switchedOn.set(loaded.switchedOn());
                    part.placeLabel.set(loaded.place().orElse(""));
                    part.forecastHour.set(loaded.usualTime().getHour());
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
        part.forecastShown.set(false);
        recompute();
    }

    /** Sets up the screen for a session on {@code date} at {@code effort}; fetches its forecast when weather is on. */
    public void prepareFor(final LocalDate date, final Effort sessionEffort) {
        part.forecastDate.set(date);
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
        part.searchPlaces();
    }

    /** Makes {@code place} the runner's place and turns weather on, then fetches its forecast. */
    public void choosePlace(final Place place) {
        part.choosePlace(place);
    }

    /** Turns weather on, as the Settings switch does; then the town search is offered, or the forecast fetched. */
    public void turnWeatherOn() {
        part.turnWeatherOn();
    }

    /** Turns weather off: no network calls until the runner turns it on again. */
    public void turnWeatherOff() {
        part.turnWeatherOff();
    }

    /** Fills the conditions from the forecast for the chosen date and hour; on failure the typed values stay. */
    public void fetchForecast() {
        part.fetchForecast();
    }

    private void fillFromForecast(final Conditions c) {
        filling = true;
        try {
            typed.fill(c);
        } finally {
            filling = false;
        }
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
        final LocalDate day = sessionDay.or(() -> Optional.ofNullable(part.forecastShown.get() ? part.forecastDate.get() : null))
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
        part.report(e);
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
        return part.switchedOn.getReadOnlyProperty();
    }

    /** Forecasts are in use: the switch is on and a place is chosen. */
    public ReadOnlyBooleanProperty weatherOnProperty() {
        return part.weatherOn.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty placeLabelProperty() {
        return part.placeLabel.getReadOnlyProperty();
    }

    public StringProperty placeQueryProperty() {
        return part.placeQuery;
    }

    public ObservableList<Place> placeResults() {
        return part.placeResults;
    }

    public ObjectProperty<LocalDate> forecastDateProperty() {
        return part.forecastDate;
    }

    public ObjectProperty<Integer> forecastHourProperty() {
        return part.forecastHour;
    }

    /** What the weather part is doing or what went wrong, in one line. */
    public ReadOnlyStringProperty weatherStatusProperty() {
        return part.weatherStatus.getReadOnlyProperty();
    }

    /** True while the conditions on screen are the fetched forecast (then the attribution shows). */
    public ReadOnlyBooleanProperty forecastShownProperty() {
        return part.forecastShown.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return part.busy.getReadOnlyProperty();
    }

    /** "Weather data by Open-Meteo.com". */
    public String attribution() {
        return WeatherService.attribution();
    }

    /** True while the conditions are the starting example (no forecast filled them, the runner typed none). */
    public javafx.beans.value.ObservableBooleanValue exampleConditionsProperty() {
        return typed.exampleProperty();
    }
}
