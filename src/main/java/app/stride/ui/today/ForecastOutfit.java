package app.stride.ui.today;

import app.stride.common.Messages;
import app.stride.outfit.Outfit;
import app.stride.outfit.OutfitService;
import app.stride.plan.PlanRepository.SavedSession;
import app.stride.tracking.SessionEffort;
import app.stride.ui.task.TaskFailure;
import app.stride.ui.task.TaskRunner;
import app.stride.weather.ForecastConditions;
import app.stride.weather.WeatherService;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Today's outfit from the forecast: fetched off the database thread, shown with where the weather came from, and
 * remembered as shown (never as what the runner said they wear) so the answer after the run can be filed.
 */
final class ForecastOutfit {

    private final OutfitService outfits;
    private final WeatherService weather;
    private final TaskRunner tasks;
    private final ReadOnlyObjectWrapper<Optional<Outfit>> outfit = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");

    ForecastOutfit(final OutfitService outfits, final WeatherService weather, final TaskRunner tasks) {
        this.outfits = outfits;
        this.weather = weather;
        this.tasks = tasks;
    }

    /** When the forecast for {@code s} is wanted: weather on, at the session's usual time. */
    static Optional<LocalDateTime> wantedAt(final OutfitService outfits, final WeatherService weather, final SavedSession s) {
        return weather.isEnabled() ? Optional.of(outfits.sessionTime(s.date(), Optional.empty())) : Optional.empty();
    }

    WeatherService weather() {
        return weather;
    }

    /** No forecast: nothing to show. */
    void clear() {
        outfit.set(Optional.empty());
        note.set("");
    }

    /**
     * Fetches the forecast for {@code s} at {@code at} and shows its outfit; {@code shown} hears whether one was shown,
     * {@code failed} a failure to remember it.
     */
    void fetch(final SavedSession s, final LocalDateTime at, final Consumer<Boolean> shown, final Consumer<Throwable> failed) {
        // The network thread only reads; the new forecast and the outfit shown are written on the database thread.
        tasks.runOnline(() -> weather.fetchForSession(at).map(fetched -> {
            final ForecastConditions x = fetched.conditions();
            return new Forecasted(fetched, outfits.recommend(x.conditions(), SessionEffort.of(s.sessionType())),
                    Messages.get("today.outfit.forecast", x.place().name(), at.toLocalTime().toString(), WeatherService.attribution()));
        }), forecast -> {
            outfit.set(forecast.map(Forecasted::outfit));
            note.set(forecast.map(Forecasted::note).orElse(""));
            forecast.ifPresent(x -> tasks.run(() -> {
                weather.remember(x.fetched());
                outfits.shown(s.date(), x.outfit()); // never over what the runner said they wear
            }, failed));
            shown.accept(forecast.isPresent());
        }, e -> {
            outfit.set(Optional.empty());
            note.set(TaskFailure.message(e));
        });
    }

    private record Forecasted(WeatherService.Fetched fetched, Outfit outfit, String note) {
    }

    ReadOnlyObjectProperty<Optional<Outfit>> outfitProperty() {
        return outfit.getReadOnlyProperty();
    }

    ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }
}
