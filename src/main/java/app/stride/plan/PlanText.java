package app.stride.plan;

import app.stride.common.Messages;
import app.stride.settings.DistanceUnit;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Renders the engine's coded messages through the bundle, in the runner's unit. The command line and the app each
 * have their own words for fields and for what to do ({@link Surface}); a key for a surface
 * ({@code cli.plan.note.X}, {@code planscreen.note.X}) wins over the shared one ({@code plan.note.X}).
 */
public final class PlanText {

    /** Where the text is read. */
    public enum Surface {
        CLI, APP
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private PlanText() {
    }

    /** A warning (note), e.g. "Week 1 ... 12.5 mi ...". */
    public static String note(final PlanMessage m, final DistanceUnit unit, final Surface surface) {
        return text("note", m, unit, surface);
    }

    /** An error or a refusal, without the field name (the caller puts the option or the form label first). */
    public static String problem(final PlanMessage m, final DistanceUnit unit, final Surface surface) {
        return text("problem", m, unit, surface);
    }

    /** An alternative to a refused plan, e.g. "a later race, on Sun 4 Apr 2027". */
    public static String alternative(final PlanAlternative a) {
        return a.raceDate().map(d -> Messages.get("plan.alt.laterRace", DAY.format(d)))
                .orElseGet(() -> Messages.get("plan.alt.shorterRace", name(a.distance().orElseThrow())));
    }

    private static String text(final String kind, final PlanMessage m, final DistanceUnit unit, final Surface surface) {
        final String own = surfaceKey(kind, surface, m.code());
        final String key = Messages.has(own) ? own : "plan." + kind + "." + m.code();
        final Function<Object, Object> arg = a -> arg(a, unit);
        return Messages.get(key, m.args().stream().map(arg).toArray());
    }

    /** A surface's own wording of a note or problem, where it must name its own options or buttons. */
    private static String surfaceKey(final String kind, final Surface surface, final String code) {
        if (surface == Surface.CLI) {
            return kind.equals("note") ? "cli.plan.note." + code : "cli.plan.problem." + code;
        }
        return kind.equals("note") ? "planscreen.note." + code : "planscreen.problem." + code;
    }

    private static Object arg(final Object a, final DistanceUnit unit) {
        if (a instanceof Length l) {
            return StepText.distance(l.metres(), unit);
        } else if (a instanceof Duration d) {
            return StepText.clock(d);
        } else if (a instanceof LocalDate d) {
            return DAY.format(d);
        } else if (a instanceof RaceDistance d) {
            return name(d);
        } else if (a instanceof DayOfWeek d) {
            return TrainingDays.codes(List.of(d));
        } else if (a instanceof RunWalk rw) {
            return StepText.ratio(rw);
        } else if (a instanceof Double v) {
            return StepText.number(v);
        } else if (a instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof DayOfWeek) {
            return TrainingDays.codes(l.stream().map(DayOfWeek.class::cast).toList());
        } else if (a instanceof List<?> l) {
            return l.isEmpty() ? Messages.get("plan.alt.none")
                    : String.join("; ", l.stream().map(x -> alternative((PlanAlternative) x)).toList());
        }
        return a;
    }

    /** The race's name in the runner's words, e.g. "half marathon". */
    public static String name(final RaceDistance d) {
        return Messages.get("plan.distance." + d.code());
    }
}
