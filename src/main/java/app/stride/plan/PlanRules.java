package app.stride.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a plan against the reference's "rules good plans follow"; returns one line per broken rule (empty when the
 * plan is sound). The property tests run every generated plan through it. Volumes are counted in metres, walking
 * included (time on feet), the race excluded from the week it is in.
 */
public final class PlanRules {

    private static final double EPS = 1.0;

    private PlanRules() {
    }

    /** Every broken rule, in words a developer can act on. */
    public static List<String> check(final Plan plan) {
        final List<String> v = new ArrayList<>();
        calendar(plan, v);
        volume(plan, v);
        cutbacks(plan, v);
        taper(plan, v);
        hardEasy(plan, v);
        quality(plan, v);
        longShare(plan, v);
        PaceRules.check(plan, v);
        runWalk(plan, v);
        order(plan, v);
        sessionsComplete(plan, v);
        return v;
    }

    private static void calendar(final Plan plan, final List<String> v) {
        final Set<LocalDate> seen = new HashSet<>();
        final Set<DayOfWeek> days = plan.request().days();
        LocalDate prev = null;
        for (PlanWeek w : plan.weeks()) {
            for (Session s : w.sessions()) {
                if (!seen.add(s.date())) {
                    v.add("two sessions on " + s.date());
                }
                if (s.type() != SessionType.RACE && !days.contains(s.date().getDayOfWeek())) {
                    v.add("session on unavailable day " + s.date());
                }
                if (s.date().isBefore(w.start()) || s.date().isAfter(w.start().plusDays(6))) {
                    v.add("session " + s.date() + " outside week " + w.number());
                }
                if (prev != null && s.date().isBefore(prev)) {
                    v.add("sessions out of order at " + s.date());
                }
                prev = s.date();
            }
        }
        final int min = PlanDates.minWeeks(plan.request());
        if (plan.weeks().size() < min || plan.weeks().size() > PlanDates.MAX_WEEKS) {
            v.add("plan has " + plan.weeks().size() + " weeks");
        }
        if (!plan.weeks().get(0).start().equals(plan.startDate())) {
            v.add("week 1 does not start on the start date");
        }
        final List<Session> all = plan.sessions();
        if (plan.request().hasRace()) {
            final Session last = all.get(all.size() - 1);
            if (last.type() != SessionType.RACE || !Optional.of(last.date()).equals(plan.raceDate())) {
                v.add("the race is not the last session, on race day");
            }
            if (all.stream().filter(s -> s.type() == SessionType.RACE).count() != 1) {
                v.add("not exactly one race");
            }
        } else if (all.stream().anyMatch(s -> s.type() == SessionType.RACE)) {
            v.add("race in a plan without a race");
        }
    }

