package app.stride.plan;

import app.stride.plan.Fitness.Level;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Walks the weeks in order, carrying what the rules measure against (the best week so far, the longest run so far,
 * the progression step) and asking each rule for its decision: Couch to 5K, returner ramp, taper, cutback, growth,
 * keep/peak target, long run, workouts.
 */
final class WeekPlanner {

    /** The weeks, and how far the runner got: the longest session (metres, minutes) and the Couch-to-5K session reached. */
    record Draft(List<PlanWeek> weeks, double longestM, double longestMin, int c25kReached) {
    }

    private final PlanContext c;
    private final PlanRequest req;
    private final Fitness fit;
    private final Sessions sessions;
    private final int runs;
    private final List<DayOfWeek> pattern;
    private final WeekComposer composer;
    private final WeekCalendar calendar;
    private final double oldWeeklyM;
    private final double oldLongestM;
    /** A re-plan after 8–27 days off: the week back is held, then the weeks climb back to the old week (ReturnerRamp). */
    private final ClimbBack climb;

    private double best;
    private double longest;
    private double lastLong;
    /** The plan's longest long run so far (0 before it has one), and the week before's (0 when it had none). */
    private double planLongest;
    private double previousLong;
    private int step;
    /** The previous week's volume when it was an ordinary week (else NaN): a dip is grown from, not jumped over. */
    private double previousOrdinary = Double.NaN;
    /** The best week of running so far (week 0 included, Couch-to-5K weeks, whose walking counts, left out). */
    private double bestRunning;
    private final WeekHistory history = new WeekHistory();
    private boolean foundation;
    private int firstRunnerWeek = 1;
    private int c25k;
    private final TaperWorkout taperWorkout = new TaperWorkout();
    private final WorkoutVariety variety = new WorkoutVariety();
    /** Weeks that hold what the runner has (coach review p22, n16): no race, or a race 3–5 weeks away. */
    private final boolean holds;
    private final ContinuousAbility ability;
    private final WalkBreakChoice walkBreaks;
    /** The long run a slow half builds to (0 for other races): it raises the cap and the minimum the week carries. */
    private final double slowHalfM;

    WeekPlanner(final PlanContext c, final int runs, final List<DayOfWeek> pattern, final DayOfWeek longDay,
                final MinimumDose.Use dose) {
        this.c = c;
        this.req = c.req();
        this.fit = c.fit();
        this.sessions = new Sessions(c, dose.on());
        this.varied = dose.on();
        this.runs = runs;
        this.pattern = pattern;
        this.calendar = new WeekCalendar(c, pattern, runs);
        this.composer = new WeekComposer(c, sessions, longDay, TrainingDays.qualityDays(pattern, longDay), runs, dose);
        final double factor = Fitness.volumeFactor(req.fitness().daysOff(), req.fitness().crossTrained());
        this.oldWeeklyM = req.fitness().weeklyM().orElse(fit.currentWeeklyM() / factor);
        this.oldLongestM = fit.longestRunM() / factor;
        this.climb = new ClimbBack(req, fit, oldWeeklyM);
        // Week 0 is the runner's current week; a returner in a ramp (or climbing back) has none: the ramp sets the start.
        this.best = fit.level() == Level.WALK_RUN || rebuilding() ? 0 : fit.currentWeeklyM();
        this.bestRunning = best;
        this.longest = fit.longestRunM();
        this.lastLong = longest;
        this.c25k = fit.level() == Level.WALK_RUN ? CouchToFiveK.firstOf(fit.c25kStage()) : CouchToFiveK.SESSIONS;
        this.ability = new ContinuousAbility(c, req.fitness());
        this.walkBreaks = new WalkBreakChoice(c, ability);
        this.holds = VolumeTarget.holds(req, c.dates());
        this.slowHalfM = SlowHalfLongRun.metres(c, sessions);
    }

    /** The choice of raised or plain weeks this planner's composer made ({@link DosedWeek}). */
    /** Workout variety goes with the minimum dose (off: the plain plan MinimumDoseSafetyTest compares against). */
    private final boolean varied;

    DosedWeek dosed() {
        return composer.dosed();
    }

