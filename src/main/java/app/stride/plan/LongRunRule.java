package app.stride.plan;

/**
 * Long run: at most the longest run so far (the runner's current longest counts) + 1.6 km, or +10% when that is
 * more; always the longest run of its week; its share of the week is capped (50% at 3 runs, 40% at 4, 35% at 5+),
 * but the cap gives way to the distance's needs: a runner who already runs the distance's minimum long run keeps it,
 * and a runner back from a break regains the long run they ran before (up to that minimum) at up to half the week.
 */
public final class LongRunRule {

    /** One mile: the most a long run grows in a week at low volume. */
    public static final double STEP_M = 1609.344;

    private LongRunRule() {
    }

    /** The longest the next long run may be. */
    public static double next(final double longestSoFarM) {
        return Math.max(longestSoFarM + STEP_M, 1.10 * longestSoFarM);
    }

    /** The long run's share of a week with {@code runs} runs. */
    public static double share(final int runs) {
        if (runs >= 5) {
            return 0.35;
        } else if (runs == 4) {
            return 0.40;
        } else if (runs == 3) {
            return 0.50;
        }
        return 0.60;
    }

    /**
     * The week a long run of {@code wantedM} raises its week to when it is over its share (the share cap gives way to
     * the distance's needs by raising the week): only as far as the distance's usual minimum long run
     * ({@code minimumM}) needs, at the share cap or at the share the runner's long run already takes
     * ({@code habitShare}, at most half) when that is more. Past that minimum the long run grows within its share of
     * the week the goal sets (VolumeTarget) and never drags the week up: a 28 km/week half runner on six days with a
     * 14 km long run went to 51.4 km (+84%) as each 1.6 km more on the long run raised the week by 4.6 km.
     */
    public static double weekFor(final double wantedM, final double minimumM, final int runs, final double habitShare) {
        // ROUNDING_M over the minimum: runs are rounded, so a week raised to exactly the minimum's share can leave the
        // long run a step short of it.
        return Math.min(wantedM, minimumM + ROUNDING_M) / Math.max(share(runs), habitShare);
    }

    /**
     * The margin over the distance's minimum for what rounding a week's runs can take off its long run: half a
     * kilometre, the run length of a plan by distance. Deliberately fixed, not {@code PlanContext.chunkM()}: a plan by
     * time rounds to 5 minutes, longer than this at most paces, and widening the margin for it would change its plans.
     */
    static final double ROUNDING_M = 500;

    /**
     * The share of the week the runner's long run takes now (their longest run over their week), at most half: a long
     * run up to the distance's minimum may keep that share of the plan's weeks (keep what they have), so a runner
     * whose 14 km long run is half of a 28 km week reaches a half marathon's 16 km in a 32 km week, not a 46 km one.
     */
    public static double habitShare(final Fitness f) {
        return f.currentWeeklyM() > 0 ? Math.min(RETURNER_SHARE, f.longestRunM() / f.currentWeeklyM()) : 0;
    }

    /**
     * On a finish goal a long run up to the distance's minimum may take this share of the week (coach review n07: a
     * 25 km/week half runner on five days went to 36.2 km, +45%, only to keep a 14 km long run at 40% of the week).
     */
    public static final double FINISH_SHARE = 0.45;

    /**
     * {@link #habitShare(Fitness)}, and on a half marathon finish goal at least {@link #FINISH_SHARE}: finishing asks
     * for the long run, not for the volume a time goal needs around it (a 5K's or 10K's minimum long run is short
     * enough that its share never raises the week much).
     */
    public static double habitShare(final Fitness f, final java.util.Optional<RaceDistance> d, final Goal g) {
        final boolean finishHalf = g == Goal.FINISH && d.filter(x -> x == RaceDistance.HALF).isPresent();
        return Math.max(habitShare(f), finishHalf && f.currentWeeklyM() > 0 ? FINISH_SHARE : 0);
    }

