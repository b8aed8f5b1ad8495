package app.stride.plan;

import app.stride.plan.Step.Kind;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds the sessions of a plan: easy and long runs, workouts sized to Daniels' limits, cross-training, the race. */
final class Sessions {

    static final double MIN_RUN_M = 1500;
    static final Duration WARM = Duration.ofMinutes(10);
    /** The longest warm-up (and cool-down) of a workout: 15 minutes, and no more than 3 km at easy pace. */
    static final int MAX_WARM_MIN = 15;
    static final double MAX_WARM_M = 3000;
    static final double MILE_M = 1609.344;

    private final PlanContext c;
    /** Whether this generation uses the minimum dose at all (the generator's option, {@link MinimumDose.Use}). */
    private final boolean dosed;

    /** Whether workouts are raised to their minimum dose while composing (off for the plain composition). */
    private boolean raise;
    /** Whether, since {@link #raise} last turned it off, a choice would have gone otherwise with the raise on. */
    private boolean raiseMattered;

    /**
     * Raising to the minimum dose on or off while a week is composed both ways ({@link WeekComposer#compose}); turning
     * it off starts noting whether the raise would change anything ({@link #raiseMattered}).
     */
    void raise(final boolean on) {
        raise = on && dosed;
        raiseMattered = raiseMattered && on;
    }

    /**
     * Whether, in the composition since the raise was turned off, some workout was under its minimum, fell to easy
     * running where the raise gives hills, or missed a limit the dose widens: only then can the raised composition of
     * the same week differ (every other choice is the same with the raise on).
     */
    boolean raiseMattered() {
        return raiseMattered;
    }

    /** Whether workouts take their other form, for a week that would repeat the two before ({@link WorkoutVariety}). */
    private boolean other;

    void otherForm(final boolean on) {
        other = on;
    }

    /** Whether the week under way is a cutback: no hills there, the lighter strides instead (coach round 6, defect 5). */
    private boolean cutback;

    void cutback(final boolean on) {
        cutback = on;
    }

    /** Whether a workout fits the limits for the composition under way: Daniels' shares alone when not raising. */
    boolean fits(final Session.Load l, final double weekM) {
        if (DanielsLimits.withinShares(l, weekM)) {
            return true;
        }
        if (!DanielsLimits.fit(l, weekM, dosed)) {
            return false;
        }
        raiseMattered |= !raise;
        return raise;
    }

    /** Whether a workout of {@code type} on {@code date} is raised now (noting, when not, that the raise would). */
    private boolean raises(final LocalDate date, final SessionType type) {
        if (!dosed || !MinimumDose.raises(c, date, type)) {
            return false;
        }
        raiseMattered |= !raise;
        return raise;
    }

    /** A session builder using the minimum dose. */
    Sessions(final PlanContext c) {
        this(c, true);
    }

    /** A session builder using the minimum dose or not ({@code dosed}). */
    Sessions(final PlanContext c, final boolean dosed) {
        this.c = c;
        this.dosed = dosed;
        this.raise = dosed;
    }

    private Optional<PaceRange> shown(final PaceRange p) {
        return c.effortMode() ? Optional.empty() : Optional.of(p);
    }

    private static Optional<SessionEffort> effort(final SessionEffort e) {
        return Optional.of(e);
    }

    /** How many strides an easy run ends with: the last repeat (a walker-runner's run/walk cycles come first), else 0. */
    static int strides(final Session s) {
        return s.type() != SessionType.STRIDES ? 0 : s.steps().stream().filter(x -> x.kind() == Kind.REPEAT)
                .mapToInt(Step::times).reduce((a, b) -> b).orElse(0);
    }

