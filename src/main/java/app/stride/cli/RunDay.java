package app.stride.cli;

import app.stride.common.InvalidInputException;
import app.stride.common.Messages;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The day of a run named on the command line ({@code outfit --wear --date}, {@code feedback --date}): an ISO date
 * (ASCII digits, four-digit year) within a year before today and, where a run may still be ahead, the forecast's
 * 16 days after. Anything else (year 1899, +999999999-12-31) is refused in one line before anything is written.
 */
final class RunDay {

    /** How far back an answer or a worn outfit may be filed. */
    static final int DAYS_BACK = 366;
    /** How far ahead an outfit may be kept: as far as a forecast reaches. */
    static final int DAYS_AHEAD = 16;

    private RunDay() {
    }

    static LocalDate parse(final String option, final String text, final Clock clock, final boolean mayBeAhead) {
        final String t = text.strip();
        final LocalDate day;
        try {
            if (!t.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
                throw new DateTimeParseException("not yyyy-MM-dd", t, 0);
            }
            day = LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(option, Messages.get("cli.outfit.invalid.date", text));
        }
        final LocalDate today = LocalDate.now(clock);
        if (!mayBeAhead && day.isAfter(today)) {
            throw new InvalidInputException(option, Messages.get("cli.outfit.invalid.futureDate", day));
        }
        final LocalDate earliest = today.minusDays(DAYS_BACK);
        final LocalDate latest = mayBeAhead ? today.plusDays(DAYS_AHEAD) : today;
        if (day.isBefore(earliest) || day.isAfter(latest)) {
            throw new InvalidInputException(option, Messages.get("cli.date.range", option, earliest, latest, t));
        }
        return day;
    }
}
