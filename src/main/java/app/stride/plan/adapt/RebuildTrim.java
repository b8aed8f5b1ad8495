package app.stride.plan.adapt;

import app.stride.plan.Phase;
import app.stride.plan.Plan;
import app.stride.plan.PlanRules;
import app.stride.plan.PlanWeek;
import app.stride.plan.Session;
import app.stride.plan.SessionType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import app.stride.plan.Step;

/**
 * The last word of {@link RebuildLimits}: a rebuilt week above the original plan's peak week (metres or minutes) has
 * every run shortened in proportion, and a session longer than the original plan's longest is shortened to it. Each
 * keeps its type, description and walk breaks (only its length changes). A Couch-to-5K week over either limit (a
 * stage the original plan never reached, when the race moved later) repeats the week before instead: NHS steps are
 * repeated, never cut. The race is never changed.
 */
final class RebuildTrim {

    private RebuildTrim() {
    }

    /** {@code rebuilt} within {@code original}'s peak week and longest session. */
    static Plan within(final Plan generated, final Plan original, final java.time.LocalDate from) {
        // A runner's plan rebuilt as Couch to 5K is held by time first (its stages do not shrink with the volume).
        final Plan rebuilt = ReturnerTime.within(generated, original);
        final double peakM = RebuildLimits.peak(original);
        // A plan that goes by pace is held in metres (after a break the same metres take longer); one that goes by
        // time (effort-only runners, walkers) in minutes too.
        final boolean byTime = byTime(original);
        final double peakMin = byTime ? RebuildLimits.peakMinutes(original) : Double.MAX_VALUE;
        final double longestM = longest(original, false);
        final double longestMin = byTime ? longest(original, true) : Double.MAX_VALUE;
        if (peakM <= 0 || longestM <= 0) {
            return rebuilt;
        }
        // Couch-to-5K weeks first: a stage beyond the original's repeats the week before.
        final List<PlanWeek> weeks = new ArrayList<>();
        boolean changed = false;
        for (PlanWeek w : rebuilt.weeks()) {
            final PlanWeek before = weeks.isEmpty() ? null : weeks.get(weeks.size() - 1);
            final boolean over = minutes(w) > peakMin + 0.5 || w.trainingM() > peakM + 1
                    || runs(List.of(w)).stream().anyMatch(x -> minutes(x) > longestMin + 0.5 || x.load().totalM() > longestM + 1);
            if (w.phase() == Phase.RUN_WALK && over && before != null && before.phase() == Phase.RUN_WALK) {
                // NHS: any week can be repeated, never a step cut short.
                weeks.add(w.withSessions(before.sessions().stream().map(RebuildTrim::sevenDaysLater).toList()));
                changed = true;
            } else {
                weeks.add(w);
            }
        }
        // Then one factor for every running week, so shares, growth and the taper keep their proportions.
        double f = 1;
        for (PlanWeek w : weeks) {
            if (w.phase() == Phase.RUN_WALK || w.start().isBefore(from)) {
                continue;
            }
            f = Math.min(f, peakM / Math.max(1, w.trainingM()));
            f = Math.min(f, peakMin / Math.max(1e-9, minutes(w)));
            for (Session x : runs(List.of(w))) {
                f = Math.min(f, longestM / Math.max(1, x.load().totalM()));
                f = Math.min(f, longestMin / Math.max(1e-9, minutes(x)));
            }
        }
        final Plan repeated = changed ? with(rebuilt, weeks) : rebuilt;
        final Limits limits = new Limits(peakM, peakMin, longestM, longestMin);
        if (f >= 1 - 1e-9 && limits.heldBy(repeated, from)) {
            return repeated;
        }
        // The safety rules come first: whole minutes in very small weeks can tip a share over its rule, so the factor
        // goes down step by step until the trimmed plan keeps every rule the generator's plan kept (and both limits).
        final int violations = PlanRules.check(repeated).size();
        for (int k = 0; k < TRIM_STEPS; k++) {
            final Plan out = trimmed(rebuilt, weeks, from, Math.min(f, 1) * Math.pow(TRIM_STEP, k));
            if (limits.heldBy(out, from) && PlanRules.check(out).size() <= violations) {
                return out;
            }
        }
        // No factor keeps both: the generator's plan stays (its rules hold), saying so rather than silently.
        final List<app.stride.plan.PlanMessage> warnings = new ArrayList<>(repeated.warnings());
        warnings.add(app.stride.plan.PlanMessage.of(ABOVE_PEAK));
        return new Plan(repeated.request(), repeated.startDate(), repeated.endDate(), repeated.raceDate(),
                repeated.fitness(), repeated.paces(), repeated.racePace(), repeated.raceTime(), repeated.predicted(),
                warnings, repeated.weeks());
    }

