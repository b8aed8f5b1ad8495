package app.stride.text;

import app.stride.common.Messages;
import app.stride.progress.Highlight;
import app.stride.settings.DistanceUnit;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/** Renders the progress summary's lines through the resource bundle, once for the command line and the app alike. */
public final class HighlightText {

    private HighlightText() {
    }

    /** The line in the runner's words and unit; dates in the last week read as the weekday ("on Sunday"). */
    public static String render(final Highlight h, final DistanceUnit unit, final LocalDate today) {
        final Object[] args = h.args().toArray();
        return switch (h.code()) {
            case LONGEST_RUN_YET -> Messages.get("progress.highlight.LONGEST_RUN_YET", day((LocalDate) args[0], today),
                    StepText.distance((Double) args[1], unit));
            default -> Messages.get("progress.highlight." + h.code().name(), args);
        };
    }

    private static String day(final LocalDate d, final LocalDate today) {
        if (d.equals(today)) {
            return Messages.get("progress.day.today");
        }
        if (d.equals(today.minusDays(1))) {
            return Messages.get("progress.day.yesterday");
        }
        if (!d.isBefore(today.minusDays(6))) {
            return Messages.get("progress.day.weekday", d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.getDefault()));
        }
        return Messages.get("progress.day.date", d.format(DateTimeFormatter.ofPattern("d MMM", Locale.getDefault())));
    }
}