    Draft run() {
        final List<PlanWeek> weeks = new ArrayList<>();
        final int n = c.dates().weeks();
        for (int k = 1; k <= n; k++) {
            final LocalDate ws = c.dates().start().plusDays(7L * (k - 1));
            final boolean raceWeek = req.hasRace() && k == n;
            final PlanWeek w;
            if (c25k < CouchToFiveK.SESSIONS) {
                w = c25kWeek(k, ws, raceWeek);
                previousOrdinary = Double.NaN;
                if (c25k >= CouchToFiveK.SESSIONS) {
                    firstRunnerWeek = k + 1;
                    lastLong = longest = 30 * 60 / CouchToFiveK.RUN_SEC_PER_KM * 1000;
                }
            } else {
                w = runnerWeek(k, ws, raceWeek);
                bestRunning = Math.max(bestRunning, w.trainingM());
            }
            best = Math.max(best, w.trainingM());
            history.add(w.trainingM());
            weeks.add(w);
        }
        List<PlanWeek> out = HardEasy.separate(weeks, sessions::easyInstead);
        out = HardEasy.foundationFirst(out, sessions::easyInstead);
        double lm = 0;
        double lmin = 0;
        for (Session s : out.stream().flatMap(w -> w.sessions().stream()).toList()) {
            if (s.type().isRun() && s.type() != SessionType.RACE) {
                lm = Math.max(lm, s.load().totalM());
                lmin = Math.max(lmin, s.duration().map(d -> d.toSeconds() / 60.0).orElse(0.0));
            }
        }
        return new Draft(out, lm, lmin, c25k);
    }

    // ---- Couch to 5K ----

    private PlanWeek c25kWeek(final int k, final LocalDate ws, final boolean raceWeek) {
        final List<Session> out = new ArrayList<>();
        final LocalDate race = c.dates().race().orElse(LocalDate.MAX);
        final double budget = 0.6 * best;
        double used = 0;
        for (LocalDate d : calendar.days(ws, false)) {
            if (raceWeek && !d.isBefore(race.minusDays(1))) {
                break;
            }
            Session s = CouchToFiveK.session(d, Math.min(c25k, CouchToFiveK.SESSIONS - 1));
            if (raceWeek && (!out.isEmpty() || used + s.load().totalM() > budget)) {
                s = CouchToFiveK.taper(d, Math.min(c25k, CouchToFiveK.SESSIONS - 1));
                if (used + s.load().totalM() > budget && !out.isEmpty()) {
                    break;
                }
            } else {
                c25k++;
            }
            used += s.load().totalM();
            out.add(s);
        }
        calendar.addCrossTraining(out, ws, raceWeek);
        if (raceWeek) {
            out.add(sessions.race(walkBreaks.race(step, firstRunnerWeek, c25k)));
        }
        out.sort((a, b) -> a.date().compareTo(b.date()));
        return new PlanWeek(k, ws, raceWeek ? Phase.TAPER : Phase.RUN_WALK, false, out);
    }

    // ---- runner weeks ----

