package app.stride.plan;

import java.util.List;

/**
 * What a returner can run non-stop, as the plan itself shows it (coach review: walk breaks they have outgrown). The
 * default (what they said, else 30 or 45 minutes, +5 a week) is a floor: once the plan has them run N minutes without a
 * break in an easy run or a workout, they can run at least N. Race day runs through when the last long run did.
 *
 * <p><b>Walk breaks are a bridge</b> (coach review p10/p27) for a returner who told the longest run they ran before the
 * break and not how long they can run now: each week their non-stop reach is the longest they have run non-stop so far
 * (any run of the plan, long runs included) plus 15 minutes or 25%, whichever is more, up to the old longest run's
 * time at today's easy pace; a run goes non-stop once that reach is at least 60% of its time. Everyone else (no old
 * long run, or minutes told) keeps the rule before it, and so does a run/walk runner by choice ({@code --run-walk}:
 * their walk breaks are how they run, kept to race day, not a bridge to grow out of): a long run up to
 * 1.5 times a non-stop easy run or workout stays continuous when they ran that distance before the break.
 */
final class ContinuousAbility {

    /** How much longer than a run already done non-stop a long run may be, for a distance run before the break. */
    static final double LONG_FACTOR = 1.5;
    /** The bridge: the reach grows each week by at least this many minutes... */
    static final double REACH_STEP_MIN = 15;
    /** ... or by this factor, whichever is more. */
    static final double REACH_FACTOR = 1.25;
    /** A run goes non-stop once the reach covers this share of its time. */
    static final double NON_STOP_SHARE = 0.6;


    private final PlanContext c;
    private final double oldLongestM;
    /** Whether the bridge rule applies: an old longest run told, minutes now not told, back from 28+ days off. */
    private final boolean bridge;
    private double shownMin;
    private final int daysOff;
    private double longestNonStopMin;
    private boolean lastLongContinuous;

    ContinuousAbility(final PlanContext c, final FitnessInput in) {
        this.c = c;
        this.oldLongestM = in.longestRunM().orElse(0.0);
        this.daysOff = in.daysOff();
        this.bridge = bridges(in);
    }

    /**
     * Whether the bridge rule applies: an old longest run told, minutes now not told, back from 28+ days off, and no
     * run/walk ratio chosen (a run/walk runner by choice keeps their walk breaks all the way, race day included).
     */
    static boolean bridges(final FitnessInput in) {
        return in.longestRunM().orElse(0.0) > 0 && in.continuousMin().isEmpty() && in.daysOff() >= ReturnerRamp.RAMP_FROM
                && in.runWalk().isEmpty();
    }

    /** Whether a run of {@code minutes} needs no walk breaks beyond the default {@code floorMin}. */
    boolean continuous(final int minutes, final int floorMin) {
        if (minutes <= Math.max(floorMin, shownMin)) {
            return true;
        }
        if (bridge) {
            // The reach is capped by the old longest run, not the run: once they have rebuilt to 16.5 km non-stop, a
            // 19.5 km long run past their old 18 km is ordinary progression, not a reason for walk breaks again.
            return NON_STOP_SHARE * minutes <= reach(floorMin) + 1e-9;
        }
        final double metres = minutes * 60.0 / c.pv().easy().midSecPerKm() * 1000;
        return metres <= oldLongestM + 1 && minutes <= LONG_FACTOR * shownMin;
    }

    /**
     * This week's non-stop reach (the bridge): the longest run the plan has had them run non-stop so far plus 15 minutes
     * or 25%, whichever is more, up to the old longest run's time at easy pace (never under what they have already
     * run). Only runs count, not the week's default: after 4 months off the first week is all run/walk and the second
     * keeps walk breaks beyond the default (issue 7, finding 2), so the bridge starts from a run they did.
     */
    double reach() {
        return reach(0);
    }

    /**
     * This week's reach given the week's default {@code floorMin}: after a medium break (28 to 55 days, Daniels' less
     * detrained runner) the default counts as run, so the bridge is never slower than after two months off (coach
     * review p06: 30 days off kept 4 min / 1 min long runs to week 5, 60 days off ran them non-stop from week 3).
     */
    double reach(final double floorMin) {
        final double so = daysOff < ReturnerRamp.LONG_RAMP_FROM ? Math.max(longestNonStopMin, floorMin) : longestNonStopMin;
        final double oldMin = oldLongestM / 1000 * c.pv().easy().midSecPerKm() / 60;
        return Math.max(so, Math.min(oldMin, Math.max(so + REACH_STEP_MIN, REACH_FACTOR * so)));
    }

    /**
     * Race day runs through for a returner after a break whose last long run did, when the race is no more than 1.5
     * times the longest run the plan had them do non-stop.
     */
    boolean raceRunsThrough(final double raceMin) {
        return lastLongContinuous && daysOff >= ReturnerRamp.RAMP_FROM && raceMin <= LONG_FACTOR * longestNonStopMin;
    }

    /** Learns from a week just planned: its longest non-stop run, and how the long run went. */
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
        final TrainingPaces week = c.pv(s.date());
        final double easy = (l.totalM() - l.workM()) / 1000 * week.easy().midSecPerKm();
        final double fast = l.workM() / 1000 * week.threshold().midSecPerKm();
        return s.duration().map(d -> d.toSeconds() / 60.0).orElse((easy + fast) / 60);
    }
}