    /** The note on a rebuild that could not be trimmed within the original's peak without breaking a safety rule. */
    static final String ABOVE_PEAK = "rebuildAbovePeak";
    private static final int TRIM_STEPS = 12;
    private static final double TRIM_STEP = 0.96;

    /** The original plan's peak week and longest session (minutes too when it goes by time). */
    private record Limits(double peakM, double peakMin, double longestM, double longestMin) {

        boolean heldBy(final Plan p, final java.time.LocalDate from) {
            // The week under way is left as made (half of it is the old plan's): the weeks from {@code from} on count.
            for (PlanWeek w : p.weeks()) {
                if (w.phase() == Phase.RUN_WALK || w.start().isBefore(from)) {
                    continue;
                }
                if (w.trainingM() > peakM + 1 || minutes(w) > peakMin + 0.5) {
                    return false;
                }
                for (Session x : runs(List.of(w))) {
                    if (x.load().totalM() > longestM + 1 || minutes(x) > longestMin + 0.5) {
                        return false;
                    }
                }
            }
            return true;
        }
    }

    private static Plan trimmed(final Plan rebuilt, final List<PlanWeek> weeks, final java.time.LocalDate from,
                                final double f) {
        final List<PlanWeek> trimmed = new ArrayList<>(weeks);
        for (int i = 0; i < trimmed.size(); i++) {
            // The week under way is left as made: half of it is the old plan's (trimming only its rest would skew it).
            if (trimmed.get(i).phase() != Phase.RUN_WALK && !trimmed.get(i).start().isBefore(from)) {
                trimmed.set(i, scaled(trimmed.get(i), f));
            }
        }
        return with(rebuilt, trimmed);
    }

    private static Plan with(final Plan p, final List<PlanWeek> weeks) {
        return new Plan(p.request(), p.startDate(), p.endDate(), p.raceDate(), p.fitness(), p.paces(), p.racePace(),
                p.raceTime(), p.predicted(), p.warnings(), weeks);
    }

    /** Every run of {@code w} at {@code f} of its length; a workout that would then break Daniels' limits runs easy. */
    static PlanWeek scaled(final PlanWeek w, final double f) {
        final List<Session> ss = new ArrayList<>();
        for (Session s : w.sessions()) {
            // Every run but a workout and the race: a long run with work in it, or one given only by distance, too.
            // (The long run counts as hard, but it is the session the longest-session cap is about.)
            final boolean easyType = s.type().isRun() && s.type() != SessionType.RACE
                    && (!s.type().isQuality() || s.type() == SessionType.LONG);
            ss.add(easyType ? shorter(s, f) : s);
        }
        final double week = ss.stream().filter(s -> s.type().isRun() && s.type() != SessionType.RACE)
                .mapToDouble(s -> s.load().totalM()).sum();
        for (int i = 0; i < ss.size(); i++) {
            final Session s = ss.get(i);
            final Session.Load l = s.load();
            if (s.type().isQuality() && s.type() != SessionType.RACE && s.type() != SessionType.LONG && s.duration().isPresent()
                    && !app.stride.plan.DanielsLimits.withinShares(l, week)) {
                ss.set(i, ShortenSession.easyRun(s, Duration.ofSeconds((long) Math.floor(s.duration().get().toSeconds() * f)),
                        app.stride.plan.SessionBrief.of("easy")));
            }
        }
        return w.withSessions(ss);
    }