    /**
     * The longest a long run gets for the distance, whatever the runner's volume (training.md: a long run builds
     * endurance up to about two hours; past that it adds fatigue, not fitness): 5K 16 km or 90 minutes, 10K 19 km or
     * 100 minutes, half 24 km or 2 h 15 (whichever comes first, never under the distance's usual minimum); no race
     * 16 km or 90 minutes; a walker-runner's 5K (easy pace 9:00/km or slower) an hour. A big week is carried by more days, not by a longer long run.
     */
    public static double cap(final java.util.Optional<RaceDistance> d, final Goal g, final double easySecPerKm) {
        final double km;
        final double min;
        if (d.isEmpty() || d.get() == RaceDistance.FIVE_K) {
            km = 16_000;
            // A walker-runner's 5K takes 45 minutes or more: an hour on their feet is their long run.
            min = EffortPace.walker(easySecPerKm) && d.isPresent() ? 60 : 90;
        } else if (d.get() == RaceDistance.TEN_K) {
            km = 19_000;
            min = 100;
        } else {
            km = 24_000;
            min = 135;
        }
        final double byTime = min * 60 / easySecPerKm * 1000;
        return Math.min(km, Math.max(byTime, d.map(x -> usualMinimum(x, g)).orElse(0.0)));
    }

    /** The distance's usual minimum long run before race day (the plan aims there, or warns). */
    public static double usualMinimum(final RaceDistance d, final Goal g) {
        return switch (d) {
            case FIVE_K -> 4000;
            case TEN_K -> 8000;
            default -> g == Goal.TIME ? 16000 : 14000;
        };
    }

    /**
     * How far short of the usual minimum a longest run may be and still count as ready: runs are rounded to half
     * kilometres, and a warning naming "4 km" against "about 4 km" would say nothing.
     */
    public static final double READY_MARGIN_M = 250;

    /**
     * Whether a longest run of {@code longestM} is ready for {@code d} with goal {@code g} (within the margin): enough to
     * race it non-stop. For a half that is the finish goal's 14 km whatever the goal (two thirds of the race; coach
     * review 4, m03: a 1:58 runner whose long runs reach 15 km races the half non-stop, not at run 4 min / walk 1 min in
     * 2:51): a time goal's 16 km is a soft target the build aims at ({@link #reachesUsual}), not a reason to walk.
     */
    public static boolean ready(final double longestM, final RaceDistance d, final Goal g) {
        return longestM >= usualMinimum(d, d == RaceDistance.HALF ? Goal.FINISH : g) - READY_MARGIN_M;
    }

    /** Whether a longest run of {@code longestM} reaches the distance's usual minimum for goal {@code g} (the soft target). */
    public static boolean reachesUsual(final double longestM, final RaceDistance d, final Goal g) {
        return longestM >= usualMinimum(d, g) - READY_MARGIN_M;
    }

    /** Where a build takes the long run for the distance: enough to race it well, no more. */
    public static double goal(final RaceDistance d, final Goal g) {
        return switch (d) {
            case FIVE_K -> g == Goal.TIME ? 10000 : 7000;
            case TEN_K -> g == Goal.TIME ? 14000 : 11000;
            default -> g == Goal.TIME ? 20000 : 18000;
        };
    }

    /** The share of the week a long run the runner has run before (up to the distance's minimum) may take. */
    public static final double RETURNER_SHARE = 0.5;

    /**
     * The share of a returner's week the long run they ran before the break (what they told, up to the distance's
     * minimum) may take while they regain it, one step (+1.6 km) a week: their legs know the distance, and the week
     * rebuilds only by the growth rule and the ramp. At half the week a 30 km/week runner with 16 km long runs, back
     * after 60 days, reached 12 km in 12 weeks (weeks 10 → 24 km) and was refused the half (coach review 4, m15, p26);
     * at 60% they regain 14 km. Only for a long run that took more than half the week before ({@link #regainShare}).
     */
    public static final double REGAIN_SHARE = 0.6;

