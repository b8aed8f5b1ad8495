package app.stride.text;

import app.stride.common.Messages;
import app.stride.format.Distances;
import app.stride.format.Durations;
import app.stride.settings.DistanceUnit;
import java.time.Duration;

/**
 * A week's distance or time as every screen and the CLI say it: the training, with the race named beside it and never
 * added in ("6.6 km + the race"), as the plan has always printed it (issue 11: Progress said "11.6 km" for that week).
 */
public final class WeekAmount {

    private WeekAmount() {
    }

    /** "6.6 km", "6.6 km + the race", or "the race" for a week with nothing but the race. */
    public static String distance(final double metres, final boolean race, final DistanceUnit unit) {
        return said(Distances.format(metres, unit), metres > 0, race);
    }

    /** "1 h 40 min", "1 h + the race", or "the race". */
    public static String time(final Duration time, final boolean race) {
        return said(Durations.total(time), !time.isZero(), race);
    }

    private static String said(final String amount, final boolean any, final boolean race) {
        if (!race) {
            return amount;
        }
        return any ? Messages.get("week.amount.plusRace", amount) : Messages.get("week.amount.raceOnly");
    }
}
