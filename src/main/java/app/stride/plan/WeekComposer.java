package app.stride.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.function.Predicate;

/**
 * Turns a week's volume and long run into sessions: the long run on its day and always the longest run of the week,
 * workouts on the workout days, strides after one easy run, a short shake-out the day before a race, the rest easy
 * runs rounded down to half kilometres (never under 1.5 km: a small week gets fewer runs, not tiny ones). In a week of
 * three runs or fewer the long run gives way so every run lasts 20 minutes ({@link RunCount}).
 */
final class WeekComposer {

    /** Easy runs stay at most this share of the week's long run. */
    static final double EASY_SHARE_OF_LONG = 0.75;
    /** The run the day before the long run: at most this share of a normal easy run. */
    static final double PRE_LONG_SHARE = 0.6;
    /** The shake-out the day before a race: minutes at easy pace, and never longer than {@link #SHAKE_OUT_MAX_M}. */
    static final double SHAKE_OUT_MIN = 20;
    static final double SHAKE_OUT_MAX_M = 3000;
    /** The recovery run the day after the long run: at most these minutes at easy pace (and 60% of an easy run). */
    static final double RECOVERY_MAX_MIN = 40;

    private final PlanContext c;
    private final Sessions sessions;
    private final DayOfWeek longDay;
    private final List<DayOfWeek> qualityDays;
    private final int runs;
    private final EasyRunLimits limits;
    private final WarmUpLength warmUps;
    private final WeekSeam seam;
    private final DosedWeek dosed;

    WeekComposer(final PlanContext c, final Sessions sessions, final DayOfWeek longDay, final List<DayOfWeek> qualityDays,
                 final int runs, final MinimumDose.Use dose) {
        this.c = c;
        this.sessions = sessions;
        this.longDay = longDay;
        this.qualityDays = qualityDays;
        this.runs = runs;
        this.limits = new EasyRunLimits(c);
        this.warmUps = new WarmUpLength(c, sessions);
        this.seam = new WeekSeam(c, longDay, qualityDays);
        this.dosed = new DosedWeek(sessions, dose, seam);
    }

    /** The choice of raised or plain weeks made so far ({@link DosedWeek}). */
    DosedWeek dosed() {
        return dosed;
    }

    /** The weekday of the long run. */
    DayOfWeek longDay() {
        return longDay;
    }

    /** The weekdays a workout may fall on, in the order they are filled. */
    List<DayOfWeek> qualityDays() {
        return qualityDays;
    }

    /** The shake-out the day before a race: {@value #SHAKE_OUT_MIN} minutes at easy pace, 3 km at most. */
    static double shakeM(final PlanContext c) {
        return Math.min(SHAKE_OUT_MAX_M, c.easyM(SHAKE_OUT_MIN));
    }

    /** What one week asks for. */
    record Week(List<LocalDate> days, double volumeM, double longM, List<SessionType> workouts, int step,
                int strides, boolean raceWeek, boolean peakForm, IntFunction<Optional<RunWalk>> walkBreaks,
                double protectedLongM, double longestSoFarM, double holdLongM) {

        /** A week whose long run may give way down to an equal split ({@code holdLongM} 0). */
        Week(List<LocalDate> days, double volumeM, double longM, List<SessionType> workouts, int step, int strides,
             boolean raceWeek, boolean peakForm, IntFunction<Optional<RunWalk>> walkBreaks, double protectedLongM,
             double longestSoFarM) {
            this(days, volumeM, longM, workouts, step, strides, raceWeek, peakForm, walkBreaks, protectedLongM, longestSoFarM, 0);
        }
    }