    /** First week, weekly growth (10%, or 1.6 km a run at low volume) and the two-week cap (+30%). */
    private static void volume(final Plan plan, final List<String> v) {
        final Fitness f = plan.fitness();
        final boolean fromWalking = f.level() == Fitness.Level.WALK_RUN;
        final List<PlanWeek> weeks = plan.weeks();
        final PlanWeek first = weeks.get(0);
        if (fromWalking || f.reentry()) {
            if (first.sessions().stream().anyMatch(s -> s.type().isRun() && s.type() != SessionType.RACE
                    && s.runWalk().isEmpty() && !(fromWalking && s.type() == SessionType.EASY && first.phase() == Phase.RUN_WALK))) {
                v.add("week 1 is not run/walk although the runner barely runs now");
            }
        }
        // Growth: no week above max(1.10 × best earlier, best + 0.5 km a running day); week 0 is today's week.
        // Couch-to-5K weeks follow the NHS steps and a returner's ramp weeks their own rule (see ReturnerRamp).
        final int ramp = fromWalking ? 0 : ReturnerRamp.weeks(plan.request().fitness().daysOff());
        final int runDays = weeks.stream().mapToInt(PlanWeek::runs).max().orElse(0);
        final FitnessInput in = plan.request().fitness();
        final double oldWeeklyM = in.weeklyM().orElse(f.currentWeeklyM() / Fitness.volumeFactor(in.daysOff(), in.crossTrained()));
        // A returner's ramp weeks are their shares of the old volume (to the nearest run length, a km's margin; never under
        // two of the week's shortest runs, RunsKept), then growth bounds every week (coach review 4 p18).
        // A re-plan after 8-27 days off climbs back to the old week from a held week back (ReturnerRamp.climbsBack).
        final ClimbBack climbBack = new ClimbBack(plan.request(), f, oldWeeklyM);
        final boolean climb = climbBack.applies();
        double best = fromWalking || climb ? 0 : f.currentWeeklyM();
        // As the planner counts it: a returner's ramp has no week 0 to speak of.
        double bestRunning = ramp > 0 ? 0 : best;
        int runnerWeek = 0;
        for (int i = 0; i < weeks.size(); i++) {
            final PlanWeek w = weeks.get(i);
            final boolean c25k = w.phase() == Phase.RUN_WALK || fromWalking && runnerWeek == 0 && w.phase() == Phase.TAPER;
            if (!c25k) {
                runnerWeek++;
                // A returner under three quarters of the old volume may grow up to 30% over two weeks (muscle memory).
                final double twoWeeks = i >= 2 ? ReturnerRamp.TWO_WEEK_FACTOR * bestUpTo(weeks, i - 2) : Double.MAX_VALUE;
                final double cap = climb ? climbBack.cap(best, twoWeeks, runDays)
                        : ramp > 0 ? GrowthRule.returnerCap(best, twoWeeks, oldWeeklyM, runDays)
                        : GrowthRule.cap(best, runDays);
                final boolean rampWeek = ramp > 0 && runnerWeek <= ramp;
                final double share = ReturnerRamp.share(in.daysOff(), runnerWeek).orElse(0.0) * oldWeeklyM;
                final double twoRuns = 2 * w.sessions().stream().filter(s -> s.type().isRun() && s.type() != SessionType.RACE)
                        .mapToDouble(s -> s.load().totalM()).min().orElse(0);
                if (rampWeek && w.trainingM() > Math.max(Math.max(share + 1_000, twoRuns), ReturnerRamp.SHARE_FLOOR_M) + EPS) {
                    v.add(String.format(Locale.ROOT, "week %d %.1f km is over the ramp's share %.1f km (returner)",
                            w.number(), w.trainingM() / 1000, share / 1000));
                }
                if (best > 0 && !rampWeek && w.trainingM() > cap + EPS) {
                    v.add(String.format(Locale.ROOT, "week %d %.1f km is over the growth cap %.1f km (best before %.1f km)",
                            w.number(), w.trainingM() / 1000, cap / 1000, best / 1000));
                }
                // A dip is not a cutback: after an ordinary week under the best, the week grows from that week
                // (an established runner's floor, 90% of the current week, still holds).
                final PlanWeek prev = i > 0 ? weeks.get(i - 1) : null;
                final boolean afterDip = prev != null && runnerWeek > ramp + 2 && !prev.cutback() && prev.phase() != Phase.TAPER
                        && prev.phase() != Phase.RUN_WALK && !w.cutback() && w.phase() != Phase.TAPER && prev.trainingM() < bestRunning;
                final double fromDip = Math.max(GrowthRule.cap(prev == null ? 0 : prev.trainingM(), runDays),
                        VolumeTarget.established(f) ? 0.9 * f.currentWeeklyM() : 0);
                if (afterDip && w.trainingM() > fromDip + EPS) {
                    v.add(String.format(Locale.ROOT, "week %d %.1f km rises over the growth cap %.1f km from the dip in week %d (%.1f km)",
                            w.number(), w.trainingM() / 1000, fromDip / 1000, prev.number(), prev.trainingM() / 1000));
                }
                bestRunning = Math.max(bestRunning, w.trainingM());
            }
            best = Math.max(best, w.trainingM());
        }
    }

    /** Whether week {@code j} (1-based) of a re-plan climbing back after a short break starts before it is back. */
    private static boolean climbing(final Plan plan, final int j) {
        if (!ReturnerRamp.climbsBack(plan.request(), plan.fitness())) {
            return false;
        }
        final double old = plan.request().fitness().weeklyM().orElse(0.0);
        return j == 1 || ReturnerRamp.climbing(bestUpTo(plan.weeks(), j - 2), old);
    }

    private static double bestUpTo(final List<PlanWeek> weeks, final int index) {
        double m = 0;
        for (int i = 0; i <= index; i++) {
            m = Math.max(m, weeks.get(i).trainingM());
        }
        return m;
    }

