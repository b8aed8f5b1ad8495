package app.stride.ui.plan;

import app.stride.plan.TrainingDays;
import java.time.DayOfWeek;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;

/**
 * The plan form's running days follow "runs a week" (the engine's {@link TrainingDays#defaultDays}, as the CLI's
 * default) until the runner ticks or unticks a day themselves: then the days are theirs and stay as they chose.
 */
final class FormDays {

    private FormDays() {
    }

    /** Ticks the engine's default days for {@code runsPerWeek} now and whenever it changes, until a day is touched. */
    static void follow(final StringProperty runsPerWeek, final Map<DayOfWeek, BooleanProperty> days) {
        final boolean[] applying = {false};
        final boolean[] touched = {false};
        days.values().forEach(p -> p.addListener((o, was, on) -> touched[0] |= !applying[0]));
        final Runnable apply = () -> {
            final Set<DayOfWeek> chosen = TrainingDays.defaultDays(count(runsPerWeek.get()));
            applying[0] = true;
            try {
                days.forEach((d, p) -> p.set(chosen.contains(d)));
            } finally {
                applying[0] = false;
            }
        };
        apply.run();
        runsPerWeek.addListener((o, was, now) -> {
            if (!touched[0]) {
                apply.run();
            }
        });
    }

    /** The runs a week typed, when it is a number 1–14 (a typo or blank leaves the untold default). */
    private static Optional<Integer> count(final String typed) {
        try {
            final int n = Integer.parseInt(typed == null ? "" : typed.strip());
            return n >= 1 && n <= 14 ? Optional.of(n) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
