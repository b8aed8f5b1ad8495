package app.stride.plan;

import java.time.Duration;

/**
 * Effort-only runners: a pace estimate from what the runner told, used to size runs by time and to show the race
 * time as a range, never a generic pace: a race beyond the tables (slower than VDOT 20) gives its own pace; a run/walk
 * ratio gives Galloway's pace for it; else the race time is estimated from the runner's week, longest run and time
 * off ({@link #estimate}), as a range as wide as what was told leaves open.
 */
public final class EffortPace {

    /** Easy pace assumed when nothing tells it, about 6:45/km. */
    public static final double DEFAULT_EASY_SEC_PER_KM = 405;

    private EffortPace() {
    }

    /** The race pace (s/km) the runner's answers suggest. */
    public static double racePace(final FitnessInput in) {
        if (in.recentRace().isPresent()) {
            final RaceResult r = in.recentRace().get();
            return r.time().toMillis() / r.distance().metres();
        }
        if (in.runWalk().isPresent()) {
            return galloway(in.runWalk().get());
        }
        return DEFAULT_EASY_SEC_PER_KM / 1.15;
    }

    /** Easy pace (s/km): about 15% slower than race pace, never slower than a brisk walk. */
    public static double easy(final FitnessInput in) {
        return Math.min(CouchToFiveK.WALK_SEC_PER_KM + 60, racePace(in) * 1.15);
    }

    /**
     * The race time as a range. A told result (a race beyond the tables, a run/walk ratio) gives its own pace; else
     * the range is estimated from the runner's week ({@link #estimate}).
     *
     * @param weeks the plan's weeks, over which a returner regains part of what the break took
     */
    public static TimeRange raceTime(final FitnessInput in, final RaceDistance d, final double runShareSlowdown,
                                     final int weeks) {
        if (in.recentRace().isEmpty() && in.runWalk().isEmpty()) {
            return estimate(in, d, weeks);
        }
        final double pace = racePace(in) * runShareSlowdown;
        // A race at the same distance was run today: eight weeks of training end no slower than that.
        final boolean same = in.recentRace().map(r -> r.distance() == d).orElse(false) && runShareSlowdown <= 1.0;
        final double slow = same ? 1.0 : 1.08;
        return new TimeRange(secs(d.metres() / 1000 * pace * 0.95), secs(d.metres() / 1000 * pace * slow));
    }

    /** Tanda (2011): marathon pace (s/km) = 17.1 + 140·e^(−0.0053·K) + 0.55·P, K km a week, P the training pace. */
    private static final double TANDA_TRAINING_SHARE = 0.55;
    /** The training pace P taken as 15% slower than marathon pace (easy running), so Tanda solves for K alone. */
    private static final double TRAINING_OVER_MARATHON = 1.15;
    /** Tanda's data stop here; more kilometres are not counted as more speed. */
    static final double MOST_COUNTED_KM = 100;
    /** Never faster than this without a race to show it (about a 20:00 5K). */
    static final double FASTEST_VDOT = 50;
    /** VDOT points either side of the volume's estimate: weekly distance and longest run both told ... */
    static final double SPREAD_BOTH = 1.5;
    /** ... one of them told ... */
    static final double SPREAD_ONE = 2.5;
    /** ... neither (the week guessed from minutes or runs). */
    static final double SPREAD_NONE = 3.5;
    /** The slow end slows by this share of the race distance the longest run (or non-stop minutes) falls short of. */
    static final double SHORTFALL_SLOWDOWN = 0.1;

    /** The VDOT Tanda's marathon pace suggests for {@code km} a week (training pace taken as easy running). */
    static Vdot fromWeeklyKm(final double km) {
        final double k = Math.max(0, Math.min(MOST_COUNTED_KM, km));
        final double marathonSecPerKm = (17.1 + 140 * Math.exp(-0.0053 * k))
                / (1 - TANDA_TRAINING_SHARE * TRAINING_OVER_MARATHON);
        return Vdot.fromRace(RaceDistance.MARATHON.metres(), Duration.ofSeconds(Math.round(marathonSecPerKm * 42.195)));
    }