    private PlanWeek runnerWeek(final int k, final LocalDate ws, final boolean raceWeek) {
        final int n = c.dates().weeks();
        final int rel = k - firstRunnerWeek + 1;
        final boolean early = Taper.raceEarly(c.dates());
        final Optional<Double> taper = req.hasRace() ? Taper.share(c.distance(), k, n, early) : Optional.empty();
        final Optional<Double> ramp = ReturnerRamp.share(req, fit, rel);
        climb.startWeek(rel, best);
        final Phase phase = WeekCalendar.phase(c, k, n, early, firstRunnerWeek);
        // The last full week before the taper is the peak: no cutback there (the taper is the rest that follows).
        final boolean beforeTaper = req.hasRace() && k < n && Taper.isTaperWeek(c.distance(), k + 1, n, early);
        // Every 4th week of running, counted after a returner's ramp (its light weeks are the rest).
        final int rampWeeks = climb.rampWeeks(fit, req.fitness());
        final boolean cutback = taper.isEmpty() && ramp.isEmpty() && rel > rampWeeks && (rel - rampWeeks) % 4 == 0
                && !beforeTaper;
        // How many runs first (coach review D7), then the volume measured with the runs actually planned.
        List<LocalDate> weekDays = calendar.days(ws, raceWeek);
        int weekRuns = runs;
        Size size = size(weekRuns, k, rel, taper, ramp, cutback, beforeTaper, raceWeek, 0);
        final double minRun = RunCount.minRunM(c);
        // The long run gives way to the other runs' 20 minutes no lower than this (coach review: long run giving way):
        // in build weeks the plan's longest long run so far (the runner's longest before the plan has one), in a
        // returner's ramp week the week before's; cutback, taper and race weeks give way freely.
        // Not yet for runs by time (open): their other run, rounded to whole five minutes, falls back to 20 minutes in
        // a two-run week, the share cap then holds the long run to 1.5 times that, and the plan stalls (p18).
        final double hold = cutback || taper.isPresent() || raceWeek || c.effortMode() ? 0
                : ramp.isPresent() ? previousLong : planLongest > 0 ? planLongest : fit.longestRunM();
        final double plannedLong = size.lng();
        final double floor = RunCount.floorM(c);
        for (int guard = 0; guard < runs && RunCount.applies(c) && !raceWeek; guard++) {
            if (RunCount.runs(size.volume(), size.lng(), weekDays.size(), minRun, hold) >= weekDays.size()) {
                break;
            }
            // Every run 20 minutes (coach review D7b): an ordinary week is raised to hold them when the growth rule
            // allows it; else its runs stay down to 15 minutes (coach review 4: keep the runs asked for); else the
            // week has one run fewer. It is not raised further for a held long run (coach review: long run giving way).
            final int asked = weekDays.size();
            final Optional<Size> kept = RunsKept.size(asked, size, hold, minRun, floor,
                    holdM -> size(asked, k, rel, taper, ramp, cutback, beforeTaper, raceWeek, holdM));
            if (kept.isPresent()) {
                size = kept.get();
                break;
            }
            final int fewer = RunCount.runs(size.volume(), size.lng(), weekDays.size(), floor, hold);
            weekDays = RunCount.keep(weekDays, fewer, composer.longDay(), composer.qualityDays(), size.lng() > 0);
            weekRuns = Math.min(weekRuns, fewer);
            size = size(weekRuns, k, rel, taper, ramp, cutback, beforeTaper, raceWeek, 0);
        }
        if (weekRuns < runs && LostRunLong.applies(req, runs)) { // A week that lost a run to the floor: LostRunLong (p30).
            size = new Size(size.volume(), LostRunLong.longRun(c, size.lng(), hold, plannedLong, size.volume(), weekRuns), size.protectedLong());
        }
        final double volume = size.volume();
        final double lng = size.lng();
        final double protectedLong = size.protectedLong();
        final boolean lateEnough = k > n - 4;
        // A walker-runner's hard efforts stay gentle: strides, no hills or intervals (WalkerRunWalk).
        final List<SessionType> kinds = fit.level() == Level.RUN_WALK_BY_CHOICE || ramp.isPresent() || c.walker()
                ? List.of() : WorkoutProgression.kinds(req, phase, cutback, fit.level() == Level.WALK_RUN, step, lateEnough, c.noRacePaceWork(),
                        VolumeTarget.established(fit));
        final int trialWeek = TimeTrialWeek.week(req, fit);
        // A mile time trial gives a race runner paces for the next plan: never for regular running or a walker-runner.
        final boolean trial = c.effortMode() && req.goal() != Goal.CONSISTENCY && !EffortPace.walker(c.pv().easy().midSecPerKm())
                && trialWeek > 0;
        List<SessionType> withTrial = trial && rel == trialWeek && !cutback && taper.isEmpty()
                && fit.level() != Level.RUN_WALK_BY_CHOICE ? List.of(SessionType.TIME_TRIAL) : kinds;
        final boolean racePaceOk = lateEnough && !c.noRacePaceWork() && req.goal() == Goal.TIME && c.racePace().isPresent();
        if (!foundation) {
            // Threshold or hills come before fast intervals; the last week before the taper stays race-specific.
            withTrial = WorkoutProgression.beforeFoundation(withTrial, beforeTaper && WorkoutProgression.sharpens(c.distance()),
                    racePaceOk);
        }
        final int strides = fit.level() == Level.RUN_WALK_BY_CHOICE || ramp.isPresent() && rel == 1 ? 0
                : WorkoutProgression.strides(step);
        final int week = rel;
        final boolean firstReentryWeek = fit.reentry() && rel == 1;
        // A walker's ratio is held in cutbacks and the taper: the ratio of the last ordinary week, not the next rung.
        final int ordinary = !cutback && taper.isEmpty() ? step : Math.max(0, step - 1);
        // A cutback's workout is sized at the last ordinary week's step, never bigger than it (coach round 6, defect 5).
        final int sizeStep = cutback ? ordinary : step;
        sessions.cutback(cutback);
        List<Session> ss = composer.compose(new WeekComposer.Week(weekDays, volume, lng, withTrial, sizeStep,
                strides, raceWeek, phase == Phase.PEAK, min -> walkBreaks.run(week, min, firstReentryWeek, ordinary), protectedLong,
                longest, hold));
        List<LocalDate> ran = ss.stream().filter(x -> x.type().isRun()).map(Session::date).toList();
        final double shortest = ss.stream().filter(x -> x.type().isRun() && !x.type().isQuality())
                .mapToDouble(x -> x.load().totalM()).min().orElse(Double.MAX_VALUE);
        if (RunCount.applies(c) && !raceWeek && ran.size() > RunCount.FEWEST_RUNS && shortest < floor - 1) {
            // A big workout (or rounding) can leave a run under 20 minutes even after the long run gave way: one run
            // fewer, the lowest-value day (RunCount's order).
            ran = RunCount.keep(ran, ran.size() - 1, composer.longDay(), composer.qualityDays(), lng > 0);
        }
        if (RunCount.applies(c) && !raceWeek && ran.size() < weekRuns) {
            // Rounding dropped a run after the volume was set: the volume is measured again with the runs that stay.
            final Size fewer = size(ran.size(), k, rel, taper, ramp, cutback, beforeTaper, raceWeek, 0);
            ss = composer.compose(new WeekComposer.Week(ran, fewer.volume(),
                    !LostRunLong.applies(req, runs) ? fewer.lng() : LostRunLong.longRun(c, fewer.lng(), hold, plannedLong, fewer.volume(), ran.size()), withTrial, sizeStep, strides, raceWeek,
                    phase == Phase.PEAK, min -> walkBreaks.run(week, min, firstReentryWeek, ordinary), fewer.protectedLong(),
                    longest, hold));
        }
        if (beforeTaper && racePaceOk && WorkoutProgression.sharpens(c.distance()) && !withTrial.isEmpty()
                && ss.stream().noneMatch(x -> WorkoutProgression.raceSpecific(x.type()))) {
            // The last week before the taper sharpens for the race (coach review p33): intervals too big for a small
            // week, or hills before any threshold work, give way to race-pace work.
            final List<LocalDate> days = ss.stream().filter(x -> x.type().isRun()).map(Session::date).toList();
            final Size now = size(days.size(), k, rel, taper, ramp, cutback, beforeTaper, raceWeek, 0);
            ss = composer.compose(new WeekComposer.Week(days, now.volume(), now.lng(), WorkoutProgression.sharpening(withTrial),
                    step, strides, raceWeek, phase == Phase.PEAK, min -> walkBreaks.run(week, min, firstReentryWeek, ordinary),
                    now.protectedLong(), longest, hold));
        }
        if (!raceWeek && varied && variety.repeats(ss)) { // (off: the plain plan MinimumDoseSafetyTest compares)
            ss = new ArrayList<>(variety.vary(ss, composer, sessions, cutback)); // Never three identical workouts in a row.
        }
        sessions.cutback(false);
        variety.record(ss);
        if (raceWeek) {
            taperWorkout.capRaceWeek(ss, sessions);
        } else if (taper.isPresent()) {
            taperWorkout.note(ss);
        }
        calendar.addCrossTraining(ss, ws, raceWeek);
        ability.record(ss);
        if (raceWeek) {
            ss.add(sessions.race(walkBreaks.race(step, firstRunnerWeek, c25k)));
        }
        ss.sort((a, b) -> a.date().compareTo(b.date()));
        previousLong = 0;
        for (Session s : ss) {
            if (s.type() == SessionType.LONG) {
                previousLong = s.load().totalM();
                planLongest = Math.max(planLongest, s.load().totalM());
                longest = Math.max(longest, s.load().totalM());
                if (!cutback) {
                    // A long run that gave way to the other runs' 20 minutes (coach review D7b) is not the plan's
                    // long run going down: the next weeks (a cutback's 80%, the taper) measure from the one before.
                    final boolean gaveWay = weekDays.size() <= RunCount.LEAST_RUNS && s.load().totalM() < lng - 500;
                    lastLong = gaveWay ? Math.max(lastLong, s.load().totalM()) : s.load().totalM();
                }
            }
        }
        if (!cutback && taper.isEmpty()) {
            step++;
        }
        previousOrdinary = !cutback && taper.isEmpty() && ramp.isEmpty()
                ? ss.stream().filter(x -> x.type() != SessionType.RACE).mapToDouble(x -> x.load().totalM()).sum() : Double.NaN;
        foundation |= ss.stream().anyMatch(x -> x.type() == SessionType.TEMPO || x.type() == SessionType.HILLS
                || x.type() == SessionType.TIME_TRIAL);
        // A lighter week is not a peak: a cutback falling in the peak weeks is named the build's last rest week.
        return new PlanWeek(k, ws, cutback && phase == Phase.PEAK ? Phase.BUILD : phase, cutback, ss);
    }

