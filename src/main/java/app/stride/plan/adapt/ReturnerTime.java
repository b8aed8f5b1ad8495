package app.stride.plan.adapt;

import app.stride.plan.Fitness;
import app.stride.plan.FitnessInput;
import app.stride.plan.Plan;
import app.stride.plan.PlanWeek;
import app.stride.plan.Session;
import app.stride.plan.RunWalk;
import app.stride.plan.SessionBrief;
import app.stride.plan.SessionType;
import app.stride.plan.Step;
import java.time.Duration;
import java.util.Optional;
import java.util.ArrayList;
import java.util.List;

/**
 * A runner's plan rebuilt as Couch to 5K (the volume back after the break fell under the generator's 5 km a week) is
 * held by time, not metres: Couch-to-5K weeks go by stages, so no lower volume shrinks them, and a returner should
 * not jump from the 15-minute runs they did before the break to 34-minute run/walk sessions. The week back is the
 * time on feet before the break (the week the rebuild restarts from, at the pace the runner ran the original plan)
 * through the time-off table; each week after grows at most 10%, and no week or session is longer, in minutes, than
 * the original plan's biggest week or longest session (coach's review of re-plans). Sessions shrink by
 * the same share in every step of their main set (see {@link #shorter}); the race is never changed.
 */
final class ReturnerTime {

    /** The most a week's minutes grow on the week before. */
    static final double GROWTH = 1.10;

    private ReturnerTime() {
    }

    /** Whether {@code rebuilt} is a runner's plan turned Couch to 5K: the ones this holds by time. */
    static boolean applies(final Plan rebuilt, final Plan original) {
        return rebuilt.fitness().level() == Fitness.Level.WALK_RUN && original.fitness().level() != Fitness.Level.WALK_RUN;
    }

    /** {@code rebuilt} held by time when it {@link #applies}, else as it is. */
    static Plan within(final Plan rebuilt, final Plan original) {
        if (!applies(rebuilt, original)) {
            return rebuilt;
        }
        final double peakMin = RebuildLimits.peakMinutes(original);
        final double longestMin = RebuildTrim.longest(original, true);
        final double back = backMinutes(rebuilt, original);
        if (peakMin <= 0 || longestMin <= 0 || back <= 0) {
            return rebuilt;
        }
        final List<PlanWeek> weeks = new ArrayList<>();
        double cap = Math.min(peakMin, back);
        boolean changed = false;
        for (PlanWeek w : rebuilt.weeks()) {
            final PlanWeek held = held(w, cap, longestMin);
            changed |= held != w;
            weeks.add(held);
            // The next week grows from this one as it is now (a held week is the base), never above the original peak.
            cap = Math.min(peakMin, Math.max(RebuildTrim.minutes(held), 1) * GROWTH);
        }
        return changed ? new Plan(rebuilt.request(), rebuilt.startDate(), rebuilt.endDate(), rebuilt.raceDate(),
                rebuilt.fitness(), rebuilt.paces(), rebuilt.racePace(), rebuilt.raceTime(), rebuilt.predicted(),
                rebuilt.warnings(), weeks) : rebuilt;
    }

    /**
     * Minutes of the week back: the week the rebuild restarts from (the request's volume: the last full week run, else
     * the runner's stated week) at the original plan's own minutes per kilometre, through the time-off table.
     */
    static double backMinutes(final Plan rebuilt, final Plan original) {
        final FitnessInput f = rebuilt.request().fitness();
        final double metres = RebuildTrim.runs(original.weeks()).stream().mapToDouble(s -> s.load().totalM()).sum();
        final double minutes = RebuildTrim.runs(original.weeks()).stream().mapToDouble(RebuildTrim::minutes).sum();
        if (f.weeklyM().isEmpty() || metres <= 0 || minutes <= 0) {
            return 0;
        }
        return f.weeklyM().get() * minutes / metres * Fitness.volumeFactor(f.daysOff(), f.crossTrained());
    }

    private static PlanWeek held(final PlanWeek w, final double weekCap, final double sessionCap) {
        final double week = RebuildTrim.minutes(w);
        final double f = week > weekCap + 0.5 ? weekCap / week : 1;
        final List<Session> ss = new ArrayList<>(w.sessions());
        boolean changed = false;
        for (int i = 0; i < ss.size(); i++) {
            final Session s = ss.get(i);
            if (!s.type().isRun() || s.type() == SessionType.RACE) {
                continue;
            }
            final double target = Math.min(sessionCap, RebuildTrim.minutes(s) * f);
            final Session cut = RebuildTrim.minutes(s) > target + 0.5 ? shorter(s, target) : s;
            if (cut != s) {
                ss.set(i, cut);
                changed = true;
            }
        }
        if (changed) {
            longRunStaysLongest(ss);
        }
        return changed ? w.withSessions(ss) : w;
    }

