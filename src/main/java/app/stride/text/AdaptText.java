package app.stride.text;

import app.stride.common.Messages;
import app.stride.format.Dates;
import app.stride.plan.adapt.AdaptNote;
import app.stride.settings.DistanceUnit;
import java.time.DayOfWeek;
import java.util.List;

/** A re-plan's notes in words ({@code adapt.warning.<code>}), with their arguments: one wording for the CLI and the app. */
public final class AdaptText {

    private AdaptText() {
    }

    /** Note {@code n} in the runner's words. */
    public static String note(final AdaptNote n) {
        return Messages.get("adapt.warning." + n.code(), n.args().stream().map(AdaptText::arg).toArray());
    }

    /**
     * Dates and numbers as the plan's notes render them ({@link PlanText}; a re-plan's notes carry no lengths, so the
     * unit does not matter); the days a sentence names ("Saturday and Sunday stay rest days") in full words, where a
     * plan note names them as the {@code --days} codes the runner typed.
     */
    private static Object arg(final Object a) {
        if (a instanceof List<?> l && !l.isEmpty() && l.stream().allMatch(DayOfWeek.class::isInstance)) {
            final List<String> names = l.stream().map(d -> Dates.weekday((DayOfWeek) d)).toList();
            return names.size() == 1 ? names.get(0) : Messages.get("adapt.warning.dayPair",
                    String.join(", ", names.subList(0, names.size() - 1)), names.get(names.size() - 1));
        }
        return PlanText.arg(a, DistanceUnit.KM);
    }
}