    /** A week's volume, its long run and the long run the share cap may not cut. */
    record Size(double volume, double lng, double protectedLong) { }

    /** The week's volume and long run for {@code runs} runs: growth, ramp, taper, cutback and long-run rules. */
    private Size size(final int runs, final int k, final int rel, final Optional<Double> taper, final Optional<Double> ramp,
                      final boolean cutback, final boolean beforeTaper, final boolean raceWeek, final double holdM) {
        final int n = c.dates().weeks();
        // A walker's first week grows 10% in minutes from their week now (coach review 3): at walking pace the low-volume
        // step of half a kilometre a running day would be twice the minutes it is for a runner. A returner regains
        // three quarters of the old volume faster (GrowthRule.returnerCap: 15% a week, 30% over two weeks).
        final int rampWeeks = ReturnerRamp.weeks(fit, req.fitness());
        final double cap = k == 1 && c.walker() && best > 0 ? Math.min(GrowthRule.cap(best, runs), GrowthRule.FACTOR * best)
                : climb.applies() ? climb.cap(best, history.twoWeekCap(), runs)
                : rampWeeks > 0 ? GrowthRule.returnerCap(best, history.twoWeekCap(), oldWeeklyM, runs) : GrowthRule.cap(best, runs);
        // Ordinary weeks grow from a dip before them, not from the best week (whatever workout made the dip).
        final double growCap = Double.isNaN(previousOrdinary) || previousOrdinary >= bestRunning ? cap
                : Math.min(cap, GrowthRule.cap(previousOrdinary, runs));
        double longCap = Math.max(slowHalfM, LongRunRule.cap(req.distance(), req.goal(), c.pv().easy().midSecPerKm()));
        double volume;
        double wantLong;
        if (taper.isPresent()) {
            // Measured on the plan's own peak, the week before the race on the weeks just before it.
            final double peak = history.peak(best);
            volume = Math.min(cap, taper.get() * (raceWeek ? peak : history.recent(best)));
            wantLong = raceWeek ? 0 : Math.min(lastLong, taper.get() < 0.9 ? 0.75 * longest : lastLong);
        } else if (ramp.isPresent()) {
            // The ramp's weeks are its shares of the old volume (coach review 4 p18): growth resumes after them.
            // Never under two runs of 15 minutes (RunsKept: no run under 15 minutes, two runs the fewest a week keeps).
            volume = Math.max(ReturnerRamp.aboutShare(ramp.get() * oldWeeklyM, c), RunCount.FEWEST_RUNS * RunCount.floorM(c));
            wantLong = Math.min(LongRunRule.next(longest), Math.max(ramp.get() * oldLongestM, 1.25 * volume / runs));
        } else if (cutback) {
            // 20–30% lighter than the weeks around it.
            volume = Math.min(0.75 * best, 0.8 * history.recent(best));
            wantLong = 0.8 * lastLong;
        } else {
            // A returner rebuilds toward what they ran before the break, at the same safe rate.
            final double base = rebuilding() ? Math.max(oldWeeklyM, fit.currentWeeklyM()) : fit.currentWeeklyM();
            // Climbing back, the established runner's floor (90% of the week now) waits until they are back.
            volume = Math.max(climb.climbing(best) ? 0 : VolumeTarget.floor(fit, runs), Math.min(growCap, aim(k, n, base)));
            final double next = LongRunRule.next(longest);
            final double goal = req.hasRace() ? LongRunRule.goal(c.distance(), req.goal()) : 0;
            // At least a quarter longer than an average run, so it stays the long run of a big week.
            final double share = LongRunRule.share(runs);
            // An established runner's long run keeps its share of the week as the build climbs (up to the distance's
            // cap): easy runs stay at three quarters of it, so a long run held at the goal holds the week down too.
            final double byShare = VolumeTarget.established(fit) && runs >= 5 ? share * volume : 0;
            wantLong = Math.min(next, Math.max(Math.max(goal, lastLong), Math.max(byShare, 1.25 * volume / runs)));
            // An established 5K runner keeps a longer long run in a week big enough for it (coach review n09).
            longCap = BigWeekLongRun.cap(longCap, req, fit, c.pv().easy().midSecPerKm(), volume, runs);
            wantLong = Math.min(wantLong, longCap);
            if (!req.hasRace()) {
                // Regular running: the long run grows only within its share of the week (coach review p22).
                wantLong = Math.min(next, Math.max(lastLong, Math.max(share * volume, 1.25 * volume / runs)));
            } else if (holds) {
                // A race 3–5 weeks away: at most one step past the runner's longest run now (coach review n16).
                wantLong = Math.min(wantLong, LongRunRule.next(fit.longestRunM()));
            }
            if (wantLong > share * volume && req.hasRace()) {
                // The share cap gives way to the distance's needs by raising the week, as far as growth allows, only
                // as far as the distance's minimum long run needs (LongRunRule.weekFor; coach review: peak volume).
                // An established runner's week 1 stays near the current week (at most 10% over): the build climbs.
                final double firstWeekCap = rel == 1 && VolumeTarget.established(fit) && req.hasRace()
                        ? Math.max(volume, GrowthRule.FACTOR * fit.currentWeeklyM()) : Double.MAX_VALUE;
                volume = Math.max(volume, Math.min(Math.min(growCap, firstWeekCap),
                        LongRunRule.weekFor(wantLong, Math.max(slowHalfM, LongRunRule.usualMinimum(c.distance(), req.goal())), runs, LongRunRule.habitShare(fit, req.distance(), req.goal()))));
            }
            if (holdM > volume && holdM <= growCap + 1) {
                // Runs of 20 minutes (coach review D7b): raised only as far as the growth rule allows, all or nothing.
                volume = holdM;
            }
        }
        if (beforeTaper && taper.isEmpty() && ramp.isEmpty()) {
            volume = Math.max(volume, Math.min(growCap, best));
        }
        final double protectedLong = LongRunRule.protectedInWeek(req, fit, c.distance(), !cutback && taper.isEmpty(), volume, cap);
        final double lng = raceWeek ? 0 : Math.min(longCap, Math.min(LongRunRule.next(longest),
                LongRunRule.allowed(wantLong, volume, runs, protectedLong)));
        return new Size(volume, lng, protectedLong);
    }

