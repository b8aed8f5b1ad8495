package app.stride.plan.adapt;

import app.stride.plan.DanielsLimits;
import app.stride.plan.GrowthRule;
import app.stride.plan.PlanRepository.PlanVersion;
import app.stride.plan.PlanWeek;
import app.stride.plan.Session;
import app.stride.plan.SessionStatus;
import app.stride.plan.SessionType;
import app.stride.plan.Step;
import app.stride.tracking.LoggedRun;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * After a bridge week the plan grows back by the growth rule from what the runner actually ran (coach review D4): the
 * base is the most run in 7 days in a row of the 14 before the as-of day (from the log) and the bridge week itself, so two
 * missed sessions (a one-day bridge) still start from the full weeks run before them. Each later week over
 * {@link GrowthRule#cap(double, int)} of the best week so far has its easy runs and long run shortened by one factor
 * (workouts kept, unless that breaks Daniels' limits); the plan's own weeks come back as soon as they fit.
 */
final class BridgeGrowth {

    static final int WINDOW_DAYS = 7;
    /** Metres a week may be over its cap before it is shortened (rounding of the runs). */
    private static final double SLACK_M = 50;

    private BridgeGrowth() {
    }

    /**
     * The best recent week to grow from: the most run in 7 days in a row in the 14 days before {@code asOf}
     * (runs logged without a distance count as the average logged run; by the plan's size of the sessions done when the
     * plan goes by time or nothing has a distance).
     */
    static double recentBest(final PlanVersion v, final List<LoggedRun> log, final LocalDate asOf, final boolean byTime) {
        final List<LoggedRun> ran = log.stream().filter(r -> r.status().ran()
                && !r.date().isBefore(asOf.minusDays(2L * WINDOW_DAYS)) && r.date().isBefore(asOf)).toList();
        final List<Double> known = ran.stream().flatMap(r -> r.report().distanceM().stream()).toList();
        double best = 0;
        // Every 7 days in a row of the last 14: a plan week run whole counts as a week, wherever it starts.
        for (int k = WINDOW_DAYS; k <= 2 * WINDOW_DAYS; k++) {
            final LocalDate first = asOf.minusDays(k);
            final LocalDate last = first.plusDays(WINDOW_DAYS - 1);
            best = Math.max(best, byTime || known.isEmpty() ? done(v, first, last) : logged(ran, known, first, last));
        }
        return best;
    }

    private static double logged(final List<LoggedRun> ran, final List<Double> known, final LocalDate first,
                                 final LocalDate last) {
        final double average = known.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        return ran.stream().filter(r -> !r.date().isBefore(first) && !r.date().isAfter(last))
                .mapToDouble(r -> r.report().distanceM().orElse(average)).sum();
    }

    private static double done(final PlanVersion v, final LocalDate first, final LocalDate last) {
        double sum = 0;
        for (int i = 0; i < v.sessions().size(); i++) {
            final var s = v.sessions().get(i);
            if (s.status() == SessionStatus.DONE && !s.date().isBefore(first) && !s.date().isAfter(last)) {
                sum += v.plan().sessions().get(i).load().totalM();
            }
        }
        return sum;
    }

    /**
     * {@code weeks} with every week that has sessions after {@code end} within the growth rule from {@code recentBest}:
     * in the week the bridge ends in, the bridge days stay as they are (they count in its total) and only the days after
     * it are shaped.
     */
    static List<PlanWeek> after(final List<PlanWeek> weeks, final LocalDate from, final LocalDate end, final double recentBest,
                                final double stepM) {
        double bridge = 0;
        for (PlanWeek w : weeks) {
            for (Session s : w.sessions()) {
                if (!s.date().isBefore(from) && !s.date().isAfter(end) && run(s)) {
                    bridge += s.load().totalM();
                }
            }
        }
        // The best grows only from what was run (the log, the bridge) or shaped here, never from the plan's own weeks.
        double best = Math.max(recentBest, bridge);
        final List<PlanWeek> out = new ArrayList<>();
        for (PlanWeek w : weeks) {
            if (best <= 0 || w.sessions().stream().noneMatch(s -> s.date().isAfter(end))) {
                out.add(w);
                continue;
            }
            final int days = (int) w.sessions().stream().filter(BridgeGrowth::run).count();
            final double cap = GrowthRule.cap(best, days);
            // The largest share of its easy running after the bridge that brings the week within the cap.
            PlanWeek shaped = w.trainingM() > cap + SLACK_M ? largestShare(w, end, x -> x.trainingM() <= cap + SLACK_M, stepM) : w;
            // Cutback and taper weeks keep their place below the new build, not just under the cap.
            shaped = BridgeShape.relative(weeks, out, BridgeShape.noLonger(shaped, w), end, stepM);
            out.add(shaped);
            best = Math.max(best, shaped.trainingM());
        }
        return out;
    }

    /**
     * {@code w} {@link #shaped shaped} at the largest share of its easy running after {@code end} (30% at least) that
     * {@code fits}; at 30% when none does.
     */
    static PlanWeek largestShare(final PlanWeek w, final LocalDate end, final Predicate<PlanWeek> fits, final double stepM) {
        double lo = 0.3;
        double hi = 1;
        PlanWeek shaped = shaped(w, lo, end, stepM);
        for (int pass = 0; pass < 14; pass++) {
            final double mid = (lo + hi) / 2;
            final PlanWeek tried = shaped(w, mid, end, stepM);
            if (fits.test(tried)) {
                lo = mid;
                shaped = tried;
            } else {
                hi = mid;
            }
        }
        return shaped;
    }

    /**
     * Every easy run and the long run of {@code w} after {@code end} at {@code f} of its length; a workout after
     * {@code end} then over Daniels' limits for the shorter week loses repeats until it fits (it stays a workout), and
     * runs easy only when even one repeat is over.
     */
    static PlanWeek shaped(final PlanWeek w, final double f, final LocalDate end) {
        return shaped(w, f, end, HalfKm.stepM(app.stride.settings.DistanceUnit.KM));
    }

    /** {@link #shaped(PlanWeek, double, LocalDate)} with runs by pace in steps of {@code stepM} (half miles for miles). */
    static PlanWeek shaped(final PlanWeek w, final double f, final LocalDate end, final double stepM) {
        final List<Session> ss = new ArrayList<>();
        for (Session s : w.sessions()) {
            final boolean easyType = run(s) && (!s.type().isQuality() || s.type() == SessionType.LONG);
            ss.add(easyType && s.date().isAfter(end) ? HalfKm.down(RebuildTrim.shorter(s, f), stepM) : s);
        }
        for (int i = 0; i < ss.size(); i++) {
            final Session s = ss.get(i);
            if (run(s) && s.type().isQuality() && s.type() != SessionType.LONG && s.date().isAfter(end)) {
                final double others = ss.stream().filter(BridgeGrowth::run).filter(x -> x != s)
                        .mapToDouble(x -> x.load().totalM()).sum();
                final Optional<Session> fewer = fewerReps(s, others);
                if (fewer.isPresent()) {
                    ss.set(i, fewer.get());
                }
            }
        }
        // What repeats cannot fix, the trim's own rule does (the workout runs easy).
        return RebuildTrim.scaled(w.withSessions(ss), 1);
    }

    /**
     * The workout {@code s} with as many of its repeats as keep it within Daniels' limits in a week of {@code othersM}
     * plus itself: {@code s} when it already is, empty when no number of repeats (one at least) does.
     */
    static Optional<Session> fewerReps(final Session s, final double othersM) {
        if (DanielsLimits.withinShares(s.load(), othersM + s.load().totalM())) {
            return Optional.of(s);
        }
        final int at = firstRepeat(s.steps());
        if (at < 0) {
            return Optional.empty();
        }
        final Step block = s.steps().get(at);
        final double secPerKm = StepSizes.secPerKm(s);
        double cycleM = 0;
        for (Step st : block.steps()) {
            final double pace = st.pace().map(app.stride.plan.PaceRange::midSecPerKm).orElse(secPerKm);
            cycleM += st.distanceM().orElseGet(() -> StepSizes.length(st, secPerKm).toSeconds() / pace * 1000);
        }
        final long cycleS = StepSizes.length(block.steps(), secPerKm).toSeconds();
        final Session.Load l = s.load();
        for (int t = block.times() - 1; t >= 1; t--) {
            final double q = t / (double) block.times();
            final int fewer = block.times() - t;
            final double total = Math.max(0, l.totalM() - cycleM * fewer);
            final Session.Load load = new Session.Load(total, l.thresholdM() * q, l.intervalM() * q, l.repetitionM() * q);
            if (DanielsLimits.withinShares(load, othersM + total)) {
                final List<Step> steps = new ArrayList<>(s.steps());
                steps.set(at, Step.repeat(t, block.steps()));
                final double cut = l.totalM() - total;
                return Optional.of(new Session(s.date(), s.type(), s.distanceM().map(m -> Math.max(0, m - cut)),
                        s.duration().map(d -> d.minusSeconds(cycleS * fewer)), s.pace(), s.effort(), s.runWalk(), steps,
                        s.description(), load));
            }
        }
        return Optional.empty();
    }

    private static int firstRepeat(final List<Step> steps) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).kind() == Step.Kind.REPEAT && steps.get(i).times() > 1) {
                return i;
            }
        }
        return -1;
    }

    private static boolean run(final Session s) {
        return s.type().isRun() && s.type() != SessionType.RACE;
    }
}
