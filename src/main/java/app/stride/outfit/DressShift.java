package app.stride.outfit;

import app.stride.settings.TemperatureUnit;

/**
 * One reason the dress-for temperature differs from feels-like: {@code wind}, {@code windCap} (wind chill counted up
 * to 10°F in moderate cold), {@code sun}, {@code precipitation},
 * {@code effort}, {@code tendency}, {@code limit} (dress-for kept within the NWS charts) or {@code learned}.
 *
 * @param deltaC the shift in °C; positive means dress lighter (as if it were warmer)
 */
public record DressShift(String id, double deltaC) {

    /** As a phrase to render, e.g. "sun: dress as if 10°F warmer", in the runner's unit. */
    public app.stride.common.Phrase phrase(final TemperatureUnit unit) {
        final String amount = app.stride.format.Degrees.difference(deltaC, unit);
        return app.stride.common.Phrase.of(deltaC >= 0 ? "outfit.shift.lighter" : "outfit.shift.warmer",
                app.stride.common.Phrase.of("outfit.shift." + id), amount);
    }
}