    /** An easy-type run of about {@code metres}; walk breaks when {@code walkBreaks} is given. */
    Session run(final LocalDate date, final SessionType type, final double metresIn, final int strides,
                final Optional<RunWalk> walkBreaks) {
        // The week's own easy pace: a returner's moves along the regain curve (WeekPaces).
        final PaceRange pace = c.pv(date).easy();
        final Optional<RunWalk> rw = walkBreaks;
        double metres;
        Duration time;
        if (c.effortMode()) {
            // Without paces the runner goes by time, in whole five minutes; the rules count time at easy pace.
            final long min = Math.max(10, (long) Math.floor(metresIn / 1000 * pace.midSecPerKm() / 300 + 1e-6) * 5);
            time = Duration.ofMinutes(min);
            metres = min * 60 / pace.midSecPerKm() * 1000;
        } else {
            metres = Math.max(MIN_RUN_M, metresIn);
            double secPerKm = pace.midSecPerKm();
            if (rw.isPresent()) {
                final double share = rw.get().runShare();
                secPerKm = 1000 / (share * 1000 / pace.midSecPerKm() + (1 - share) * 1000 / CouchToFiveK.WALK_SEC_PER_KM);
            }
            time = Duration.ofSeconds(Math.round(metres / 1000 * secPerKm));
        }
        final Optional<SessionEffort> eff = effort(type == SessionType.RECOVERY ? SessionEffort.RECOVERY : SessionEffort.EASY);
        final List<Step> steps = new ArrayList<>();
        if (rw.isPresent()) {
            final int cycle = rw.get().runSec() + rw.get().walkSec();
            steps.add(Step.repeat((int) Math.max(1, time.toSeconds() / cycle), List.of(
                    Step.timed(Kind.RUN, Duration.ofSeconds(rw.get().runSec()), shown(pace), eff),
                    Step.timed(Kind.WALK, Duration.ofSeconds(rw.get().walkSec()), Optional.empty(), effort(SessionEffort.WALK)))));
            if (strides > 0) {
                steps.add(strideSteps(strides));
            }
        } else {
            steps.add(c.effortMode() ? Step.timed(Kind.RUN, time, Optional.empty(), eff) : Step.distance(Kind.RUN, metres, shown(pace), eff));
            if (strides > 0) {
                steps.add(strideSteps(strides));
            }
        }
        final SessionBrief desc;
        if (rw.isPresent()) {
            desc = strides > 0 ? SessionBrief.of("runWalkStrides", rw.get(), strides)
                    : SessionBrief.of(type == SessionType.LONG ? "longRunWalk" : "easyRunWalk", rw.get());
        } else {
            desc = switch (type) {
                case LONG -> SessionBrief.of("long");
                case RECOVERY -> SessionBrief.of("recovery");
                case STRIDES -> strides > 0 ? SessionBrief.of("strides", strides) : SessionBrief.of("easy");
                default -> SessionBrief.of("easy");
            };
        }
        final SessionType shownType = rw.isPresent() && type != SessionType.LONG && !(type == SessionType.STRIDES && strides > 0)
                ? SessionType.RUN_WALK
                : type == SessionType.STRIDES && strides == 0 ? SessionType.EASY : type;
        return new Session(date, shownType, Optional.of(metres), Optional.of(time), rw.isPresent() && c.effortMode()
                ? Optional.empty() : shown(pace), eff, rw, steps, desc, Session.Load.easy(metres));
    }

    /** Strides of 20 seconds, quick and relaxed, walking a minute between. */
    private static Step strideSteps(final int strides) {
        return Step.repeat(strides, List.of(
                Step.timed(Kind.WORK, Duration.ofSeconds(20), Optional.empty(), effort(SessionEffort.STRIDES)),
                Step.timed(Kind.RECOVERY, Duration.ofSeconds(60), Optional.empty(), effort(SessionEffort.WALK))));
    }

    /** The same day as an easy run of the same length. */
    Session easyInstead(final Session s) {
        return run(s.date(), SessionType.EASY, s.load().totalM(), 0, c.fit().runWalk());
    }

    /**
     * {@code s}, made for a day of the week {@code madeOn} falls in, at the paces of its own week (a returner's move
     * along the regain curve): each training pace of that week becomes the same zone's of {@code s}'s week.
     */
    Session repaced(final Session s, final LocalDate madeOn) {
        return WeekPaces.repaced(s, c.pv(madeOn), c.pv(s.date()));
    }

