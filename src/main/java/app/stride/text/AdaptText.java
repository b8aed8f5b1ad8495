package app.stride.text;

import app.stride.common.Messages;
import app.stride.format.Dates;
import app.stride.plan.adapt.AdaptWarning;
import app.stride.plan.adapt.Proposal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/** A re-plan's warnings in words ({@code adapt.warning.<code>}), with their arguments: one wording for the CLI and the app. */
public final class AdaptText {

    private AdaptText() {
    }

    /** Warning {@code w} of {@code p} in the runner's words. */
    public static String warning(final Proposal p, final AdaptWarning w) {
        return Messages.get("adapt.warning." + w.code(), p.args(w).stream().map(AdaptText::arg).toArray());
    }

    private static Object arg(final Object a) {
        if (a instanceof LocalDate d) {
            return Dates.day(d);
        } else if (a instanceof DayOfWeek d) {
            return Dates.weekday(d);
        } else if (a instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof DayOfWeek) {
            String out = Dates.weekday((DayOfWeek) l.get(0));
            for (int i = 1; i < l.size(); i++) {
                out = Messages.get("adapt.warning.dayPair", out, Dates.weekday((DayOfWeek) l.get(i)));
            }
            return out;
        }
        return a;
    }
}
