package app.stride.text;

import app.stride.common.Messages;
import app.stride.plan.PaceRange;
import app.stride.plan.RunWalk;
import app.stride.plan.Step;
import app.stride.settings.DistanceUnit;
import app.stride.plan.SessionEffort;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Rendering, not domain: a session's structured steps, paces and distances as short lines a runner reads, in their unit. */
public final class StepText {

    private StepText() {
    }

    /** One line per top-level step, e.g. "Warm-up 10 min, easy" or "4 × (1 km at 4:50–5:00 /km, 2 min jog)". */
    public static List<String> lines(final List<Step> steps, final DistanceUnit unit) {
        return steps.stream().map(s -> line(s, unit, new java.util.HashSet<>())).toList();
    }

    /**
     * The same with each effort said once (new-user review: the Plan's dialog said "easy: you can talk in full
     * sentences (RPE 3–4)" on every step): a step does not repeat the effort in {@code said}, the one the session's
     * headline already gives, nor one an earlier step gave.
     */
    public static List<String> lines(final List<Step> steps, final DistanceUnit unit, final Optional<SessionEffort> said) {
        final java.util.Set<SessionEffort> told = new java.util.HashSet<>();
        said.ifPresent(told::add);
        return steps.stream().map(s -> line(s, unit, told)).toList();
    }

    /**
     * The same for a run/walk whose runs differ, as Today lists it: a repeat's parts by their lengths only, "2 × (run
     * 90 s, walk 90 s, run 3 min, walk 3 min)", their effort said once by the session (new-user review 4).
     */
    public static List<String> runWalkLines(final List<Step> steps, final DistanceUnit unit) {
        return steps.stream().map(s -> s.kind() == Step.Kind.REPEAT ? inline(List.of(s), unit) : line(s, unit))
                .map(l -> l.isEmpty() ? l : Character.toUpperCase(l.charAt(0)) + l.substring(1)).toList();
    }

    private static String line(final Step s, final DistanceUnit unit) {
        return line(s, unit, new java.util.HashSet<>());
    }

    /** One step; an effort in {@code told} is not said again, and one said here joins it (none is kept out at first). */
    private static String line(final Step s, final DistanceUnit unit, final java.util.Set<SessionEffort> told) {
        if (s.kind() == Step.Kind.REPEAT && s.times() == 1 && !s.steps().isEmpty()) {
            // Done once, it is no repeat: "Run 8 min, walk 5 min, run 8 min", not "1 × (...)".
            final List<String> parts = new java.util.ArrayList<>();
            for (int i = 0; i < s.steps().size(); i++) {
                parts.add(part(s.steps().get(i), unit, i == 0, told));
            }
            return String.join(", ", parts);
        }
        if (s.kind() == Step.Kind.REPEAT) {
            final String inner = s.steps().stream().map(x -> part(x, unit, false, told)).collect(Collectors.joining(", "));
            // inside a repeat, distances are track repeats
            return Messages.get("planscreen.step.repeat", s.times(), inner);
        }
        return part(s, unit, true, told);
    }

    private static String part(final Step s, final DistanceUnit unit, final boolean capital,
                               final java.util.Set<SessionEffort> told) {
        final String kind = Messages.get("planscreen.step." + code(s) + (capital ? "" : ".inner"));
        final String amount = s.distanceM().map(m -> capital ? distance(m, unit) : repeatDistance(m, unit)).or(() -> s.duration().map(StepText::duration)).orElse("");
        final Optional<String> how = s.pace().map(p -> Messages.get("planscreen.step.at", pace(p, unit)))
                .or(() -> s.effort().filter(told::add).map(e -> Messages.get("planscreen.step.effort", PlanText.effort(e))));
        return (kind + " " + amount).strip() + how.orElse("");
    }

    /**
     * The step's bundle code: its kind's, except a plan saved before races had their own step kind, whose race is a
     * "work" step at race or finish effort: it reads "Race", never "Hard" on a finish-comfortably race (new-user review 6, 3).
     */
    private static String code(final Step s) {
        final boolean oldRace = s.kind() == Step.Kind.WORK
                && s.effort().filter(e -> e == SessionEffort.FINISH || e == SessionEffort.RACE).isPresent();
        return oldRace ? Step.Kind.RACE.code() : s.kind().code();
    }

