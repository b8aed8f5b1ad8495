package app.stride.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * How long an easy run may and must be beside a week's long run: the 20-minute floor ({@link RunCount}), the long run
 * giving way to it in a week of few runs (coach review D7b), the easy runs' share of the long run.
 */
final class EasyRunLimits {

    private final PlanContext c;

    EasyRunLimits(final PlanContext c) {
        this.c = c;
    }

    /** An even share, per easy day, of what the workouts, the shake-out and the long run leave of the week. */
    static double evenShare(final WeekComposer.Week w, final List<LocalDate> days, final double q, final double shake, final double lng) {
        return days.isEmpty() ? 0 : (w.volumeM() - q - shake - lng) / days.size();
    }

    /**
     * An easy day's share of what the workouts, the shake-out and the long run leave, within the caps: three quarters
     * of the long run, the longest run so far, 45 minutes in race week.
     */
    double easy(final WeekComposer.Week w, final List<LocalDate> easyDays, final double qSum, final double shake, final double lng) {
        double easy = evenShare(w, easyDays, qSum, shake, lng);
        if (lng > 0) {
            // The long run is the longest run of the week: easy runs stay at three quarters of it at most.
            easy = Math.min(easy, easyCap(lng, w));
        } else if (w.longestSoFarM() > 0) {
            easy = Math.min(easy, Math.max(Sessions.MIN_RUN_M, w.longestSoFarM()));
        }
        if (w.raceWeek()) {
            easy = Math.min(easy, Math.max(Sessions.MIN_RUN_M, c.easyM(45)));
        }
        if (lng > 0 && givesWay(w, w.days().size()) && !easyDays.isEmpty()) {
            // The shortest run worth going out for wins over three quarters of a long run that gave way (never over it).
            easy = Math.max(easy, Math.min(Math.min(minRun(), lng), (w.volumeM() - qSum - shake - lng) / easyDays.size()));
        }
        return easy;
    }

    /**
     * Whether the long run gives way to the other runs' 20 minutes (coach review D7b): weeks of at most
     * {@value RunCount#LEAST_RUNS} runs of a runner the rule applies to, outside race week (above that a week drops a
     * run instead, {@link RunCount#runs}).
     */
    boolean givesWay(final WeekComposer.Week w, final int runDays) {
        return RunCount.applies(c) && !w.raceWeek() && runDays <= RunCount.LEAST_RUNS;
    }

    /** The longest an easy run may be next to a long run of {@code longM}: its share, or the 20 minutes it gave way to. */
    double easyLimit(final double longM, final WeekComposer.Week w) {
        final double cap = easyCap(longM, w);
        return givesWay(w, w.days().size()) ? Math.max(cap, Math.min(minRun(), longM)) : cap;
    }

    /** The shortest run worth going out for ({@link RunCount}), or the engine's floor where that rule does not apply. */
    double minRun() {
        // Race week too (coach review D7b): only its shake-out, the day before the race, is short on purpose.
        return RunCount.minRunM(c);
    }

    /** The shortest run any week holds ({@link RunCount#FLOOR_MINUTES}), or the engine's floor where that rule does not apply. */
    double floor() {
        return RunCount.floorM(c);
    }

    /** How far rounding may shrink an easy run: the shortest run of any week, or 90% of the engine's floor. */
    double shortest(final WeekComposer.Week w) {
        final double m = floor();
        return m > Sessions.MIN_RUN_M ? m - 1 : Sessions.MIN_RUN_M * 0.9;
    }

    /** The longest an easy run may be: three quarters of the long run, or an even share of a big week, never over it. */
    double easyCap(final double longM, final WeekComposer.Week w) {
        // Never stretched past that to hold a big week (VolumeTarget.notHeld says so instead), nor past the longest
        // run the runner has done before this week.
        // On two days the other run may be as long as the long run (coach review D7b): three quarters of it would hold
        // a two-day week under the runner's current week.
        final double cap = (w.days().size() <= RunCount.FEWEST_RUNS && RunCount.applies(c) ? 1 : WeekComposer.EASY_SHARE_OF_LONG) * longM;
        return w.longestSoFarM() > 0 ? Math.min(cap, Math.max(Sessions.MIN_RUN_M, w.longestSoFarM())) : cap;
    }
}