    /** Optional cross-training on a spare day. */
    static Session crossTraining(final LocalDate d) {
        return new Session(d, SessionType.CROSS_TRAINING, Optional.empty(), Optional.of(Duration.ofMinutes(30)),
                Optional.empty(), effort(SessionEffort.EASY), Optional.empty(),
                List.of(Step.timed(Kind.CROSS, Duration.ofMinutes(30), Optional.empty(), effort(SessionEffort.EASY))),
                SessionBrief.of("crossTraining"), Session.Load.easy(0));
    }

    /**
     * A workout of {@code type} sized by the progression {@code step} and Daniels' limits for a week of {@code weekM}
     * (threshold ≤ 10%, intervals ≤ 8%, repetitions ≤ 5%); empty when the week is too small for one.
     */
    Optional<Session> workout(final LocalDate date, final SessionType type, final double weekM, final int step,
                              final boolean peakForm) {
        return workout(date, type, weekM, step, peakForm, WARM);
    }

    /**
     * The same workout with a longer easy warm-up and cool-down of {@code warm} each: in a big week the workout day
     * carries its share of easy running instead of leaving it to ever longer easy runs.
     */
    Optional<Session> workout(final LocalDate date, final SessionType type, final double weekM, final int step,
                              final boolean peakForm, final Duration warm) {
        if (cutback && type == SessionType.HILLS) {
            return Optional.empty();
        }
        final Optional<Session> s = sized(date, type, weekM, step, peakForm, warm);
        // A week too small for the kind's minimum dose runs hills instead (short, hard, no minimum), never a token
        // session; race week gets its strides (MinimumDose).
        // A race-pace session never turns to hills: it is shortened to what fits (the point of a short plan).
        return s.isPresent() || type == SessionType.RACE_PACE || cutback || !raises(date, type) ? s
                : sized(date, SessionType.HILLS, weekM, step, peakForm, warm);
    }

