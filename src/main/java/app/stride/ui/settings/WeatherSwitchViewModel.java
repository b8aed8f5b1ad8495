package app.stride.ui.settings;

import app.stride.common.Messages;
import app.stride.ui.task.TaskFailure;
import app.stride.ui.task.TaskRunner;
import app.stride.weather.Place;
import app.stride.weather.WeatherService;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Settings' weather switch (issue 8): on, forecasts for the place chosen on the Outfit screen; off, Stride makes no
 * network call at all. Only the switch is stored here; choosing a place stays on the Outfit screen.
 */
public final class WeatherSwitchViewModel {

    private final WeatherService weather;
    private final TaskRunner tasks;
    private final BooleanProperty on = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper("");
    private boolean filling;

    public WeatherSwitchViewModel(final WeatherService weather, final TaskRunner tasks) {
        this.weather = weather;
        this.tasks = tasks;
        on.addListener((o, was, now) -> {
            if (!filling) {
                save(now);
            }
        });
    }

    private record State(boolean on, Optional<String> place) {
    }

    /** Reads the switch and the place (the Outfit screen may have changed either). */
    public void load() {
        tasks.run(() -> new State(weather.isEnabled(), weather.place().map(Place::name)), this::show,
                e -> detail.set(TaskFailure.message(e)));
    }

    private void save(final boolean turnOn) {
        tasks.run(() -> {
            if (turnOn) {
                weather.turnOn();
            } else {
                weather.turnOff();
            }
            return new State(turnOn, weather.place().map(Place::name));
        }, this::show, e -> detail.set(TaskFailure.message(e)));
    }

    private void show(final State s) {
        filling = true;
        try {
            on.set(s.on() || on.get() && s.place().isEmpty());
        } finally {
            filling = false;
        }
        detail.set(!on.get() ? Messages.get("settings.weather.offDetail")
                : s.place().map(p -> Messages.get("settings.weather.onDetail", p))
                        .orElse(Messages.get("settings.weather.noPlace")));
    }

    /** The switch; changing it saves at once. */
    public BooleanProperty onProperty() {
        return on;
    }

    /** One line under the switch: no network, forecasts for a place, or "choose your town on Outfit". */
    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }
}