    /**
     * The long run kept whatever the share cap says, in a week of {@code weekM} metres: the long run the runner does now
     * ({@code currentM}, lowered after a break), up to the distance's minimum ({@code minimumM}); and a long run they ran
     * before ({@code statedM}, what they told), up to that minimum too, as long as it is at most half of the week. A
     * returner regains the long run they had faster than a novice builds it: after 60 days off a 1:55 half runner with
     * 18 km long runs reaches 16 km in a 12-week plan instead of being refused at 11.5 km (the week itself still grows
     * only by the growth rule and the returner's ramp).
     */
    public static double kept(final double currentM, final double statedM, final double minimumM, final double weekM) {
        return kept(currentM, statedM, minimumM, weekM, 0);
    }

    /**
     * {@link #kept(double, double, double, double)}, and a long run up to the distance's minimum, or the long run the
     * runner does now when it is longer, at the share of the week their long run takes now ({@link #habitShare}).
     */
    public static double kept(final double currentM, final double statedM, final double minimumM, final double weekM,
                              final double habitShare) {
        return kept(currentM, statedM, minimumM, weekM, habitShare, RETURNER_SHARE);
    }

    /** {@link #kept(double, double, double, double, double)} with the long run they ran before at {@code regain}. */
    static double kept(final double currentM, final double statedM, final double minimumM, final double weekM,
                       final double habitShare, final double regain) {
        return Math.max(Math.max(Math.min(currentM, minimumM), Math.min(Math.min(statedM, minimumM), regain * weekM)),
                habitKept(minimumM, currentM, habitShare, weekM));
    }

    /**
     * The share of the week the long run a returner ran before may take while they regain it: {@link #REGAIN_SHARE}
     * when it took more than half their week before the break (their legs know a long run that big a part of the week;
     * the time-off factor lowers the week and the long run alike), else {@link #RETURNER_SHARE}: a runner with more
     * volume rebuilds the week under it, and a bigger long run would outgrow what they run non-stop (p27).
     */
    static double regainShare(final Fitness f) {
        return f.longestRunM() > RETURNER_SHARE * f.currentWeeklyM() + 1 ? REGAIN_SHARE : RETURNER_SHARE;
    }

    /**
     * The protected long run: what a week of {@code weekM} keeps whatever the share cap ({@link #kept} with the
     * runner's {@link #habitShare}; {@code statedM} the long run they told they ran before the break). The planner
     * sizes the long run with it, the rules check it.
     */
    static double protectedLong(final Fitness f, final double statedM, final double minimumM, final double weekM,
                                final double habitShare) {
        return kept(f.longestRunM(), statedM, minimumM, weekM, habitShare, regainShare(f));
    }

    /**
     * The long run week {@code volumeM} keeps whatever the share cap: with no race the runner's long run now, up to half
     * the week (keep what they have; coach review p22); in an ordinary week {@link #protectedLong}, at most 60% of the
     * growth cap {@code capM}; a cutback or taper week's long run keeps the share the runner's long run takes now, up
     * to the distance's minimum ({@link #habitKept}).
     */
    static double protectedInWeek(final PlanRequest req, final Fitness fit, final RaceDistance d, final boolean ordinary,
                                  final double volumeM, final double capM) {
        if (!req.hasRace()) {
            return Math.min(fit.longestRunM(), RETURNER_SHARE * volumeM);
        }
        final double minimum = usualMinimum(d, req.goal());
        final double habit = habitShare(fit, req.distance(), req.goal());
        return ordinary ? Math.min(protectedLong(fit, req.fitness().longestRunM().orElse(0.0), minimum, volumeM, habit), 0.6 * capM)
                : habitKept(minimum, fit.longestRunM(), habit, volumeM);
    }

    /**
     * {@link #protectedLong} measured on a week as it came out, from its other running ({@code othersM}): a long run at
     * a share s of the week is s × (othersM + long), so each part is taken on the week othersM / (1 − s) it makes.
     */
    static double protectedBeside(final Fitness f, final double statedM, final double minimumM, final double othersM,
                                  final double h) {
        final double regain = regainShare(f);
        return Math.max(kept(f.longestRunM(), statedM, minimumM, othersM / (1 - regain), 0, regain),
                habitKept(minimumM, f.longestRunM(), h, othersM / (1 - h)));
    }