    /**
     * A runner who told no race: the time a comfortable race likely takes, from their week (coach review 5, defect 5:
     * every half showed 2:43:30). The week (told, else runs × minutes at an easy 6:45/km) gives a VDOT by Tanda's
     * marathon formula; a returner's is the whole of it on the fast end and, on the slow end, what the time-off table
     * leaves plus the share most regain over the plan ({@link RegainedFitness}); the less was told, the more VDOT points either side. The fast end is
     * marathon pace at the fit end (never past VDOT 50), the slow end the quick end of easy pace at the other, slowed
     * when the longest run (or the minutes run non-stop) falls short of the distance. More kilometres or a longer
     * longest run never make either end slower.
     */
    static TimeRange estimate(final FitnessInput in, final RaceDistance d, final int weeks) {
        final int runs = in.runsPerWeek().orElse(3);
        final double guessedKm = runs * Math.min(45, in.continuousMin().orElse(30)) * 60 / DEFAULT_EASY_SEC_PER_KM;
        final double km = in.weeklyM().map(m -> m / 1000).orElse(guessedKm);
        final Vdot before = fromWeeklyKm(km);
        final double spread = in.weeklyM().isPresent() && in.longestRunM().isPresent() ? SPREAD_BOTH
                : in.weeklyM().isPresent() || in.longestRunM().isPresent() ? SPREAD_ONE : SPREAD_NONE;
        final Vdot now = before.afterTimeOff(in.daysOff(), in.crossTrained());
        final Vdot raceDay = RegainedFitness.after(before, now, in.daysOff(), weeks);
        // A returner may get all of it back, or only the share most do: both ends of the range.
        final Vdot fit = new Vdot(Math.min(FASTEST_VDOT, before.value() + spread));
        final Vdot unfit = new Vdot(Math.max(Vdot.MIN, Math.min(fit.value(), raceDay.value() - spread)));
        final double slowPace = unfit.paces().easy().minSecPerKm();
        // What the runner has gone in one run: their longest, or their non-stop minutes at the slow end's easy pace.
        final double longest = Math.max(in.longestRunM().orElse(0.0),
                in.continuousMin().map(m -> m * 60 / slowPace * 1000).orElse(0.0));
        final double gone = longest > 0 ? longest : 0.35 * km * 1000;
        final double shortfall = Math.max(0, 1 - gone / d.metres());
        final double km0 = d.metres() / 1000;
        // An estimate in whole minutes: the quick end rounded down, the slow end up.
        return new TimeRange(Duration.ofMinutes((long) Math.floor(km0 * fit.paces().marathon().midSecPerKm() / 60)),
                Duration.ofMinutes((long) Math.ceil(km0 * slowPace * (1 + SHORTFALL_SLOWDOWN * shortfall) / 60)));
    }

    /** Galloway's table read backwards: the pace per km a run/walk ratio is meant for. */
    static double galloway(final RunWalk rw) {
        final double perMile;
        if (rw.runSec() >= 360) {
            perMile = 7 * 60;
        } else if (rw.runSec() >= 240) {
            perMile = 8 * 60;
        } else if (rw.runSec() >= 120) {
            perMile = 9 * 60;
        } else if (rw.runSec() >= 90) {
            perMile = 10 * 60;
        } else if (rw.runSec() >= 60) {
            perMile = 11 * 60 + 30;
        } else if (rw.runSec() >= 30) {
            perMile = 13 * 60 + 20;
        } else {
            perMile = 15 * 60;
        }
        return perMile / 1.609344;
    }

    private static Duration secs(final double s) {
        return Duration.ofSeconds(Math.round(s / 10) * 10);
    }

    /** Easy pace (s/km) from which a runner is a walker-runner: 9:00/km or slower. */
    public static final double WALKER_EASY_SEC_PER_KM = 540;

    /** Whether an easy pace is a walker-runner's (a 45-minute 5K): long runs stop at an hour, no all-out time trial. */
    public static boolean walker(final double easySecPerKm) {
        return easySecPerKm >= WALKER_EASY_SEC_PER_KM;
    }
}
