package app.stride.cli;

import app.stride.app.StrideServices;
import app.stride.common.InvalidInputException;
import app.stride.common.Messages;
import app.stride.store.DataFolder;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --as-of DATE}: act as if today were DATE (for trying things out, and for tests). */
final class AsOf {

    @Option(names = "--as-of", paramLabel = "DATE", descriptionKey = "cli.common.asOf")
    String asOf;

    /** The system clock, or a clock fixed at midday of the --as-of date; bad dates are exit 2 naming --as-of. */
    Clock clock() {
        if (asOf == null) {
            return Clock.systemDefaultZone();
        }
        final ZoneId zone = ZoneId.systemDefault();
        return Clock.fixed(date("--as-of", asOf, "cli.error.asOf").atTime(12, 0).atZone(zone).toInstant(), zone);
    }

    /** Opens the services over the chosen data folder with this clock. */
    StrideServices open(final Optional<Path> dataDir, final Clock clock) {
        return StrideServices.open(DataFolder.forThisMachine(dataDir), clock);
    }

    /** A calendar date in 1900–2999, or one line naming {@code option}. */
    static LocalDate date(final String option, final String text, final String key) {
        try {
            final LocalDate d = LocalDate.parse(text.strip());
            if (d.getYear() >= 1900 && d.getYear() <= 2999) {
                return d;
            }
        } catch (DateTimeParseException e) {
            // falls through to the message naming the option
        }
        throw new InvalidInputException(option, Messages.get(key, text));
    }
}