    /**
     * The week's sessions. Its workouts are raised to their minimum dose ({@link MinimumDose}) only where that costs the
     * week nothing a runner needs ({@link DosedWeek}: the raised week is kept when its long run is as long as without
     * the raise and still the longest run of the week, and its volume no bigger). Otherwise the week keeps Daniels'
     * smaller sessions; its long run and easy runs are still checked against the dose-widened limits
     * ({@link Sessions#withinLimits}), as the plan's rules check them.
     */
    List<Session> compose(final Week w) {
        last = w;
        return dosed.choose(w, () -> composeOnce(w));
    }

    /** The week last composed: composed again in another form when it repeats the weeks before (WorkoutVariety). */
    private Week last;

    Week last() {
        return last;
    }

    /** The week composed with its workouts raised to their minimum dose, kept or not ({@link WorkoutVariety}). */
    List<Session> raised(final Week w) {
        return composeOnce(w);
    }

    private List<Session> composeOnce(final Week w) {
        final LocalDate race = c.dates().race().orElse(LocalDate.MAX);
        final Map<LocalDate, SessionType> role = new TreeMap<>();
        int q = 0;
        // Besides the long run at least one easy run; up to four runs one workout, from five two: volume lives in easy running.
        final int runDays = w.days().size();
        final int maxQuality = w.raceWeek() ? Math.max(0, runDays - 1) : runDays <= 4 ? Math.max(0, Math.min(1, runDays - 2)) : 2;
        for (LocalDate d : w.days()) {
            if (w.raceWeek() && d.equals(race.minusDays(1))) {
                role.put(d, SessionType.RECOVERY);
            } else if (!w.raceWeek() && d.getDayOfWeek() == longDay && w.longM() > 0) {
                role.put(d, SessionType.LONG);
            } else if (qualityDays.contains(d.getDayOfWeek()) && q < Math.min(w.workouts().size(), maxQuality)
                    && d.isBefore(race.minusDays(2))) {
                role.put(d, w.workouts().get(q++));
            } else {
                role.put(d, SessionType.EASY);
            }
        }
        final Map<LocalDate, Session> work = new TreeMap<>();
        for (Map.Entry<LocalDate, SessionType> e : role.entrySet()) {
            if (e.getValue().isQuality()) {
                Optional<Session> s = sessions.workout(e.getKey(), e.getValue(), w.volumeM(), w.step(), w.peakForm());
                for (SessionType other : w.workouts()) {
                    // Too big for a small week (tempo under Daniels' 10% of 12 km): the week's next kind (p30).
                    s = s.isPresent() || role.containsValue(other) || !ShortWorkout.applies(c, w) ? s : sessions.workout(e.getKey(), other, w.volumeM(), w.step(), w.peakForm());
                }
                if (s.isPresent()) {
                    e.setValue(s.get().type());
                    work.put(e.getKey(), s.get());
                } else {
                    e.setValue(SessionType.EASY);
                }
            }
        }
        final double shake = role.containsValue(SessionType.RECOVERY) ? shakeM(c) : 0;
        double lng = role.containsValue(SessionType.LONG) ? w.longM() : 0;
        final List<LocalDate> easyDays = new ArrayList<>(role.entrySet().stream()
                .filter(e -> e.getValue() == SessionType.EASY).map(Map.Entry::getKey).toList());
        double qSum = work.values().stream().mapToDouble(s -> s.load().totalM()).sum();
        final double minRun = limits.minRun();
        double easy = EasyRunLimits.evenShare(w, easyDays, qSum, shake, lng);
        if (limits.givesWay(w, runDays) && lng > 0 && lng < minRun) {
            // The long run is a run too: 20 minutes at least, as far as the week holds them all (equal split).
            lng = Math.max(lng, Math.min(Math.min(minRun, (w.volumeM() - qSum - shake) / (easyDays.size() + 1)),
                    w.longestSoFarM() > 0 ? LongRunRule.next(w.longestSoFarM()) : minRun));
        }
        if (limits.givesWay(w, runDays) && easy < minRun) {
            // Few runs (coach review D7b): the long run gives way so the other runs get their 20 minutes.
            // Not below the long run the week holds (the plan's longest so far, coach review: long run giving way): the
            // easy days that would fall short go below instead (a run fewer, never under two: a two-run week gives way).
            lng = RunCount.longGivingWay(lng, w.volumeM() - qSum - shake, easyDays.size(), minRun,
                    runDays <= RunCount.FEWEST_RUNS ? 0 : w.holdLongM());
            easy = EasyRunLimits.evenShare(w, easyDays, qSum, shake, lng);
        }
        if (limits.givesWay(w, runDays) && !work.isEmpty() && !easyDays.isEmpty() && easy < minRun - 1 && ShortWorkout.applies(c, w)) {
            // A small week keeps its run before its workout keeps a long warm-up (ShortWorkout, coach review p30).
            qSum = ShortWorkout.fit(sessions, work, w, w.volumeM() - shake - lng - easyDays.size() * minRun);
            easy = EasyRunLimits.evenShare(w, easyDays, qSum, shake, lng);
        }
        // Too small a week for its runs: first drop a workout, then a run (the latest easy day).
        while (!easyDays.isEmpty() && easy < Sessions.MIN_RUN_M
                && !(RunCount.applies(c) && !w.raceWeek() && work.isEmpty() && role.size() <= RunCount.FEWEST_RUNS)) {
            // (Two runs are the fewest a week keeps, coach review D7b: a tiny week keeps two short runs, not one.)
            if (!work.isEmpty()) {
                final LocalDate last = ((TreeMap<LocalDate, Session>) work).lastKey();
                qSum -= work.remove(last).load().totalM();
                role.put(last, SessionType.EASY);
                easyDays.add(last);
            } else {
                role.remove(easyDays.remove(easyDays.size() - 1));
            }
            easy = EasyRunLimits.evenShare(w, easyDays, qSum, shake, lng);
        }
        // Rounding can leave a runner's easy runs under the shortest worth going out for after RunCount chose the days:
        // the lowest-value easy day goes (RunCount's order), the workout stays. In race week an easy day too short for
        // 20 minutes goes (the shake-out and the race stay): the taper's volume is not raised to hold it.
        while (RunCount.applies(c) && limits.floor() > Sessions.MIN_RUN_M && !easyDays.isEmpty()
                && (w.raceWeek() || role.size() > RunCount.FEWEST_RUNS)
                && limits.easy(w, easyDays, qSum, shake, lng) < limits.floor() - 1) {
            final List<LocalDate> kept = RunCount.keep(easyDays, easyDays.size() - 1, longDay, List.of(), lng > 0);
            final LocalDate gone = easyDays.stream().filter(d -> !kept.contains(d)).findFirst().orElseThrow();
            easyDays.remove(gone);
            role.remove(gone);
        }
        easy = limits.easy(w, easyDays, qSum, shake, lng);
        final List<Session> out = new ArrayList<>();
        boolean stridesPlaced = w.strides() == 0;
        int n = 0;
        for (Map.Entry<LocalDate, SessionType> e : role.entrySet()) {
            final LocalDate d = e.getKey();
            final SessionType t = e.getValue();
            n++;
            if (work.containsKey(d)) {
                out.add(work.get(d));
            } else if (t == SessionType.LONG) {
                out.add(sessions.run(d, SessionType.LONG, half(lng), 0, w.walkBreaks().apply(minutes(lng))));
            } else if (t == SessionType.RECOVERY) {
                out.add(sessions.run(d, SessionType.RECOVERY, half(shake), 0, w.walkBreaks().apply(minutes(shake))));
            } else {
                final boolean afterLong = d.getDayOfWeek() == longDay.plus(1);
                final Optional<RunWalk> rw = w.walkBreaks().apply(minutes(easy));
                if (beforeLong(d, w) && role.containsValue(SessionType.LONG)) {
                    // Shortened, but not under the shortest run worth going out for (never over a normal easy run).
                    final double pre = Math.max(Math.min(minRun, half(easy)), Math.max(Sessions.MIN_RUN_M, half(PRE_LONG_SHARE * easy)));
                    final double old = Math.max(Sessions.MIN_RUN_M, half(PRE_LONG_SHARE * easy));
                    out.add(sessions.run(d, SessionType.EASY, pre, 0,
                            w.walkBreaks().apply(minutes(pre > old ? pre : PRE_LONG_SHARE * easy))));
                } else if (afterLong && runs >= 4 && rw.isEmpty()) {
                    out.add(sessions.run(d, SessionType.RECOVERY, Math.max(Math.min(minRun, half(easy)), half(Math.min(easy * 0.6,
                            c.easyM(RECOVERY_MAX_MIN)))), 0, rw));
                } else if (!stridesPlaced && !(afterLong && runs >= 4) && (rw.isEmpty() || c.walker())) {
                    // A walker-runner's strides follow a run with walk breaks: their one gentle quick effort.
                    out.add(sessions.run(d, SessionType.STRIDES, half(easy), w.strides(), rw));
                    stridesPlaced = true;
                } else {
                    out.add(sessions.run(d, SessionType.EASY, half(easy), 0, rw));
                }
            }
        }
        // The easy day between two hard days is an easy run of at most 70 minutes (coach review p14), its strides on
        // another easy day; balance moves the rest elsewhere.
        RecoveryBetween.shorten(out, sandwichCap(), elsewhere(w), this::resized);
        RecoveryBetween.moveStrides(out, elsewhere(w), sessions);
        settle(out, w, 3);
        if (total(out) < w.volumeM() - c.chunkM() && out.stream().anyMatch(x -> x.type().isQuality())) {
            // What fitting took off goes back into easy running (and warm-ups), never into the workouts.
            settle(out, w, 4);
        }
        // The long run is the week's longest run (coach review 5, p03): an easy run as long or longer trades with it.
        LongestOfWeek.make(out, c.chunkM(), limits.floor(), w.longM(), (s, m) -> rerun(s, m, w.walkBreaks().apply(minutes(m))),
                sessions::withinLimits);
        if (c.walker() || ContinuousAbility.bridges(c.req().fitness())) {
            // Walk breaks follow each run's final length (coach review 3; a returner on the bridge too, p10): a run
            // rounded down to within what they can run non-stop is continuous, one balanced up past it walks.
            for (int i = 0; i < out.size(); i++) {
                final Session s = out.get(i);
                if (s.type().isRun() && !s.type().isQuality() && s.type() != SessionType.RACE) {
                    final Optional<RunWalk> rw = w.walkBreaks().apply(minutes(s.load().totalM()));
                    if (!rw.equals(s.runWalk())) {
                        out.set(i, rerun(s, s.load().totalM(), rw));
                    }
                }
            }
        }
        return out;
    }

