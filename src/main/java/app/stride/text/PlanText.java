package app.stride.text;

import app.stride.common.Messages;
import app.stride.plan.Length;
import app.stride.plan.PlanAlternative;
import app.stride.plan.PlanMessage;
import app.stride.plan.RaceDistance;
import app.stride.plan.RunWalk;
import app.stride.plan.Session;
import app.stride.plan.SessionBrief;
import app.stride.plan.SessionEffort;
import app.stride.plan.Step;
import app.stride.plan.TrainingDays;
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
        if (a.shorterFirst()) {
            return Messages.get("plan.alt.shorterFirst", name(a.distance().orElseThrow()), DAY.format(a.raceDate().orElseThrow()));
        }
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

    /** An argument of a note or problem in words: the one renderer of dates, day lists and sizes. */
    static Object arg(final Object a, final DistanceUnit unit) {
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

    /** A session's description in the runner's words and unit; an old plan's English text as it was stored. */
    public static String description(final Session s, final DistanceUnit unit) {
        return description(s.description(), s.runWalk(), s.steps(), unit);
    }

    /** A saved session's description, its run/walk parts read from its steps as its headline reads them. */
    public static String description(final app.stride.plan.PlanRepository.SavedSession s, final DistanceUnit unit) {
        return description(s.description(), s.runWalk(), s.steps(), unit);
    }

    /**
     * A description whose run and walk lengths come from the session's steps, the one source the headline uses too
     * ({@link StepText#runWalk}): a Couch-to-5K brief once named its runs by programme week ("5- to 10-minute runs")
     * while the steps of that day held 5- and 8-minute runs (new-user review 11). Without a ratio or steps (a brief on
     * its own, an old plan), the description names no lengths rather than guess them.
     */
    public static String description(final SessionBrief b, final java.util.Optional<RunWalk> runWalk, final List<Step> steps,
                                     final DistanceUnit unit) {
        if (b.legacyText().isEmpty() && STEP_RATIO.contains(b.code()) && runWalk.isPresent() && !steps.isEmpty()) {
            final Object[] args = java.util.stream.Stream.concat(b.args().stream().map(a -> briefArg(a, unit, false)),
                    // Runs of differing lengths are said step by step, not as a range read as "anywhere between".
                    java.util.stream.Stream.of(StepText.mixed(steps) ? StepText.inline(steps, unit)
                            : StepText.runWalk(runWalk.get(), steps))).toArray();
            return Messages.get("plan.desc." + b.code() + ".steps", args);
        }
        return description(b, unit);
    }

    /** Briefs that name their run/walk lengths from the session's steps ({@code plan.desc.CODE.steps}). */
    private static final java.util.Set<String> STEP_RATIO = java.util.Set.of("c25k");

    /** A brief in the runner's words and unit, e.g. "Intervals: warm up, 6 × 800 m hard (3:44 each) ...". */
    public static String description(final SessionBrief b, final DistanceUnit unit) {
        final java.util.Optional<String> legacy = b.legacyText();
        if (legacy.isPresent()) {
            return legacy.get();
        }
        final Integer own = AROUND.get(b.code());
        if (own != null) {
            final Object[] args = b.args().subList(0, own).stream().map(a -> briefArg(a, unit, false)).toArray();
            return Messages.get("plan.desc." + b.code(), args) + " " + description(b.inner(own), unit);
        }
        // Runners who go by effort read times as spoken ("6 min 30 s"); paced ones as a watch shows them ("4:50").
        final boolean spoken = b.code().endsWith(".effort");
        return Messages.get("plan.desc." + b.code(), b.args().stream().map(a -> briefArg(a, unit, spoken)).toArray());
    }

    /** Briefs that put their words before the session as it was ({@link SessionBrief#around}), by their own arguments. */
    private static final java.util.Map<String, Integer> AROUND = java.util.Map.of("life.indoor", 0, "life.shortened", 1);

    /** A session in a few words, as a life-happens preview shows it before and after: "Hills · 33 min · 5 km". */
    public static String size(final Session s, final DistanceUnit unit) {
        final List<String> parts = new java.util.ArrayList<>(List.of(typeName(s.type())));
        // One duration format with the rest of the app ("31:00"), not "31 min".
        s.duration().ifPresent(d -> parts.add(app.stride.format.Durations.format(d)));
        s.distanceM().ifPresent(m -> parts.add(app.stride.format.Distances.format(m, unit)));
        return String.join(" · ", parts);
    }

    /** How a session or step should feel, e.g. "easy: you can talk in full sentences (RPE 3–4)". */
    public static String effort(final SessionEffort e) {
        return Messages.get("plan.effort." + e.code());
    }

    /** A description's argument: times as "4:50" or "6 min 30 s", repeats as on a track, "run 1 min, walk 30 s". */
    private static Object briefArg(final Object a, final DistanceUnit unit, final boolean spoken) {
        if (a instanceof Duration d) {
            return spoken ? StepText.ratio((int) Math.round(d.toMillis() / 1000.0)) : StepText.clock(d);
        } else if (a instanceof Length l) {
            return StepText.repeatDistance(l.metres(), unit);
        } else if (a instanceof RunWalk rw) {
            return Messages.get("plan.desc.ratio", StepText.ratio(rw.runSec()), StepText.ratio(rw.walkSec()));
        }
        return arg(a, unit);
    }

    /** The runner's name for a kind of session as a heading, e.g. "Easy run". */
    public static String typeName(final app.stride.plan.SessionType t) {
        return Messages.get("session.type." + t.code());
    }

    /** The race's name in the runner's words, e.g. "half marathon". */
    public static String name(final RaceDistance d) {
        return Messages.get("plan.distance." + d.code());
    }
}