    /** A pace band in the runner's unit, e.g. "5:10–5:25 /km". */
    public static String pace(final PaceRange p, final DistanceUnit unit) {
        final double f = unit.metres() / 1000;
        final long a = Math.round(p.minSecPerKm() * f);
        final long b = Math.round(p.maxSecPerKm() * f);
        final String band = a == b ? mmss(a) : mmss(a) + "–" + mmss(b);
        return Messages.get("planscreen.pace", band, unit.code());
    }

    /** A distance in the runner's unit; track distances under a kilometre stay in metres, as runners say them. */
    public static String distance(final double metres, final DistanceUnit unit) {
        if (metres < 1000 && track(metres)) {
            return Messages.get("planscreen.metres", Long.toString(Math.round(metres)));
        }
        return Messages.get("planscreen.distance", number(unit.fromMetres(metres)), unit.code());
    }

    /**
     * A repeat's length as a coach writes it on a track session: metres up to 2,000 m unless it is a whole number of
     * the runner's unit ("6 × 800 m", "3 × 1600 m", "4 × 1 km"; a mile runner reads "4 × 1000 m", "2 × 1 mi").
     */
    public static String repeatDistance(final double metres, final DistanceUnit unit) {
        final double inUnit = unit.fromMetres(metres);
        final boolean whole = Math.abs(inUnit - Math.rint(inUnit)) < 0.005;
        if (metres <= 2000 && track(metres) && !whole) {
            return Messages.get("planscreen.metres", Long.toString(Math.round(metres)));
        }
        return distance(metres, unit);
    }

    private static boolean track(final double metres) {
        return Math.abs(metres - Math.round(metres / 100.0) * 100) < 1;
    }

    /** A time span as "45 min", "90 s", "2 min 30 s" (a run/walk part, said exactly) or "1 h 05 min". */
    public static String duration(final Duration d) {
        final long s = d.toSeconds();
        if (s < 600 && s % 60 != 0) {
            return ratio((int) s);
        }
        final long min = Math.round(s / 60.0);
        if (min >= 90) {
            return Messages.get("planscreen.hoursMinutes", min / 60, String.format(Locale.ROOT, "%02d", min % 60));
        }
        return Messages.get("planscreen.minutes", min);
    }

    /** A number with one decimal at most, e.g. 5, 3.2. */
    public static String number(final double v) {
        final double r = Math.round(v * 10) / 10.0;
        return r == Math.rint(r) ? Long.toString((long) r) : String.format(Locale.ROOT, "%.1f", r);
    }

    /**
     * A run/walk part as runners say it, the one way Stride says it everywhere (new-user review 9b): "30 s", "90 s",
     * "1 min", "2 min 30 s".
     */
    public static String ratio(final int seconds) {
        if (seconds < 120 && seconds % 60 != 0) {
            return Messages.get("planscreen.seconds", seconds);
        }
        final String min = Messages.get("planscreen.minutes", seconds / 60);
        return seconds % 60 == 0 ? min : min + " " + Messages.get("planscreen.seconds", seconds % 60);
    }

    /** A run/walk ratio, e.g. "1 min / 30 s". */
    public static String ratio(final RunWalk rw) {
        return ratio(rw.runSec()) + " / " + ratio(rw.walkSec());
    }

    /**
     * A run/walk session's headline as its steps go: "run 8 min / walk 5 min", or, when the runs differ (Couch to 5K
     * weeks 3, 4 and 6), their lengths and the running in all, "90 s and 3 min runs, 9 min running in all": a range
     * ("run 90 s–3 min") read as "anywhere between" (new-user review 11, then 4).
     */
    public static String runWalk(final RunWalk rw, final List<Step> steps) {
        if (mixed(steps)) {
            return mixedHeadline(steps);
        }
        return Messages.get("planscreen.runWalkRatio", ratio(rw.runSec()), ratio(rw.walkSec()));
    }

    /** The same for a table column: "8 min / 5 min", or the mixed headline, "90 s and 3 min runs, 9 min running in all". */
    public static String ratio(final RunWalk rw, final List<Step> steps) {
        if (mixed(steps)) {
            return mixedHeadline(steps);
        }
        return ratio(rw.runSec()) + " / " + ratio(rw.walkSec());
    }