    private Optional<Session> sized(final LocalDate date, final SessionType type, final double weekM, final int step,
                                    final boolean peakForm, final Duration warm) {
        final TrainingPaces pv = c.pv(date);
        final PaceRange e = pv.easy();
        final List<Step> steps = new ArrayList<>();
        steps.add(Step.timed(Kind.WARM_UP, warm, shown(e), effort(SessionEffort.EASY)));
        double work;
        double rec;
        double thr = 0;
        double intv = 0;
        double rep = 0;
        PaceRange pace;
        SessionEffort effortKey;
        SessionBrief desc;
        switch (type) {
            case TEMPO -> {
                pace = pv.threshold();
                effortKey = SessionEffort.TEMPO;
                // A mile runner's tempo comes in whole miles (cruise repeats of a mile), a kilometre runner's in km.
                final double unitM = c.miles() ? MILE_M : 1000;
                final int wantedUnits = c.miles() ? (int) Math.max(2, Math.round(WorkoutProgression.tempoKm(step) / 1.609344))
                        : WorkoutProgression.tempoKm(step);
                // Sized to the week: a share of Daniels' 10% growing over the build, never under the ladder.
                final int byWeek = (int) Math.floor(WorkoutProgression.share(step) * 0.10 * weekM / unitM + 1e-9);
                int n = (int) Math.min(Math.max(wantedUnits, byWeek), Math.floor(0.10 * weekM / unitM + 1e-9));
                // Never under the minimum dose (15 minutes at pace) the week holds; no token tempo otherwise.
                final int least = MinimumDose.repeats(MinimumDose.metres(type, c.distance(), pace.midSecPerKm()), unitM);
                if (n < least && raises(date, type)) {
                    if (!MinimumDose.weekHolds(least * unitM, weekM)) {
                        return Optional.empty();
                    }
                    n = least;
                }
                if (n < 2) {
                    return Optional.empty();
                }
                work = n * unitM;
                thr = work;
                // A tempo held at its minimum alternates one block and cruise repeats, so peak weeks still vary.
                final boolean held = n == least && n * unitM > 0.10 * weekM + 1e-6;
                if (WorkoutVariety.continuous(n, peakForm && !(held && step % 2 == 1), other)) {
                    steps.add(workStep(work, pace, effort(effortKey)));
                    rec = 0;
                    desc = c.effortMode() ? SessionBrief.of("tempo.effort", repTime(work, pace))
                            : SessionBrief.of("tempo", new Length(work), time(work, pace));
                } else {
                    steps.add(Step.repeat(n, List.of(workStep(unitM, pace, effort(effortKey)),
                            Step.timed(Kind.RECOVERY, Duration.ofMinutes(1), shown(e), effort(SessionEffort.EASY)))));
                    rec = (n - 1) * metresIn(Duration.ofMinutes(1), e);
                    desc = c.effortMode() ? SessionBrief.of("cruise.effort", n, repTime(unitM, pace))
                            : SessionBrief.of("cruise", n, new Length(unitM), time(unitM, pace));
                }
            }
            case HILLS -> {
                pace = pv.interval();
                effortKey = SessionEffort.HILL;
                final double repM = 60 / pace.midSecPerKm() * 1000;
                final int n = WorkoutVariety.hills((int) Math.min(WorkoutProgression.hills(step),
                        Math.floor(0.08 * weekM / repM + 1e-9)), other);
                if (n < 4) {
                    return Optional.empty();
                }
                work = n * repM;
                intv = work;
                final Duration recT = Duration.ofSeconds(90);
                steps.add(Step.repeat(n, List.of(Step.timed(Kind.WORK, Duration.ofSeconds(60), Optional.empty(), effort(effortKey)),
                        Step.timed(Kind.RECOVERY, recT, Optional.empty(), effort(SessionEffort.JOG_DOWN)))));
                desc = SessionBrief.of("hills", n);
                rec = n * metresIn(recT, e);
            }
            case INTERVALS, REPETITIONS, RACE_PACE -> {
                final boolean reps = type == SessionType.REPETITIONS;
                final boolean rp = type == SessionType.RACE_PACE;
                final RaceDistance d = c.distance();
                pace = reps ? pv.repetition() : rp ? c.racePace().orElse(pv.threshold()) : pv.interval();
                final double cap = (reps ? 0.05 : rp && d != RaceDistance.FIVE_K ? 0.10 : 0.08) * weekM;
                final double wanted;
                double repM;
                final int minN;
                if (reps) {
                    wanted = Math.min(Math.min(cap, WorkoutProgression.MAX_REPETITION_M),
                            Math.max(WorkoutProgression.repetitionM(step), WorkoutProgression.share(step) * cap));
                    repM = wanted >= 2400 ? 400 : 200;
                    minN = 4;
                } else if (rp) {
                    // Short 400 m touches when the week (race week) is too small for the usual repeats.
                    // A mile runner's race-pace repeats are miles for the 10K and the half.
                    // A smaller week steps down to shorter repeats still long enough to rehearse the 10K's or the
                    // half's pace (coach review 3, D6: 4 × 400 m is a 5K session): a kilometre, or ¾ / ½ mile.
                    final double[] sizes = c.miles() && d != RaceDistance.FIVE_K ? new double[] {MILE_M, 1200, 800}
                            : d == RaceDistance.HALF ? new double[] {2000, 1600, 1000, 800}
                            : d == RaceDistance.TEN_K ? new double[] {1600, 1000, 800} : new double[] {1000};
                    // Race pace is not raised to a minimum dose (MinimumDose): shortened to Daniels' share, never hills.
                    double fit = 400;
                    for (double size : sizes) {
                        if (cap >= 2 * size) {
                            fit = size;
                            break;
                        }
                    }
                    final double fitWanted = Math.min(cap, WorkoutProgression.racePaceReps(step) * fit);
                    repM = fit;
                    wanted = fitWanted;
                    minN = 2;
                } else {
                    wanted = Math.min(Math.min(cap, WorkoutProgression.MAX_INTERVAL_M),
                            Math.max(WorkoutProgression.intervalM(step), WorkoutProgression.share(step) * cap));
                    // Track repeats; a mile runner's long ones are 1200 m, not a kilometre.
                    repM = WorkoutVariety.intervalRepM(wanted >= 4000 ? (c.miles() ? 1200 : 1000) : wanted >= 3200 ? 800 : 400,
                            wanted, other);
                    minN = 3;
                }
                int n = (int) Math.floor(wanted / repM + 1e-9);
                final double least = MinimumDose.metres(type, d, pace.midSecPerKm());
                if (n * repM < least - 1e-6 && raises(date, type)) {
                    // Under the minimum dose: raised to it when the week holds it, else no token session (race
                    // pace stays shortened to what fits, the point of a short plan, never hills).
                    if (MinimumDose.weekHolds(least, weekM)) {
                        final double at = reps ? (least >= 2400 ? 400 : 200) : WorkoutVariety.intervalRepM(
                                least >= 4000 ? (c.miles() ? 1200 : 1000) : least >= 3200 ? 800 : 400, least, other);
                        n = MinimumDose.repeats(least, at);
                        repM = at;
                    } else if (!rp) {
                        return Optional.empty();
                    }
                }
                if (n < minN) {
                    return Optional.empty();
                }
                work = n * repM;
                if (reps) {
                    rep = work;
                } else if (rp && d != RaceDistance.FIVE_K) {
                    thr = work;
                } else {
                    intv = work;
                }
                effortKey = reps ? SessionEffort.REPETITION : rp ? SessionEffort.RACE_PACE : SessionEffort.INTERVAL;
                final Duration recT = reps ? Duration.ofSeconds(Math.round(repM / 1000 * e.midSecPerKm()))
                        : rp ? Duration.ofMinutes(2) : Duration.ofSeconds(Math.round(repM / 1000 * pace.midSecPerKm()));
                steps.add(Step.repeat(n, List.of(workStep(repM, pace, effort(effortKey)),
                        Step.timed(Kind.RECOVERY, recT, shown(e), effort(SessionEffort.JOG)))));
                final String key = reps ? "repetitions" : rp ? "racePace" : "intervals";
                desc = c.effortMode() ? SessionBrief.of(key + ".effort", n, repTime(repM, pace))
                        : SessionBrief.of(key, n, new Length(repM), time(repM, pace));
                rec = n * metresIn(recT, e);
            }
            case TIME_TRIAL -> {
                pace = pv.interval();
                // Controlled hard and optional, never all-out (coach review 5): the runners who get it have no race
                // result, many of them back from a break; a strong, even mile gives paces enough.
                effortKey = SessionEffort.CONTROLLED_HARD;
                work = RaceDistance.MILE.metres();
                rec = 0;
                steps.add(Step.distance(Kind.WORK, work, Optional.empty(), effort(effortKey)));
                desc = SessionBrief.of("timeTrialOptional");
            }
            default -> {
                return Optional.empty();
            }
        }
        steps.add(Step.timed(Kind.COOL_DOWN, warm, shown(e), effort(SessionEffort.EASY)));
        final double wu = metresIn(warm, e);
        final double total = 2 * wu + work + rec;
        final Duration time = Duration.ofSeconds(Math.round(2 * warm.toSeconds() + work / 1000 * pace.midSecPerKm()
                + rec / 1000 * e.midSecPerKm()));
        final Duration shownTime = c.effortMode() ? Duration.ofMinutes(Math.round(time.toSeconds() / 60.0)) : time;
        return Optional.of(new Session(date, type, Optional.of(total), Optional.of(shownTime),
                type == SessionType.TIME_TRIAL || type == SessionType.HILLS ? Optional.empty() : shown(pace),
                effort(effortKey), Optional.empty(), steps, desc, new Session.Load(total, thr, intv, rep)));
    }

