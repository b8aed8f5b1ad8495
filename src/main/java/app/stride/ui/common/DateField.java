package app.stride.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoField;
import java.util.List;
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

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.getDefault());

    private DateField() {
    }

    /** A picker wired to read and show dates as described above. */
    public static DatePicker create() {
        final DatePicker picker = new DatePicker();
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(final LocalDate d) {
                return d == null ? "" : d.format(SHOWN);
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

    /** Reads a typed date; a date without a year takes {@code year}. */
    public static Optional<LocalDate> parse(final String text, final int year) {
        final String t = text.strip();
        final List<DateTimeFormatter> full = List.of(SHOWN, DateTimeFormatter.ISO_LOCAL_DATE,
                DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(Locale.getDefault()),
                DateTimeFormatter.ofPattern("d MMM yyyy", Locale.getDefault()),
                DateTimeFormatter.ofPattern("d/M/yyyy", Locale.getDefault()));
        for (DateTimeFormatter f : full) {
            try {
                return Optional.of(LocalDate.parse(t, f));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        for (String pattern : List.of("EEE d MMM", "d MMM")) {
            try {
                final DateTimeFormatter f = new DateTimeFormatterBuilder().appendPattern(pattern)
                        .parseDefaulting(ChronoField.YEAR, year).toFormatter(Locale.getDefault());
                return Optional.of(LocalDate.parse(t, f));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }
}