    /** The long run stays the week's longest (the long-run rule): an easy run the shrinking left longer is cut to it. */
    private static void longRunStaysLongest(final List<Session> ss) {
        final double longM = ss.stream().filter(s -> s.type() == SessionType.LONG).mapToDouble(s -> s.load().totalM())
                .max().orElse(Double.MAX_VALUE);
        for (int i = 0; i < ss.size(); i++) {
            final Session s = ss.get(i);
            for (int k = 0; k < 4 && !s.type().isHard() && s.type().isRun() && ss.get(i).load().totalM() > longM; k++) {
                final Session x = ss.get(i);
                ss.set(i, shorter(x, RebuildTrim.minutes(x) * longM / x.load().totalM() * (1 - 0.03 * k)));
            }
        }
    }

    /** The shortest a step gets: run/walk steps stay runnable (half a minute). */
    private static final long MIN_STEP_S = 30;
    private static final long ROUND_S = 15;

    /**
     * {@code s} at about {@code target} minutes: the walks around it (warm-up, cool-down) stay when there is room for four
     * minutes between them, and every step of the main set (run and walk alike, so the ratio is kept) shrinks by the same
     * share, to the quarter-minute and never under half a minute. Its stated time and load follow the steps.
     */
    static Session shorter(final Session s, final double target) {
        final double secPerKm = StepSizes.secPerKm(s);
        final double total = StepSizes.length(s).toSeconds();
        if (total <= 0 || s.steps().isEmpty()) {
            return RebuildTrim.shorter(s, target * 60 / Math.max(1, total));
        }
        final double around = s.steps().stream().filter(st -> st.kind() == Step.Kind.WARM_UP || st.kind() == Step.Kind.COOL_DOWN)
                .mapToDouble(st -> StepSizes.length(st, secPerKm).toSeconds()).sum();
        final double main = total - around;
        final boolean keepAround = target * 60 - around >= 240 && main > 0;
        final double q = keepAround ? (target * 60 - around) / main : target * 60 / total;
        final List<Step> steps = s.steps().stream()
                .map(st -> keepAround && (st.kind() == Step.Kind.WARM_UP || st.kind() == Step.Kind.COOL_DOWN) ? st : scaled(st, q))
                .toList();
        final long after = StepSizes.length(steps, secPerKm).toSeconds();
        if (after >= total) {
            return s;
        }
        final double r = after / total;
        final Session.Load l = s.load();
        final Optional<RunWalk> runWalk = s.runWalk().map(rw -> new RunWalk((int) seconds(rw.runSec(), q),
                (int) seconds(rw.walkSec(), q)));
        return new Session(s.date(), s.type(), s.distanceM().map(m -> m * r),
                s.duration().map(d -> d.minusSeconds((long) total - after)), s.pace(), s.effort(), runWalk, steps,
                brief(s.description(), runWalk, steps), new Session.Load(l.totalM() * r, l.thresholdM() * r, l.intervalM() * r, l.repetitionM() * r));
    }

    /**
     * The brief of a shortened session says what it now holds: Couch-to-5K briefs name their running minutes (and the
     * run/walk one the stage's run lengths, which no longer hold), so they are told again from the new steps.
     */
    private static SessionBrief brief(final SessionBrief was, final Optional<RunWalk> runWalk, final List<Step> steps) {
        final long runMin = Math.max(1, Math.round(running(steps) / 60.0));
        return switch (was.code()) {
            case "c25k" -> runWalk.map(rw -> SessionBrief.of("easyRunWalk", rw)).orElse(was);
            case "c25kContinuous" -> SessionBrief.of("c25kContinuous", was.args().get(0), runMin);
            case "c25kTaper" -> SessionBrief.of("c25kTaper", runMin);
            default -> was;
        };
    }

    /** Seconds of running in {@code steps}, repeats counted. */
    static long running(final List<Step> steps) {
        long s = 0;
        for (Step st : steps) {
            if (st.kind() == Step.Kind.REPEAT) {
                s += st.times() * running(st.steps());
            } else if (st.kind() == Step.Kind.RUN || st.kind() == Step.Kind.WORK) {
                s += st.times() * st.duration().map(Duration::toSeconds).orElse(0L);
            }
        }
        return s;
    }

    private static Step scaled(final Step st, final double q) {
        if (st.kind() == Step.Kind.REPEAT) {
            return new Step(st.kind(), st.distanceM(), st.duration(), st.pace(), st.effort(), st.times(),
                    st.steps().stream().map(x -> scaled(x, q)).toList());
        }
        return st.duration().map(d -> new Step(st.kind(), st.distanceM(), Optional.of(Duration.ofSeconds(seconds(d.toSeconds(), q))),
                st.pace(), st.effort(), st.times(), st.steps())).orElse(st);
    }

    private static long seconds(final long s, final double q) {
        return Math.min(s, Math.max(MIN_STEP_S, Math.round(s * q / ROUND_S) * ROUND_S));
    }
}