    /** The longest warm-up in whole minutes: 15, or what 3 km take at the middle of the easy pace (never under 10). */
    static int maxWarmMinutes(final PaceRange easy) {
        return (int) Math.max(WARM.toMinutes(), Math.min(MAX_WARM_MIN, Math.floor(MAX_WARM_M / 1000 * easy.midSecPerKm() / 60 + 1e-9)));
    }

    /** Whether a workout fits Daniels' limits in a week of {@code weekM} ({@link DanielsLimits}), with this plan's dose. */
    boolean withinLimits(final Session.Load l, final double weekM) {
        return DanielsLimits.fit(l, weekM, dosed);
    }

    /**
     * The race. A time goal shows the pace and time it aims at; a comfortable finish shows a comfortable time range
     * (marathon to easy pace), never the all-out prediction; walk breaks when the runner needs or keeps them.
     */
    Session race(final Optional<RunWalk> rw) {
        final RaceDistance d = c.req().distance().orElseThrow();
        final LocalDate date = c.dates().race().orElseThrow();
        final boolean paced = c.req().goal() == Goal.TIME && rw.isEmpty() && c.racePace().isPresent();
        // The race is run at the race time's pace, the pace of the plan's race-pace work.
        final Optional<PaceRange> pace = !paced ? Optional.empty() : c.raceTime()
                .map(t -> PaceRange.around(t.slowest().toMillis() / d.metres(), 2)).or(c::racePace);
        final SessionEffort effortKey = paced ? SessionEffort.RACE : SessionEffort.FINISH;
        final TimeRange range = raceRange(rw);
        final List<Step> steps = List.of(Step.distance(Kind.RACE, d.metres(), pace, effort(effortKey)));
        final SessionBrief desc = rw.map(r -> SessionBrief.of("raceRunWalk", d, r))
                .orElseGet(() -> paced ? SessionBrief.of(c.miles() ? "racePaced.mi" : "racePaced", d, range.slowest())
                        // By effort the time is an estimate: the race says its range, not one time (coach review 5).
                        : c.effortMode() ? SessionBrief.of("raceLikely", d, range.fastest(), range.slowest())
                        : SessionBrief.of("race", d));
        return new Session(date, SessionType.RACE, Optional.of(d.metres()), Optional.of(range.slowest()), pace,
                effort(effortKey), rw, steps, desc, Session.Load.easy(d.metres()));
    }