    /**
     * What an ordinary week aims at (coach review D5): the build's target, reached step by step. An established runner
     * (no ramp) starts at the current week and climbs evenly to the target by the second-last week before the taper,
     * so week 1 is not the plan's biggest week and the peak falls in the last build weeks; everyone else aims at the
     * target from the start (the growth rule sets their pace).
     */
    private double aim(final int k, final int n, final double base) {
        final double current = fit.currentWeeklyM();
        final double target = VolumeTarget.aimFor(req, fit, holds && !rebuilding(),
                VolumeTarget.peak(req, base, c.pv().easy().midSecPerKm(), runs));
        if (!VolumeTarget.established(fit) || rebuilding() || target <= current) {
            return target;
        }
        // The taper is the last two weeks: the build peaks over the two weeks before it (with no race, the last week).
        final int span = req.hasRace() ? n - 3 - firstRunnerWeek : n - firstRunnerWeek;
        if (span <= 0) {
            return target;
        }
        final double progress = Math.min(1, Math.max(0, (k - firstRunnerWeek) / (double) span));
        return current + (target - current) * progress;
    }

    /** Whether the runner rebuilds toward an old week: a returner's ramp after 28+ days off, or a re-plan climbing back. */
    private boolean rebuilding() {
        return ReturnerRamp.weeks(req.fitness().daysOff()) > 0 || climb.applies();
    }
}
