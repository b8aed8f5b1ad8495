package app.stride.settings;

import java.time.DayOfWeek;
import java.util.Objects;

/** The runner's display preferences. */
public record Settings(DistanceUnit distanceUnit, TemperatureUnit temperatureUnit, DayOfWeek firstDayOfWeek, Theme theme) {

    public static final Settings DEFAULTS = new Settings(DistanceUnit.KM, TemperatureUnit.C, DayOfWeek.MONDAY, Theme.LIGHT);

    public Settings {
        Objects.requireNonNull(distanceUnit, "distanceUnit");
        Objects.requireNonNull(temperatureUnit, "temperatureUnit");
        Objects.requireNonNull(firstDayOfWeek, "firstDayOfWeek");
        Objects.requireNonNull(theme, "theme");
    }

    public Settings withDistanceUnit(final DistanceUnit u) {
        return new Settings(u, temperatureUnit, firstDayOfWeek, theme);
    }

    public Settings withTemperatureUnit(final TemperatureUnit u) {
        return new Settings(distanceUnit, u, firstDayOfWeek, theme);
    }

    public Settings withFirstDayOfWeek(final DayOfWeek d) {
        return new Settings(distanceUnit, temperatureUnit, d, theme);
    }

    public Settings withTheme(final Theme t) {
        return new Settings(distanceUnit, temperatureUnit, firstDayOfWeek, t);
    }
}
