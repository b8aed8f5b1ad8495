package app.stride.plan;

import java.time.Duration;

/**
 * Effort-only runners: a pace estimate from what the runner told, used to size runs by time and to show the race
 * time as a range, never a generic pace: a race beyond the tables (slower than VDOT 20) gives its own pace; a run/walk
 * ratio gives Galloway's pace for it; else a middle-of-the-pack guess with a wide range.
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

    /** The race time as a range: a told result is a narrower guess than none. */
    public static TimeRange raceTime(final FitnessInput in, final RaceDistance d, final double runShareSlowdown) {
        final double pace = racePace(in) * runShareSlowdown;
        final boolean told = in.recentRace().isPresent() || in.runWalk().isPresent();
        final double fast = told ? 0.95 : 0.85;
        // A race at the same distance was run today: eight weeks of training end no slower than that.
        final boolean same = in.recentRace().map(r -> r.distance() == d).orElse(false) && runShareSlowdown <= 1.0;
        final double slow = same ? 1.0 : told ? 1.08 : 1.2;
        return new TimeRange(secs(d.metres() / 1000 * pace * fast), secs(d.metres() / 1000 * pace * slow));
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