    /** The day before the long run: a short run (at most 60% of a normal easy run) so the long run starts fresh. */
    private boolean beforeLong(final LocalDate d, final Week w) {
        // On two days (sat,sun) the day before is the week's only other run: not shortened (coach review D7b, p21).
        return !w.raceWeek() && w.longM() > 0 && d.getDayOfWeek() == longDay.minus(1) && w.days().size() > RunCount.FEWEST_RUNS;
    }

    /** The longest an easy run between two hard days may be: {@value RecoveryBetween#MAX_MIN} minutes, rounded down. */
    private double sandwichCap() {
        return half(c.easyM(RecoveryBetween.MAX_MIN));
    }

    /** Whether a day outside this week is a hard day ({@link WeekSeam}). */
    private Predicate<LocalDate> elsewhere(final Week w) {
        return seam.hardOutside(w.days());
    }

    /**
     * Rounding runs to half kilometres (or five minutes) leaves the week off its volume: take a chunk off the biggest
     * easy run while the week is over, add one to the smallest (staying under the long run) or to the long run (up to
     * what the long-run rule allows) while a chunk still fits.
     */
    private void balance(final List<Session> out, final Week w) {
        final double chunk = c.chunkM();
        for (int guard = 0; guard < 40 && total(out) > w.volumeM() + 1; guard++) {
            int big = -1;
            for (int i = 0; i < out.size(); i++) {
                if (RecoveryBetween.easyKind(out.get(i).type()) && (big < 0 || out.get(i).load().totalM() > out.get(big).load().totalM())) {
                    big = i;
                }
            }
            if (big < 0 || out.get(big).load().totalM() - chunk < limits.shortest(w)) {
                return;
            }
            out.set(big, resized(out.get(big), -chunk));
        }
        for (int guard = 0; guard < 40; guard++) {
            final double longM = PlanWeek.longRunM(out);
            int small = -1;
            for (int i = 0; i < out.size(); i++) {
                final Session s = out.get(i);
                if (RecoveryBetween.easyKind(s.type()) && s.type() != SessionType.RECOVERY && !w.raceWeek() && !beforeLong(s.date(), w)
                        && (longM == 0 || s.load().totalM() + chunk <= limits.easyCap(longM, w) + 1)
                        && RecoveryBetween.roomFor(out, s, chunk, sandwichCap(), elsewhere(w))
                        && (small < 0 || s.load().totalM() < out.get(small).load().totalM())) {
                    small = i;
                }
            }
            int target = small;
            if (target < 0 && longM > 0 && !w.raceWeek()) {
                // No normal easy run has room (a week of two workouts has none): the shortened runs around the long
                // run take it, as far as their own rules let them (the day before at 60% of a normal easy run, the
                // recovery run at 60% and 40 minutes), before the week gives it up.
                final double normal = RecoveryBetween.normalEasyM(out, x -> beforeLong(x.date(), w), limits.easyCap(longM, w),
                        elsewhere(w));
                // The recovery run's 40 minutes give way (to 60% of an easy run) to what a run between two hard days
                // gave up (coach review p14): the week keeps its volume rather than a third long day.
                final double recoveryMax = RecoveryBetween.full(out, sandwichCap(), elsewhere(w)) ? PRE_LONG_SHARE * normal
                        : Math.min(PRE_LONG_SHARE * normal, c.easyM(RECOVERY_MAX_MIN));
                for (int i = 0; i < out.size(); i++) {
                    final Session s = out.get(i);
                    final double max = s.type() == SessionType.RECOVERY ? recoveryMax
                            : RecoveryBetween.easyKind(s.type()) && beforeLong(s.date(), w) ? PRE_LONG_SHARE * normal : 0;
                    if (s.runWalk().isEmpty() && s.load().totalM() + chunk <= max + 1
                            && (target < 0 || s.load().totalM() < out.get(target).load().totalM())) {
                        target = i;
                    }
                }
            }
            if (target < 0) {
                for (int i = 0; i < out.size(); i++) {
                    if (out.get(i).type() == SessionType.LONG && out.get(i).load().totalM() + chunk <= w.longM() + 1) {
                        target = i;
                    }
                }
            }
            if (target < 0) {
                return;
            }
            final Session grown = resized(out.get(target), chunk);
            if (total(out) - out.get(target).load().totalM() + grown.load().totalM() > w.volumeM() + 1
                    || grown.load().totalM() <= out.get(target).load().totalM()) {
                return;
            }
            out.set(target, grown);
        }
    }

