package app.stride.ui.outfit;

import app.stride.common.InvalidInputException;
import app.stride.common.Messages;
import app.stride.format.Numbers;
import app.stride.outfit.Conditions;
import app.stride.outfit.Light;
import app.stride.outfit.Precipitation;
import app.stride.outfit.Sky;
import app.stride.settings.DistanceUnit;
import app.stride.settings.Settings;
import app.stride.settings.TemperatureUnit;
import app.stride.ui.task.TaskFailure;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

/**
 * The weather as the runner typed it on the Outfit screen, in their units: whether it is valid (one line naming the
 * field to fix), the same weather in SI units, filling it from a forecast and keeping its meaning when units change.
 */
final class TypedConditions {

    private static final double KM_PER_MILE = 1.609344;

    private final ObservableValue<Settings> settings;

    private final StringProperty temperature = new SimpleStringProperty("10");
    private final StringProperty wind = new SimpleStringProperty("0");
    private final StringProperty humidity = new SimpleStringProperty("50");
    private final ObjectProperty<Precipitation> precipitation = new SimpleObjectProperty<>(Precipitation.NONE);
    private final ObjectProperty<Light> light = new SimpleObjectProperty<>(Light.DAY);
    private final ObjectProperty<Sky> sky = new SimpleObjectProperty<>(Sky.OVERCAST);
    private final BooleanProperty thunderstorm = new SimpleBooleanProperty(false);
    private final BooleanProperty freezing = new SimpleBooleanProperty(false);

    private final BooleanProperty example = new SimpleBooleanProperty(true);
    private boolean converting;
    private final ReadOnlyStringWrapper inputError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper invalidField = new ReadOnlyStringWrapper("");

    TypedConditions(final ObservableValue<Settings> settings) {
        this.settings = settings;
        // A mild 10 °C to start with, shown in the runner's unit (50 °F), not a literal 10 in either.
        temperature.set(fmt(round1(temperatureUnit().fromCelsius(10.0))));
        // Until the runner types a condition or a forecast fills them, they are an example, and the screen says so
        // (new-user review: 10 °C, no wind, overcast could pass for real weather). A change of units keeps it one.
        for (ObservableValue<?> input : inputs()) {
            input.addListener((o, a, b) -> {
                if (!converting) {
                    example.set(false);
                }
            });
        }
    }

    /** Whether the conditions shown are still the starting example, not the runner's or a forecast's. */
    BooleanProperty exampleProperty() {
        return example;
    }

    /** Every typed input, for listening to changes. */
    List<ObservableValue<?>> inputs() {
        return List.of(temperature, wind, humidity, precipitation, light, sky, thunderstorm, freezing);
    }

    /** The typed conditions in SI units, or empty with {@link #inputErrorProperty()} saying what to fix. */
    Optional<Conditions> parse() {
        final TemperatureUnit tu = temperatureUnit();
        final double minT = round1(tu.fromCelsius(Conditions.MIN_AIR_C));
        final double maxT = round1(tu.fromCelsius(Conditions.MAX_AIR_C));
        final Optional<Double> t = number(temperature.get()).filter(v -> v >= minT && v <= maxT);
        if (t.isEmpty()) {
            return fail("temperature", Messages.get("outfit.form.error.temperature", fmt(minT), fmt(maxT), tu.symbol()));
        }
        final boolean mph = windInMph();
        final double maxW = round1(mph ? Conditions.MAX_WIND_KMH / KM_PER_MILE : Conditions.MAX_WIND_KMH);
        final Optional<Double> w = number(wind.get()).filter(v -> v >= 0 && v <= maxW);
        if (w.isEmpty()) {
            return fail("wind", Messages.get("outfit.form.error.wind", fmt(maxW), windSymbol()));
        }
        final Optional<Double> h = number(humidity.get()).filter(v -> v >= 0 && v <= 100);
        if (h.isEmpty()) {
            return fail("humidity", Messages.get("outfit.form.error.humidity"));
        }
        invalidField.set("");
        inputError.set("");
        final double windKmh = mph ? w.get() * KM_PER_MILE : w.get();
        try {
            return Optional.of(new Conditions(tu.toCelsius(t.get()), windKmh, h.get(), precipitation.get(), light.get(), sky.get(),
                    thunderstorm.get(), freezing.get()));
        } catch (InvalidInputException e) {
            return fail(e.field(), TaskFailure.message(e)); // e.g. snow in air above +4 °C
        }
    }

    private Optional<Conditions> fail(final String field, final String message) {
        invalidField.set(field);
        inputError.set(message);
        return Optional.empty();
    }

    /** Shows {@code c} (a forecast) in the runner's units. */
    void fill(final Conditions c) {
        temperature.set(fmt(round1(temperatureUnit().fromCelsius(c.airC()))));
        wind.set(fmt(round1(windInMph() ? c.windKmh() / KM_PER_MILE : c.windKmh())));
        humidity.set(fmt(Math.round(c.humidityPct())));
        precipitation.set(c.precipitation());
        light.set(c.light());
        sky.set(c.sky());
        thunderstorm.set(c.thunderstorm());
        freezing.set(c.freezing());
    }

    /** Converts what was typed so it means the same weather in the new units. */
    void convert(final Settings old, final Settings now) {
        converting = true;
        try {
            convertTyped(old, now);
        } finally {
            converting = false;
        }
    }

    private void convertTyped(final Settings old, final Settings now) {
        if (old.temperatureUnit() != now.temperatureUnit()) {
            number(temperature.get()).ifPresent(v ->
                    temperature.set(fmt(round1(now.temperatureUnit().fromCelsius(old.temperatureUnit().toCelsius(v))))));
        }
        if (old.distanceUnit() != now.distanceUnit()) {
            final boolean toMph = now.distanceUnit() == DistanceUnit.MI;
            number(wind.get()).ifPresent(v -> wind.set(fmt(round1(toMph ? v / KM_PER_MILE : v * KM_PER_MILE))));
        }
    }

    private TemperatureUnit temperatureUnit() {
        return settings.getValue().temperatureUnit();
    }

    private boolean windInMph() {
        return settings.getValue().distanceUnit() == DistanceUnit.MI;
    }

    /** °C or °F, as the runner chose. */
    String temperatureSymbol() {
        return temperatureUnit().symbol();
    }

    /** km/h or mph, following the distance unit. */
    String windSymbol() {
        return Messages.get(windInMph() ? "outfit.form.mph" : "outfit.form.kmh");
    }


    static Optional<Double> number(final String text) {
        return Numbers.parse(text);
    }

    private static double round1(final double v) {
        return Math.round(v * 10.0) / 10.0;
    }

    static String fmt(final double v) {
        return Numbers.oneDecimal(v);
    }

    StringProperty temperature() {
        return temperature;
    }

    StringProperty wind() {
        return wind;
    }

    StringProperty humidity() {
        return humidity;
    }

    ObjectProperty<Precipitation> precipitation() {
        return precipitation;
    }

    ObjectProperty<Light> light() {
        return light;
    }

    ObjectProperty<Sky> sky() {
        return sky;
    }

    BooleanProperty thunderstorm() {
        return thunderstorm;
    }

    BooleanProperty freezing() {
        return freezing;
    }

    ReadOnlyStringProperty inputError() {
        return inputError.getReadOnlyProperty();
    }

    ReadOnlyStringProperty invalidField() {
        return invalidField.getReadOnlyProperty();
    }
}
