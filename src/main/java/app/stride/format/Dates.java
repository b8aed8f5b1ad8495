package app.stride.format;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Dates and times, all in the JVM's format locale: "Wed 6 Jan" in lists, "Wednesday 6 January" in headings, "Wed 6
 * Jan 2027" where the year matters, 24-hour "07:00" for times. Reading takes those forms, ISO, the locale's short
 * form and "6 Jan".
 */
public final class Dates {

    private Dates() {
    }

    private static Locale locale() {
        return Locale.getDefault(Locale.Category.FORMAT);
    }

    /** "Wed 6 Jan". */
    public static String day(final LocalDate d) {
        return d.format(DateTimeFormatter.ofPattern("EEE d MMM", locale()));
    }

    /** "Wednesday 6 January". */
    public static String dayLong(final LocalDate d) {
        return d.format(DateTimeFormatter.ofPattern("EEEE d MMMM", locale()));
    }

    /** "Wed 6 Jan 2027". */
    public static String dayWithYear(final LocalDate d) {
        return d.format(DateTimeFormatter.ofPattern("EEE d MMM yyyy", locale()));
    }

    /** "6 Jan", for chart axes and week labels. */
    public static String dayMonth(final LocalDate d) {
        return d.format(DateTimeFormatter.ofPattern("d MMM", locale()));
    }

    /** "Wed 6 Jan", or "Wed 6 Jan 2026" when {@code d} is not in {@code thisYear}. */
    public static String dayNear(final LocalDate d, final int thisYear) {
        return d.getYear() == thisYear ? day(d) : dayWithYear(d);
    }

    /** "Wed". */
    public static String weekdayShort(final LocalDate d) {
        return d.format(DateTimeFormatter.ofPattern("EEE", locale()));
    }

    /** "Wednesday". */
    public static String weekday(final DayOfWeek d) {
        return d.getDisplayName(TextStyle.FULL, locale());
    }

    /** "07:00". */
    public static String time(final LocalTime t) {
        return t.format(DateTimeFormatter.ofPattern("HH:mm", locale()));
    }

    /** "Wed 6 Jan 07:00". */
    public static String dayAndTime(final LocalDateTime t) {
        return day(t.toLocalDate()) + " " + time(t.toLocalTime());
    }

    private static DateTimeFormatter lenientCase(final String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(locale());
    }

    /** A typed date in one of the forms above; one without a year takes {@code year}. */
    public static Optional<LocalDate> parse(final String text, final int year) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        // java.time reads ASCII digits only (DecimalStyle.STANDARD), so "２０２７-０１-０６" is refused as it should be.
        final String t = text.strip();
        final List<DateTimeFormatter> full = List.of(
                lenientCase("EEE d MMM yyyy"), DateTimeFormatter.ISO_LOCAL_DATE,
                DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale()),
                lenientCase("d MMM yyyy"), lenientCase("d/M/yyyy"));
        for (DateTimeFormatter f : full) {
            try {
                return Optional.of(LocalDate.parse(t, f));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        for (String pattern : List.of("EEE d MMM", "d MMM")) {
            try {
                final DateTimeFormatter f = new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                        .parseDefaulting(ChronoField.YEAR, year).toFormatter(locale());
                return Optional.of(LocalDate.parse(t, f));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }
}