    /**
     * {@code s} (a run that is not a workout) at about {@code f} of its length, never more, keeping its type,
     * description, pace and walk breaks: the first running step (or run/walk cycles) gives up the time, strides and
     * other steps are kept (a long run stays the long run). The stated time and distance change by exactly what the
     * steps gave up, so steps and duration agree as they did before.
     */
    static Session shorter(final Session s, final double f) {
        final double secPerKm = StepSizes.secPerKm(s);
        final Duration before = StepSizes.length(s);
        if (before.isZero() || f >= 1) {
            return s;
        }
        final long cut = before.toSeconds() - (long) Math.floor(before.toSeconds() * f);
        final List<Step> steps = new ArrayList<>(s.steps());
        long removed = steps.isEmpty() ? cut : 0;
        for (int i = 0; i < steps.size(); i++) {
            final Step st = steps.get(i);
            if (st.kind() == Step.Kind.REPEAT) {
                final long cycle = StepSizes.length(st.steps(), secPerKm).toSeconds();
                if (cycle <= 0) {
                    continue;
                }
                // Whole cycles first; what is left comes off the running of the last cycle (its walk break stays),
                // so a week of run/walk shrinks in proportion with its other runs. (Couch-to-5K weeks, whose NHS steps
                // are never cut, are not trimmed at all: see within.)
                final int fewer = (int) Math.min(st.times() - 1, cut / cycle);
                final long rest = cut - fewer * cycle;
                final int left = st.times() - fewer;
                final int run = indexOfRun(st.steps());
                final long runS = run < 0 ? 0 : st.steps().get(run).duration().map(Duration::toSeconds).orElse(0L);
                final List<Step> replaced = new ArrayList<>();
                if (rest > 0 && runS - rest >= 60) {
                    if (left > 1) {
                        replaced.add(new Step(st.kind(), st.distanceM(), st.duration(), st.pace(), st.effort(), left - 1,
                                st.steps()));
                    }
                    final List<Step> last = new ArrayList<>(st.steps());
                    last.set(run, StepSizes.timed(st.steps().get(run), Duration.ofSeconds(runS - rest)));
                    replaced.addAll(last);
                    removed = cut;
                } else {
                    replaced.add(new Step(st.kind(), st.distanceM(), st.duration(), st.pace(), st.effort(), left,
                            st.steps()));
                    removed = fewer * cycle;
                }
                steps.remove(i);
                steps.addAll(i, replaced);
                break;
            }
            if (st.kind() == Step.Kind.RUN) {
                final long len = StepSizes.length(st, secPerKm).toSeconds();
                final long keep = Math.max(Math.min(len, 60), len - cut);
                final Step resized;
                if (st.duration().isPresent()) {
                    resized = new Step(st.kind(), Optional.empty(), Optional.of(Duration.ofSeconds(keep)), st.pace(),
                            st.effort(), st.times(), st.steps());
                } else {
                    final double pace = st.pace().map(app.stride.plan.PaceRange::midSecPerKm).orElse(secPerKm);
                    resized = new Step(st.kind(), Optional.of(Math.floor(keep / pace * 10) * 100), Optional.empty(),
                            st.pace(), st.effort(), st.times(), st.steps());
                }
                steps.set(i, resized);
                removed = len - StepSizes.length(resized, secPerKm).toSeconds();
                break;
            }
        }
        if (removed <= 0) {
            return s;
        }
        final Duration after = before.minusSeconds(removed);
        final double q = after.toSeconds() / (double) before.toSeconds();
        final Session.Load l = s.load();
        return new Session(s.date(), s.type(), s.distanceM().map(m -> m * q), s.duration().map(d -> after), s.pace(),
                s.effort(), s.runWalk(), steps, s.description(),
                new Session.Load(l.totalM() * q, l.thresholdM() * q, l.intervalM() * q, l.repetitionM() * q));
    }

    private static int indexOfRun(final List<Step> steps) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).kind() == Step.Kind.RUN && steps.get(i).duration().isPresent()) {
                return i;
            }
        }
        return -1;
    }

    private static Session sevenDaysLater(final Session s) {
        return new Session(s.date().plusDays(7), s.type(), s.distanceM(), s.duration(), s.pace(), s.effort(), s.runWalk(),
                s.steps(), s.description(), s.load());
    }

    /** Whether the plan goes by time: no paces (effort-only runners) or from walking (Couch to 5K). */
    static boolean byTime(final Plan p) {
        return p.paces().isEmpty() || p.fitness().level() == app.stride.plan.Fitness.Level.WALK_RUN;
    }

    /** The longest run of the plan (the race left out): minutes when it goes by time, else metres. */
    static double longest(final Plan p, final boolean byTime) {
        return runs(p.weeks()).stream().mapToDouble(s -> byTime ? minutes(s) : s.load().totalM()).max().orElse(0);
    }

    /** A session's minutes (zero when it has no time). */
    static double minutes(final Session s) {
        return s.duration().map(d -> d.toSeconds() / 60.0).orElse(0.0);
    }

    /** A week's minutes of running, the race left out. */
    static double minutes(final PlanWeek w) {
        return runs(List.of(w)).stream().mapToDouble(RebuildTrim::minutes).sum();
    }

    static List<Session> runs(final List<PlanWeek> weeks) {
        return weeks.stream().flatMap(w -> w.sessions().stream())
                .filter(s -> s.type().isRun() && s.type() != SessionType.RACE).toList();
    }
}