    /** Easy runs, workouts fitted and long runs capped, in rounds: each can shrink the week the other measures against. */
    private void settle(final List<Session> out, final Week w, final int rounds) {
        balance(out, w);
        warmUps.lengthen(out, w);
        for (int round = 0; round < rounds; round++) {
            WorkoutFit.fit(sessions, out, w);
            capLongRun(out, w);
        }
    }

    private Session resized(final Session s, final double by) {
        return rerun(s, s.load().totalM() + by, s.runWalk());
    }

    /** The same easy run (its strides kept) at {@code metres}, with {@code rw}'s walk breaks. */
    private Session rerun(final Session s, final double metres, final Optional<RunWalk> rw) {
        return sessions.run(s.date(), s.type() == SessionType.RUN_WALK ? SessionType.EASY : s.type(), metres,
                Sessions.strides(s), rw);
    }

    /** Rounding the other runs down can leave the long run over its share: trim it to the share of what is left. */
    private void capLongRun(final List<Session> out, final Week w) {
        for (int i = 0; i < out.size(); i++) {
            final Session s = out.get(i);
            if (s.type() != SessionType.LONG) {
                continue;
            }
            final int n = (int) out.stream().filter(x -> x.type().isRun() && x.type() != SessionType.RACE).count();
            if (n <= 1) {
                // A week of one run has no long run.
                out.set(i, sessions.run(s.date(), SessionType.EASY, s.load().totalM(), 0, s.runWalk()));
                continue;
            }
            final double share = LongRunRule.share(n);
            final double others = LongRunRule.shareBase(out, s) - s.load().totalM();
            // The protected long run on the week as it came out: one run before the break takes at most half of it,
            // one up to the distance's minimum the runner's share now (LongRunRule.protectedBeside).
            final double kept = c.req().distance().isEmpty() ? w.protectedLongM() : Math.min(w.protectedLongM(),
                    LongRunRule.protectedBeside(c.fit(), c.req().fitness().longestRunM().orElse(0.0),
                            LongRunRule.usualMinimum(c.distance(), c.req().goal()), others,
                            LongRunRule.habitShare(c.fit(), c.req().distance(), c.req().goal())));
            final double max = Math.max(Math.max(share * others / (1 - share), kept), LongRunRule.middleKept(out, s,
                    c.req().hasRace() ? LongRunRule.usualMinimum(c.distance(), c.req().goal()) : 0));
            if (s.load().totalM() > max + 1) {
                final double m = half(max);
                final boolean longest = out.stream().noneMatch(x -> x != s && x.type().isRun() && x.load().totalM() > m);
                out.set(i, longest ? sessions.run(s.date(), SessionType.LONG, m, 0, s.runWalk()) : sessions.easyInstead(s));
            }
        }
        // A workout that became an easy run keeps its length: never longer than the long run.
        final double longM = PlanWeek.longRunM(out);
        for (int i = 0; i < out.size() && longM > 0; i++) {
            final Session s = out.get(i);
            if (RecoveryBetween.easyKind(s.type()) && s.load().totalM() > limits.easyLimit(longM, w) + 1) {
                out.set(i, resized(s, half(limits.easyLimit(longM, w)) - s.load().totalM()));
            }
        }
    }

    static double total(final List<Session> sessions) {
        return sessions.stream().filter(s -> s.type() != SessionType.RACE).mapToDouble(s -> s.load().totalM()).sum();
    }

    private int minutes(final double metres) {
        return (int) Math.round(metres / 1000 * c.pv().easy().midSecPerKm() / 60);
    }

    /**
     * A run's length rounded down: to half a kilometre, or for runs by time (effort mode) to whole five minutes at easy
     * pace, so a 20-minute run is not rounded to 2.5 km and then to 15 minutes (coach review D7b, p03).
     */
    private double half(final double m) {
        if (c.effortMode() && RunCount.applies(c) && m >= RunCount.fifteenM(c) - 2) {
            // (Shorter runs, a week too small for two 20-minute runs, round as before: half kilometres, then minutes.)
            final double chunk = c.chunkM();
            // A metre's tolerance: the 20-minute floor is checked to the metre (RunCount.minRunM - 1).
            return Math.floor((m + 2) / chunk + 1e-6) * chunk;
        }
        return Math.floor(m / 500 + 1e-9) * 500;
    }
}
