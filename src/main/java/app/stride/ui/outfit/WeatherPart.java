package app.stride.ui.outfit;

import app.stride.common.Messages;
import app.stride.format.Dates;
import app.stride.outfit.Conditions;
import app.stride.ui.task.TaskFailure;
import app.stride.ui.task.TaskRunner;
import app.stride.weather.ForecastConditions;
import app.stride.weather.Place;
import app.stride.weather.WeatherException;
import app.stride.weather.WeatherService;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Decides the Outfit screen's weather part: switched on or off, the place, its search, and the forecast fetched. */
final class WeatherPart {

    private final WeatherService weather;
    private final TaskRunner tasks;
    /** Fills the typed conditions from a fetched forecast (without counting as typing). */
    private final Consumer<Conditions> fill;
    /** Asks for the outfit again once a forecast is on screen. */
    private final Runnable recompute;

    final ReadOnlyBooleanWrapper weatherOn = new ReadOnlyBooleanWrapper(false);
    /** The weather switch itself: on with no place yet means "type your town"; off means no search at all. */
    final ReadOnlyBooleanWrapper switchedOn = new ReadOnlyBooleanWrapper(false);
    final ReadOnlyStringWrapper placeLabel = new ReadOnlyStringWrapper("");
    final StringProperty placeQuery = new SimpleStringProperty("");
    final ObservableList<Place> placeResults = FXCollections.observableArrayList();
    final ObjectProperty<LocalDate> forecastDate = new SimpleObjectProperty<>();
    final ObjectProperty<Integer> forecastHour = new SimpleObjectProperty<>(7);
    final ReadOnlyStringWrapper weatherStatus = new ReadOnlyStringWrapper("");
    final ReadOnlyBooleanWrapper forecastShown = new ReadOnlyBooleanWrapper(false);
    final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    WeatherPart(final WeatherService weather, final TaskRunner tasks, final Consumer<Conditions> fill,
                final Runnable recompute) {
        this.weather = weather;
        this.tasks = tasks;
        this.fill = fill;
        this.recompute = recompute;
    }

    /** Looks up places called what the runner typed (a network call, made only on this request). */
    void searchPlaces() {
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
    void choosePlace(final Place place) {
        tasks.run(() -> weather.choosePlace(place), this::report);
        placeResults.clear();
        placeQuery.set("");
        placeLabel.set(place.name());
        switchedOn.set(true);
        weatherOn.set(true);
        fetchForecast();
    }

    /** Turns weather on, as the Settings switch does; then the town search is offered, or the forecast fetched. */
    void turnWeatherOn() {
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
    void turnWeatherOff() {
        tasks.run(weather::turnOff, this::report);
        switchedOn.set(false);
        placeResults.clear();
        weatherOn.set(false);
        forecastShown.set(false);
        weatherStatus.set("");
    }

    /** Fills the conditions from the forecast for the chosen date and hour; on failure the typed values stay. */
    void fetchForecast() {
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
        fill.accept(f.conditions());
        forecastShown.set(true);
        weatherStatus.set(Messages.get("outfit.weather.forecastFor", f.place().name(), Dates.dayAndTime(f.at())));
        recompute.run();
    }

    /** Shows what went wrong in the weather part's line. */
    void report(final Throwable e) {
        busy.set(false);
        weatherStatus.set(TaskFailure.message(e));
    }
}