    /**
     * The long run a week of {@code weekM} keeps at the share the runner's long run takes now: up to the distance's
     * minimum and the rounding margin (a long run set at exactly the minimum can round a step under it: 8 km of run/walk
     * at 7:12/km is 57.6 minutes, set as 55, 7.6 km, "not ready"), or up to the long run they do now ({@code currentM})
     * when that is longer: a 15 km long run in a 35 km week stays 15 km in the plan's 35 km weeks (keep what they have).
     */
    public static double habitKept(final double minimumM, final double currentM, final double habitShare, final double weekM) {
        return minimumM <= 0 ? 0 : Math.min(Math.max(minimumM + ROUNDING_M, currentM), habitShare * weekM);
    }

    /**
     * The long run a week of {@code weekM} metres with {@code runs} runs can hold: the share cap, except that a long
     * run the runner already does, up to the distance's minimum, is never cut ({@code protectedM}).
     */
    public static double allowed(final double wantedM, final double weekM, final int runs, final double protectedM) {
        return Math.min(wantedM, Math.max(share(runs) * weekM, protectedM));
    }

    /**
     * What the long run's share is measured against: the week's running, with the short run the day before the long
     * run counted as the week's normal easy run (shortening it, so the long run starts fresh, does not shorten the long
     * run; a week without another easy run counts it as it is),
     * and a workout day counted as at least a normal easy run: a workout is sized by its work (a hill session is 40
     * minutes, a tempo 50), so which workout the week has does not change how long its long run may be — otherwise a
     * hills week shortens the long run, the easy runs with it (they stay under three quarters of it), and the week
     * after rises 15–25% when the hills become a tempo.
     */
    public static double shareBase(final java.util.List<Session> week, final Session longRun) {
        return shareBase(week, longRun, false);
    }

    /**
     * The long run a week of three runs in a row keeps up to the distance's minimum ({@code minimumM}; 0 without a
     * race): its share of the week with the short middle day counted as the normal easy run it was shortened from.
     * Three days in a row never lower the long run the runner reaches on other days (coach review 4, m13: fri,sat,sun,
     * 30 km a week, was held at 12–13.3 km and refused a half that tue,thu,sat,sun planned with 14.6 km long runs);
     * past the minimum the week as run decides (coach review 3, D8).
     */
    public static double middleKept(final java.util.List<Session> week, final Session longRun, final double minimumM) {
        if (minimumM <= 0) {
            return 0;
        }
        final int runs = (int) week.stream().filter(s -> s.type().isRun() && s.type() != SessionType.RACE).count();
        final double others = shareBase(week, longRun, true) - longRun.load().totalM();
        return Math.min(minimumM, share(runs) * others / (1 - share(runs)));
    }

    private static double shareBase(final java.util.List<Session> week, final Session longRun, final boolean middle) {
        double easy = 0;
        for (Session s : week) {
            if ((s.type() == SessionType.EASY || s.type() == SessionType.STRIDES)
                    && !s.date().equals(longRun.date().minusDays(1))) {
                easy = Math.max(easy, s.load().totalM());
            }
        }
        final long runs = week.stream().filter(s -> s.type().isRun() && s.type() != SessionType.RACE).count();
        double total = 0;
        for (Session s : week) {
            if (!s.type().isRun() || s.type() == SessionType.RACE) {
                continue;
            }
            final boolean before = (s.type() == SessionType.EASY || s.type() == SessionType.STRIDES)
                    && s.date().equals(longRun.date().minusDays(1));
            // The day before stands for the normal easy run it was shortened from, when the week has one: with no
            // other easy run (three days in a row, a workout on the first) it counts as itself, or the long run of a
            // mon,tue,wed hills week passes half the week (coach review 3, D8) — except up to the distance's minimum
            // in a week of three runs ({@link #middleKept}).
            total += before ? (easy > 0 ? Math.max(s.load().totalM() / WeekComposer.PRE_LONG_SHARE, easy)
                    : middle && runs <= 3 ? s.load().totalM() / WeekComposer.PRE_LONG_SHARE : s.load().totalM())
                    : s.type().isQuality() ? Math.max(s.load().totalM(), easy) : s.load().totalM();
        }
        return total;
    }
}
