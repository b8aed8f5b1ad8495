package app.stride.plan;

import java.util.List;

/**
 * What a returner can run non-stop, as the plan itself shows it (coach review: walk breaks they have outgrown). The
 * default (what they said, else 30 or 45 minutes, +5 a week) is a floor: once the plan has them run N minutes without a
 * break in an easy run or a workout, they can run at least N. A long run up to 1.5 N stays continuous for a returner who
 * ran that distance before the break; race day runs through when the last long run did.
 */
final class ContinuousAbility {

    /** How much longer than a run already done non-stop a long run may be, for a distance run before the break. */
    static final double LONG_FACTOR = 1.5;

    private final PlanContext c;
    private final double oldLongestM;
    private double shownMin;
    private final int daysOff;
    private double longestNonStopMin;
    private boolean lastLongContinuous;

    ContinuousAbility(final PlanContext c, final FitnessInput in) {
        this.c = c;
        this.oldLongestM = in.longestRunM().orElse(0.0);
        this.daysOff = in.daysOff();
    }

    /** Whether a run of {@code minutes} needs no walk breaks beyond the default {@code floorMin}. */
    boolean continuous(final int minutes, final int floorMin) {
        if (minutes <= Math.max(floorMin, shownMin)) {
            return true;
        }
        final double metres = minutes * 60.0 / c.pv().easy().midSecPerKm() * 1000;
        return metres <= oldLongestM + 1 && minutes <= LONG_FACTOR * shownMin;
    }

    /**
     * Race day runs through for a returner after a break whose last long run did, when the race is no more than 1.5
     * times the longest run the plan had them do non-stop.
     */
    boolean raceRunsThrough(final double raceMin) {
        return lastLongContinuous && daysOff >= 28 && raceMin <= LONG_FACTOR * longestNonStopMin;
    }

    /** Learns from a week just planned: its longest non-stop run that is not a long run, and how the long run went. */
    void record(final List<Session> week) {
        for (Session s : week) {
            if (s.type() == SessionType.LONG) {
                lastLongContinuous = s.runWalk().isEmpty();
                if (lastLongContinuous) {
                    longestNonStopMin = Math.max(longestNonStopMin, minutes(s));
                }
            } else if (s.type().isRun() && s.type() != SessionType.RACE && s.runWalk().isEmpty()) {
                shownMin = Math.max(shownMin, minutes(s));
                longestNonStopMin = Math.max(longestNonStopMin, shownMin);
            }
        }
    }

    /** Minutes of running: the fast metres at threshold pace, the rest at easy pace. */
    private double minutes(final Session s) {
        final Session.Load l = s.load();
        final double easy = (l.totalM() - l.workM()) / 1000 * c.pv().easy().midSecPerKm();
        final double fast = l.workM() / 1000 * c.pv().threshold().midSecPerKm();
        return s.duration().map(d -> d.toSeconds() / 60.0).orElse((easy + fast) / 60);
    }
}