    /** Every four weeks of continuous running hold a week 15% or more below the weeks before it. */
    private static void cutbacks(final Plan plan, final List<String> v) {
        final List<PlanWeek> weeks = plan.weeks();
        final double w0 = plan.fitness().level() == Fitness.Level.WALK_RUN ? 0 : plan.fitness().currentWeeklyM();
        for (int i = 1; i + 3 <= weeks.size(); i++) {
            boolean exempt = false;
            boolean found = false;
            for (int j = i; j <= i + 3; j++) {
                final PlanWeek w = weeks.get(j - 1);
                if (w.phase() == Phase.RUN_WALK || j <= ReturnerRamp.weeks(plan.request().fitness().daysOff())) {
                    exempt = true;
                }
                // Climbing back after a short break: no cutback until back at the old week.
                if (climbing(plan, j)) {
                    exempt = true;
                }
                double before = j <= 3 ? w0 : 0;
                for (int x = Math.max(1, j - 3); x < j; x++) {
                    before = Math.max(before, weeks.get(x - 1).trainingM());
                }
                if (before > 0 && w.trainingM() <= 0.85 * before + EPS) {
                    found = true;
                }
                if (before > 0 && before < 3 * Sessions.MIN_RUN_M) {
                    // Three of the shortest runs: too small a week to cut back from (a returner's slow ramp).
                    exempt = true;
                }
            }
            // Four weeks straight into the taper: the taper is their rest (a cutback there would make three light weeks).
            final boolean intoTaper = i + 3 < weeks.size() && weeks.get(i + 3).phase() == Phase.TAPER;
            if (!exempt && !found && !intoTaper) {
                v.add("no cutback week in weeks " + i + "-" + (i + 3));
            }
        }
    }

    /** Race week at most 60% of the peak; a half also eases the week before (taper of 10-14 days). */
    private static void taper(final Plan plan, final List<String> v) {
        // A rebuild in race week is that week alone: its taper is measured against weeks it does not hold.
        if (!plan.request().hasRace() || plan.weeks().size() < 2) {
            return;
        }
        final List<PlanWeek> weeks = plan.weeks();
        final double peak = weeks.stream().mapToDouble(PlanWeek::trainingM).max().orElse(0);
        final PlanWeek last = weeks.get(weeks.size() - 1);
        if (last.trainingM() > 0.6 * peak + EPS) {
            v.add(String.format(Locale.ROOT, "race week %.1f km is over 60%% of peak %.1f km", last.trainingM() / 1000,
                    peak / 1000));
        }
        final PlanWeek before = weeks.get(weeks.size() - 2);
        if (plan.request().distance().orElseThrow() == RaceDistance.HALF && before.phase() != Phase.RUN_WALK
                && weeks.stream().noneMatch(w -> w.phase() == Phase.RUN_WALK)
                && before.trainingM() > 0.85 * peak + EPS) {
            v.add("half-marathon taper does not start 10-14 days out");
        }
        // Race week's workout is the shortest of the taper.
        final double raceWeekWork = last.sessions().stream().filter(s -> s.type().isQuality())
                .mapToDouble(s -> s.load().totalM()).max().orElse(0);
        final double taperWork = weeks.subList(0, weeks.size() - 1).stream().filter(w -> w.phase() == Phase.TAPER)
                .flatMap(w -> w.sessions().stream()).filter(s -> s.type().isQuality())
                .mapToDouble(s -> s.load().totalM()).min().orElse(Double.MAX_VALUE);
        if (raceWeekWork > taperWork + EPS) {
            v.add(String.format(Locale.ROOT, "race-week workout %.1f km is longer than the taper's %.1f km",
                    raceWeekWork / 1000, taperWork / 1000));
        }
    }

    private static void hardEasy(final Plan plan, final List<String> v) {
        Session prev = null;
        for (Session s : plan.sessions()) {
            if (!s.type().isRun()) {
                continue;
            }
            if (prev != null && prev.type().isHard() && s.type().isHard()
                    && ChronoUnit.DAYS.between(prev.date(), s.date()) == 1) {
                v.add("hard days in a row: " + prev.date() + " " + prev.type().code() + ", " + s.date() + " " + s.type().code());
            }
            prev = s;
        }
    }

    /** Daniels' limits: T ≤ 10%, I ≤ 8%, R ≤ 5% of the week (or a minimum dose's 20%); two quality sessions at most; none for walkers. */
    private static void quality(final Plan plan, final List<String> v) {
        for (PlanWeek w : plan.weeks()) {
            final double vol = w.trainingM();
            int q = 0;
            double work = 0;
            for (Session s : w.sessions()) {
                final Session.Load l = s.load();
                if (s.type().isQuality()) {
                    q++;
                    if (w.phase() == Phase.RUN_WALK) {
                        v.add("quality session in a run/walk week " + s.date());
                    }
                }
                if (!DanielsLimits.fit(l, vol + EPS / 0.05)) {
                    // Daniels' shares, or a small week's workout at its minimum dose (MinimumDose).
                    v.add((l.intervalM() > 0.08 * vol + EPS ? "intervals over 8%" : l.thresholdM() > 0.10 * vol + EPS
                            ? "threshold over 10%" : "repetitions over 5%") + " of the week on " + s.date());
                }
                if (s.type() != SessionType.RACE) {
                    work += l.workM();
                }
            }
            if (q > 2) {
                v.add("more than two quality sessions in week " + w.number());
            }
            if (work > 0.2 * vol + EPS) {
                v.add("less than 80% easy in week " + w.number());
            }
        }
    }