    /** Whether a run/walk's runs or walks differ in length, so one ratio cannot say it and the steps must be read. */
    public static boolean mixed(final List<Step> steps) {
        final java.util.TreeSet<Integer> runs = new java.util.TreeSet<>();
        final java.util.TreeSet<Integer> walks = new java.util.TreeSet<>();
        collect(steps, runs, walks);
        return !runs.isEmpty() && !walks.isEmpty() && (runs.size() > 1 || walks.size() > 1);
    }

    /**
     * The run/walk part of a session in one phrase, without its warm-up and cool-down, as the Plan dialog's steps say
     * it: "2 × (run 90 s, walk 90 s, run 3 min, walk 3 min)".
     */
    public static String inline(final List<Step> steps, final DistanceUnit unit) {
        final List<String> parts = new java.util.ArrayList<>();
        for (Step s : steps) {
            if (s.kind() == Step.Kind.WARM_UP || s.kind() == Step.Kind.COOL_DOWN) {
                continue;
            }
            // Lengths only: each part's effort ("· easy: you can talk...") is said once, by the session.
            if (s.kind() == Step.Kind.REPEAT && s.times() > 1) {
                parts.add(Messages.get("planscreen.step.repeat", s.times(),
                        s.steps().stream().map(x -> plain(x, unit)).collect(Collectors.joining(", "))));
            } else if (s.kind() == Step.Kind.REPEAT) {
                s.steps().forEach(x -> parts.add(plain(x, unit)));
            } else {
                parts.add(plain(s, unit));
            }
        }
        return String.join(", ", parts);
    }

    private static String plain(final Step s, final DistanceUnit unit) {
        final String amount = s.distanceM().map(m -> repeatDistance(m, unit)).or(() -> s.duration().map(StepText::duration)).orElse("");
        return (Messages.get("planscreen.step." + code(s) + ".inner") + " " + amount).strip();
    }

    private static String mixedHeadline(final List<Step> steps) {
        final java.util.TreeSet<Integer> runs = new java.util.TreeSet<>();
        collect(steps, runs, new java.util.TreeSet<>());
        final boolean minutes = runs.stream().allMatch(r -> r % 60 == 0);
        final List<String> each = runs.stream().map(r -> minutes ? Integer.toString(r / 60) : ratio(r)).toList();
        final String head = each.size() == 1 ? each.get(0)
                : String.join(", ", each.subList(0, each.size() - 1)) + Messages.get("uifix1.runWalk.and") + each.get(each.size() - 1);
        final String lengths = minutes ? Messages.get("planscreen.minutes", head) : head;
        return Messages.get("uifix1.runWalk.mixed", lengths, ratio(runSeconds(steps)));
    }

    private static int runSeconds(final List<Step> steps) {
        int sum = 0;
        for (Step s : steps) {
            if (s.kind() == Step.Kind.REPEAT) {
                sum += s.times() * runSeconds(s.steps());
            } else if (s.kind() == Step.Kind.RUN && s.distanceM().isEmpty() && s.duration().isPresent()) {
                sum += (int) s.duration().get().toSeconds();
            }
        }
        return sum;
    }

    private static void collect(final List<Step> steps, final java.util.Set<Integer> runs, final java.util.Set<Integer> walks) {
        for (Step s : steps) {
            if (s.kind() == Step.Kind.REPEAT) {
                collect(s.steps(), runs, walks);
            } else if (s.distanceM().isEmpty() && s.duration().isPresent()
                    && (s.kind() == Step.Kind.RUN || s.kind() == Step.Kind.WALK)) {
                (s.kind() == Step.Kind.RUN ? runs : walks).add((int) s.duration().get().toSeconds());
            }
        }
    }

    /** A race time as a clock reads, {@code H:MM:SS} or {@code MM:SS}. */
    public static String clock(final Duration d) {
        final long s = Math.round(d.toMillis() / 1000.0);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    private static String mmss(final long s) {
        return s / 60 + ":" + String.format(Locale.ROOT, "%02d", s % 60);
    }
}
