package app.stride.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * No filler runs (coach review D7): a run under {@value #MIN_RUN_MINUTES} minutes is not worth lacing up for, so a
 * week decides how many runs it holds before its volume. When the week cannot give every run of the runner's days at
 * least {@value #MIN_RUN_MINUTES} minutes at easy pace, it drops runs (never under {@value #LEAST_RUNS}): the long run
 * and the workout days stay, the lowest-value easy days go first (the short run the day before the long run, the
 * recovery run the day after it, then the latest easy day) and read as rest days. The growth cap is then measured with
 * the runs actually planned; the days come back in later weeks as the volume grows. Couch to 5K, run/walk by choice
 * and walker-runners keep their own session rules (their runs are timed with walk breaks), and so does race week
 * (the taper's last touches, a shake-out and a few minutes of pace, are short on purpose).
 */
final class RunCount {

    /** The shortest run worth going out for, warm-up included, where the week has room for it. */
    static final int MIN_RUN_MINUTES = 20;
    /**
     * The shortest run of any week (coach review 4, finding 11): a week keeps the runner's requested runs down to runs
     * of this many minutes rather than drop one (three short runs build the habit better than two longer ones); it
     * drops a run only when the runs would fall under it.
     */
    static final int FLOOR_MINUTES = 15;
    /**
     * The fewest runs a week keeps: three a week is what builds a habit and fitness (the NHS programme's three
     * sessions); below that a short run is still better than none.
     */
    static final int LEAST_RUNS = 3;
    /**
     * The fewest runs any week keeps (coach review D7b): at {@value #LEAST_RUNS} runs or fewer the long run gives way
     * first (the other runs get their {@value #MIN_RUN_MINUTES} minutes, the long run what is left, an equal split at
     * the limit); a week that still cannot hold them has one run fewer, never under two.
     */
    static final int FEWEST_RUNS = 2;

    /**
     * What a race plan's ordinary run averages at least (coach review 4, p29: 28 km on six days gave 3 km filler runs
     * beside a long run of half the week): six runs a week only when the runs beside the long run still average half
     * an hour, else fewer (not under four). Fewer, longer runs train more; under six runs the 20-minute floor alone
     * decides (weeks drop runs and the days come back as the volume grows); regular running keeps its frequency.
     */
    static final int USEFUL_RUN_MINUTES = 30;
    /** The share of the week the long run takes at least when counting useful runs (about a third). */
    static final double LONG_SHARE = 0.35;
    /** The runs a race plan keeps however small the week: the useful-runs rule never goes below these. */
    static final int USEFUL_FROM = 4;

    private RunCount() {
    }

    /**
     * The most runs, up to {@code wanted}, a race plan's week of {@code weeklyM} at {@code easySecPerKm} makes worth
     * going out for when {@code wanted} is six: the long run the runner's longest ({@code longestM}) or
     * {@value #LONG_SHARE} of the week if more, the others averaging {@value #USEFUL_RUN_MINUTES} minutes; never under
     * {@value #USEFUL_FROM}.
     */
    static int useful(final double weeklyM, final double longestM, final double easySecPerKm, final int wanted) {
        if (wanted < PlanGenerator.MOST_RUNS) {
            return wanted;
        }
        final double minutes = (weeklyM - Math.max(LONG_SHARE * weeklyM, longestM)) * easySecPerKm / 1000 / 60;
        final int others = (int) Math.floor(Math.max(0, minutes) / USEFUL_RUN_MINUTES + 1e-9);
        return Math.min(wanted, Math.max(USEFUL_FROM, 1 + others));
    }

    /**
     * Whether the rule applies: every runner but Couch to 5K (whose sessions are the NHS programme's own steps); run/walk
     * by choice and walker-runners too, their 20 minutes counted at easy pace (walk breaks make the session longer).
     */
    static boolean applies(final PlanContext c) {
        return c.fit().level() != Fitness.Level.WALK_RUN;
    }

    /**
     * The shortest run of the plan in metres: {@value #MIN_RUN_MINUTES} minutes at easy pace rounded up to half a
     * kilometre (runs are rounded to half kilometres; runs by time are whole minutes, so exactly that), or the engine's floor of {@link Sessions#MIN_RUN_M} where the
     * rule does not apply.
     */
    static double minRunM(final PlanContext c) {
        return runM(c, halfHourRuns(c) ? USEFUL_RUN_MINUTES : MIN_RUN_MINUTES);
    }

    /**
     * Whether the runner's week now gives the runs of a plan cut by {@link #useful} their {@value #USEFUL_RUN_MINUTES}
     * minutes beside the long run: not when the cut stopped at {@value #USEFUL_FROM} runs for a week too small for
     * that (its note then promises no minutes, {@code usefulRunsShort}, and the usual floors apply).
     */
    static boolean usefulHolds(final double weeklyM, final double longestM, final double easySecPerKm, final int runs) {
        final double minutes = (weeklyM - Math.max(LONG_SHARE * weeklyM, longestM)) * easySecPerKm / 1000 / 60;
        return minutes >= (runs - 1) * USEFUL_RUN_MINUTES - 1e-6;
    }

    /** The easy pace the run count is measured with: the runner's, or the engine's default without a race. */
    static double easySecPerKm(final Fitness fit) {
        return fit.vdot().map(v -> v.paces().easy().midSecPerKm()).orElse(EffortPace.DEFAULT_EASY_SEC_PER_KM);
    }

    private static int plannedRuns(final PlanContext c) {
        return PlanGenerator.runs(c.req(), c.fit(), DayOfWeek.SUNDAY, new ArrayList<>());
    }

    /**
     * Whether the plan has fewer, longer runs than asked, says so ({@link AskedRuns#usefulRuns}) and its week holds them
     * at half an hour ({@link #usefulHolds}): its note promises runs of half an hour or more, so that is every run's
     * floor, and runs are not kept down to {@value #FLOOR_MINUTES}
     * (coach review 5, p29: a 3 km Monday recovery run beside a note promising half an hour). The weeks then spread
     * their volume over the runs that hold it: a week too small for four such runs has three (the long run, the
     * workout, one easy run).
     */
    static boolean halfHourRuns(final PlanContext c) {
        if (c.req() == null || c.fit() == null || !applies(c)) {
            return false;
        }
        final int runs = plannedRuns(c);
        return AskedRuns.usefulRuns(c.req(), c.fit(), runs)
                && usefulHolds(c.fit().currentWeeklyM(), c.fit().longestRunM(), easySecPerKm(c.fit()), runs);
    }

    /**
     * The shortest run a week may hold to keep the runner's requested runs ({@value #FLOOR_MINUTES} minutes at easy
     * pace, rounded up like {@link #minRunM}): below it a run is dropped instead.
     */
    static double floorM(final PlanContext c) {
        // Fewer runs than asked already: a run is not kept down to 15 minutes, the note promised half an hour (p29).
        return halfHourRuns(c) ? minRunM(c) : runM(c, FLOOR_MINUTES);
    }

    /** {@value #FLOOR_MINUTES} minutes at easy pace as {@link #floorM} measures it, whatever the plan's floor: for rounding. */
    static double fifteenM(final PlanContext c) {
        return runM(c, FLOOR_MINUTES);
    }

    private static double runM(final PlanContext c, final int minutes) {
        if (!applies(c)) {
            return Sessions.MIN_RUN_M;
        }
        final double m = minutes * 60 / c.pv().easy().midSecPerKm() * 1000;
        if (c.effortMode()) {
            // Runs by time are whole five minutes (WeekComposer rounds them so): 20 minutes is exactly that.
            return m;
        }
        return Math.max(Sessions.MIN_RUN_M, Math.ceil(m / 500 - 1e-9) * 500);
    }

    /**
     * The most runs, up to {@code planned}, a week of {@code volumeM} carries with every run at least {@code minRunM}.
     * Above {@value #LEAST_RUNS} runs the long run ({@code longM}, 0 when none) keeps its length and an easy run stays
     * under {@link WeekComposer#EASY_SHARE_OF_LONG} of it, so a long run too short for that leaves no room for easy
     * runs; at {@value #LEAST_RUNS} runs or fewer the long run gives way (every run, the long run too, at least
     * {@code minRunM}), and a week too small even for that keeps {@value #FEWEST_RUNS}.
     */
    static int runs(final double volumeM, final double longM, final int planned, final double minRunM) {
        return runs(volumeM, longM, planned, minRunM, 0);
    }

    /**
     * {@link #runs(double, double, int, double)} with a long run that gives way no lower than {@code holdLongM} (the
     * plan's longest long run so far, coach review: long run giving way): at {@value #LEAST_RUNS} runs or fewer the week
     * holds the long run at that and the other runs at {@code minRunM}, or has a run fewer.
     */
    static int runs(final double volumeM, final double longM, final int planned, final double minRunM, final double holdLongM) {
        final int fixed = longM > 0 ? 1 : 0;
        final double room = volumeM - longM;
        final boolean easyFits = longM <= 0 || WeekComposer.EASY_SHARE_OF_LONG * longM >= minRunM - 1;
        for (int r = planned; r > LEAST_RUNS; r--) {
            final int others = r - fixed;
            if (others <= 0 || room >= others * minRunM - 1 && easyFits) {
                return r;
            }
        }
        for (int r = Math.min(planned, LEAST_RUNS); r > FEWEST_RUNS; r--) {
            if (holds(volumeM, r, minRunM, heldLong(longM, holdLongM))) {
                return r;
            }
        }
        return Math.min(planned, FEWEST_RUNS);
    }

    /** Whether a week of {@code volumeM} gives {@code runs} runs (the long run giving way) {@code minRunM} each. */
    static boolean holds(final double volumeM, final int runs, final double minRunM) {
        return volumeM >= runs * minRunM - 1;
    }

    /**
     * Whether a week of {@code volumeM} gives {@code runs} runs {@code minRunM} each, the long run giving way no lower
     * than {@code heldLongM} (0: down to an equal split).
     */
    static boolean holds(final double volumeM, final int runs, final double minRunM, final double heldLongM) {
        return volumeM >= needs(runs, minRunM, heldLongM) - 1;
    }

    /** The week {@code runs} runs need: {@code minRunM} each, the long run at least {@code heldLongM}. */
    static double needs(final int runs, final double minRunM, final double heldLongM) {
        return runs <= FEWEST_RUNS ? runs * minRunM : (runs - 1) * minRunM + Math.max(minRunM, heldLongM);
    }

    /** The long run a week holds when it gives way: the hold, never more than the long run it was to have. */
    static double heldLong(final double longM, final double holdLongM) {
        return longM <= 0 ? 0 : Math.min(longM, holdLongM);
    }

    /**
     * The long run of a week of at most {@value #LEAST_RUNS} runs whose other runs would fall under {@code minRunM}
     * (coach review D7b, p30: hills and a 7 km long run left a 2 km easy day): the long run gives way, so the
     * {@code others} runs get {@code minRunM} and the long run what is left of {@code roomM} (the week less workouts and
     * shake-out), never more than {@code longM}, never less than an equal share (it stays the longest run) nor than the
     * long run the plan protects ({@code protectedLongM}).
     */
    static double longGivingWay(final double longM, final double roomM, final int others, final double minRunM,
                                final double protectedLongM) {
        if (longM <= 0 || others == 0) {
            return longM;
        }
        // A long run the runner already does, up to the distance's minimum, is never cut (LongRunRule): then the week
        // has a run fewer instead (WeekComposer).
        return Math.min(longM, Math.max(protectedLongM, Math.max(roomM - others * minRunM, roomM / (others + 1))));
    }

    /**
     * The {@code runs} days that keep their run: the long-run day always, workout days
     * as long as possible; the day before the long run goes first, then the day after it, then the latest easy day.
     */
    static List<LocalDate> keep(final List<LocalDate> days, final int runs, final DayOfWeek longDay,
                                final List<DayOfWeek> qualityDays, final boolean hasLong) {
        if (days.size() <= runs) {
            return days;
        }
        final List<LocalDate> drop = new ArrayList<>(days.stream()
                .filter(d -> !(hasLong && d.getDayOfWeek() == longDay)).toList());
        drop.sort(Comparator.comparingInt((LocalDate d) -> value(d, longDay, qualityDays, hasLong))
                .thenComparing(Comparator.reverseOrder()));
        final List<LocalDate> out = new ArrayList<>(days);
        for (int i = 0; i < drop.size() && out.size() > runs; i++) {
            out.remove(drop.get(i));
        }
        return out;
    }

    /** How much a day's run is worth keeping (lower goes first). */
    private static int value(final LocalDate d, final DayOfWeek longDay, final List<DayOfWeek> qualityDays,
                             final boolean hasLong) {
        if (hasLong && d.getDayOfWeek() == longDay.minus(1)) {
            return 0;
        }
        if (hasLong && d.getDayOfWeek() == longDay.plus(1)) {
            return 1;
        }
        return qualityDays.contains(d.getDayOfWeek()) ? 3 : 2;
    }
}