    /**
     * Long run: within its share of the week unless it is a run the runner already does (up to the distance's
     * minimum); at most the longest so far + 1.6 km or +10%; always the longest run of its week.
     */
    private static void longShare(final Plan plan, final List<String> v) {
        final Fitness f = plan.fitness();
        // A long run the runner ran before the break (what they told) may take half the week (LongRunRule.kept).
        final double stated = plan.request().fitness().longestRunM().orElse(0.0);
        double longest = f.longestRunM();
        for (PlanWeek w : plan.weeks()) {
            for (Session s : w.sessions()) {
                if (s.type() != SessionType.LONG) {
                    continue;
                }
                final double m = s.load().totalM();
                final double base = LongRunRule.shareBase(w.sessions(), s);
                final double keptHere = plan.request().distance().map(d -> LongRunRule.protectedLong(f, stated,
                        LongRunRule.usualMinimum(d, plan.request().goal()), base,
                        LongRunRule.habitShare(f, Optional.of(d), plan.request().goal())))
                        .orElse(Math.min(f.longestRunM(), LongRunRule.RETURNER_SHARE * base));
                final double middle = LongRunRule.middleKept(w.sessions(), s, plan.request().distance()
                        .map(d -> LongRunRule.usualMinimum(d, plan.request().goal())).orElse(0.0));
                if (m > LongRunRule.share(w.runs()) * base + EPS && m > keptHere + EPS && m > middle + EPS) {
                    v.add(String.format(Locale.ROOT, "long run %.1f km over %.0f%% of week %d (%.1f km)", m / 1000,
                            LongRunRule.share(w.runs()) * 100, w.number(), w.trainingM() / 1000));
                }
                if (longest > 0 && m > LongRunRule.next(longest) + EPS) {
                    v.add(String.format(Locale.ROOT, "long run %.1f km in week %d grows more than 1.6 km / 10%% over %.1f km",
                            m / 1000, w.number(), longest / 1000));
                }
                if (w.sessions().stream().anyMatch(x -> !x.type().isHard() && x.type().isRun() && x.load().totalM() > m + EPS)) {
                    v.add("long run is not the longest run of week " + w.number());
                }
                longest = Math.max(longest, m);
            }
        }
    }

    /** A runner who walks by choice keeps walk breaks in every run, race day included. */
    private static void runWalk(final Plan plan, final List<String> v) {
        if (plan.fitness().level() != Fitness.Level.RUN_WALK_BY_CHOICE) {
            return;
        }
        for (Session s : plan.sessions()) {
            if (s.type().isRun() && s.runWalk().isEmpty()) {
                v.add("no walk breaks on " + s.date() + " for a run/walk runner");
            }
        }
    }

    /**
     * Order within a block: strides before any workout for someone who started from walking; threshold or hills (or
     * the time trial) before intervals, repetitions and race pace.
     */
    private static void order(final Plan plan, final List<String> v) {
        boolean strides = plan.fitness().level() != Fitness.Level.WALK_RUN;
        boolean foundation = false;
        for (Session s : plan.sessions()) {
            if (s.type() == SessionType.STRIDES) {
                strides = true;
            }
            if (s.type().isQuality() && !strides) {
                v.add("workout before strides for a new runner on " + s.date());
            }
            if (s.type() == SessionType.TEMPO || s.type() == SessionType.HILLS || s.type() == SessionType.TIME_TRIAL) {
                foundation = true;
            }
            if ((s.type() == SessionType.INTERVALS || s.type() == SessionType.REPETITIONS) && !foundation) {
                v.add("fast intervals before any threshold or hill work on " + s.date());
            }
        }
    }

    private static void sessionsComplete(final Plan plan, final List<String> v) {
        for (Session s : plan.sessions()) {
            if (s.distanceM().isEmpty() && s.duration().isEmpty()) {
                v.add("no distance or duration on " + s.date());
            }
            if (s.pace().isEmpty() && s.effort().isEmpty() && s.runWalk().isEmpty()) {
                v.add("no pace, effort or run/walk on " + s.date());
            }
            if (s.description().code().isBlank() || s.steps().isEmpty()) {
                v.add("no description or steps on " + s.date());
            }
        }
    }
}
