package app.stride.ui.common;

import app.stride.format.Dates;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/**
 * Date pickers that show "Thu 26 Nov 2026" and read what a runner types: that form, ISO (2026-11-26), the locale's
 * short form (11/26/2026) or "26 Nov". Text that is not a date keeps the last good date instead of throwing on the
 * UI thread.
 */
public final class DateField {

    private DateField() {
    }

    /** A picker wired to read and show dates as described above. */
    public static DatePicker create() {
        final DatePicker picker = new DatePicker();
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(final LocalDate d) {
                return d == null ? "" : Dates.dayWithYear(d);
            }

            @Override
            public LocalDate fromString(final String text) {
                if (text == null || text.isBlank()) {
                    return picker.getValue();
                }
                return parse(text, picker.getValue() == null ? LocalDate.now().getYear() : picker.getValue().getYear())
                        .orElse(picker.getValue());
            }
        });
        picker.setPrefWidth(190);
        return picker;
    }

    /**
     * Makes every date picker start its weeks on {@code first}. JavaFX's picker takes the first day of the week
     * from the default format locale only, so the runner's choice goes there as the Unicode "fw" extension; the
     * language, region and every other format stay as they were.
     */
    public static void weekStartsOn(final DayOfWeek first) {
        final Locale current = Locale.getDefault(Locale.Category.FORMAT);
        final String fw = first.name().substring(0, 3).toLowerCase(Locale.ROOT);
        Locale.setDefault(Locale.Category.FORMAT, new Locale.Builder().setLocale(current).setUnicodeLocaleKeyword("fw", fw).build());
    }

    /** Reads a typed date; a date without a year takes {@code year}. */
    public static Optional<LocalDate> parse(final String text, final int year) {
        return Dates.parse(text, year);
    }
}