    /** The time the race will likely take, as the plan means it to be run. */
    TimeRange raceRange(final Optional<RunWalk> rw) {
        final double km = c.distance().metres() / 1000;
        // A walker-runner walks about as quickly as they run: their race time comes from their own race (or paces),
        // walk breaks or not, never from a brisk-walk pace that would make it faster than the race they told.
        if (rw.isPresent() && !c.walker()) {
            final double share = rw.get().runShare();
            final double run = c.raceWeekPaces().easy().minSecPerKm();
            final double pace = 1000 / (share * 1000 / run + (1 - share) * 1000 / CouchToFiveK.WALK_SEC_PER_KM);
            return new TimeRange(round(km * pace * 0.95), round(km * pace * 1.1));
        }
        if (c.req().goal() == Goal.TIME && c.raceTime().isPresent()) {
            return c.raceTime().get();
        }
        if (c.effortMode()) {
            return EffortPace.raceTime(c.req().fitness(), c.distance(), 1.1, c.dates().weeks());
        }
        // A comfortable finish: between marathon pace and the quick end of easy.
        final TrainingPaces raceWeek = c.raceWeekPaces();
        return new TimeRange(round(km * raceWeek.marathon().midSecPerKm()), round(km * raceWeek.easy().minSecPerKm()));
    }

    private static Duration round(final double s) {
        return Duration.ofSeconds(Math.round(s / 10) * 10);
    }

    private Step workStep(final double metres, final PaceRange pace, final Optional<SessionEffort> eff) {
        if (!c.effortMode()) {
            return Step.distance(Kind.WORK, metres, Optional.of(pace), eff);
        }
        final long s = Math.max(30, Math.round(metres / 1000 * pace.midSecPerKm() / 30.0) * 30);
        return Step.timed(Kind.WORK, Duration.ofSeconds(s), Optional.empty(), eff);
    }

    private static double metresIn(final Duration d, final PaceRange p) {
        return d.toSeconds() / p.midSecPerKm() * 1000;
    }

    /** A repeat's time for a runner who goes by effort, to the half minute. */
    private static Duration repTime(final double metres, final PaceRange pace) {
        return Duration.ofSeconds(Math.max(30, Math.round(metres / 1000 * pace.midSecPerKm() / 30.0) * 30));
    }

    /** The time {@code metres} take at the middle of a pace band, to the second. */
    private static Duration time(final double metres, final PaceRange p) {
        return Duration.ofSeconds(Math.round(metres / 1000 * p.midSecPerKm()));
    }
}
