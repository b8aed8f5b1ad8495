package app.stride.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Walk breaks never come back (coach review p18/p02): once the plan has had a runner run N minutes non-stop, no later
 * run of N minutes or less walks again. Race-day rehearsals of a run/walk race, and anything else that adds walk breaks
 * late, give way to what the runner already does non-stop. Only a race the runner is not ready for keeps its own walk
 * breaks; walker-runners and run/walk runners by choice walk by design, and Couch to 5K steps are the programme's own.
 * A long run within the non-stop reach of the runs before it ({@link #reach}) runs through too, unless the race walks
 * (coach review 4: 4/1 long runs of 36–57 minutes after a 44-minute non-stop Tuesday, then a non-stop race); any other
 * run within the reach runs through even then (40-minute 4/1 easy runs after 30-minute non-stop ones, then 45 minutes
 * non-stop the week after, once the ramp reached its shares).
 */
final class NonStopFloor {

    /** A minute's slack: rounding to whole minutes or five-minute steps never makes a run "longer". */
    private static final double SLACK_MIN = 0.5;

    private NonStopFloor() {
    }

    /**
     * Removes walk breaks from every run no longer than a run the plan had already had them run non-stop, and from a
     * long run within the non-stop reach ({@link #reach}) of the runs before it, when the race itself runs through.
     */
    static void keep(final List<PlanWeek> weeks, final Sessions sessions, final PlanContext c) {
        if (c.fit().level() != Fitness.Level.RUNNER || c.fit().runWalk().isPresent() || c.walker()) {
            return;
        }
        // A race run with walk breaks keeps its rehearsals in the long runs (Feasibility): only the first rule then.
        final boolean raceRunsThrough = weeks.stream().flatMap(w -> w.sessions().stream())
                .noneMatch(s -> s.type() == SessionType.RACE && s.runWalk().isPresent());
        double longest = 0;
        // The longest non-stop run on an earlier day, this week's included (the reach grows from Tuesday to Sunday).
        double before = 0;
        for (int w = 0; w < weeks.size(); w++) {
            final List<Session> ss = new ArrayList<>(weeks.get(w).sessions());
            boolean changed = false;
            double weekLongest = longest;
            for (int i = 0; i < ss.size(); i++) {
                final Session s = ss.get(i);
                if (!s.type().isRun() || s.type() == SessionType.RACE) {
                    continue;
                }
                final double min = minutes(s, c);
                // An easy run within the reach runs through even when the race walks: only long runs rehearse it.
                final boolean reached = (raceRunsThrough || s.type() != SessionType.LONG) && min <= reach(before) + SLACK_MIN;
                if (s.runWalk().isPresent() && (min <= longest + SLACK_MIN || reached)) {
                    ss.set(i, withoutWalkBreaks(s, sessions));
                    changed = true;
                }
                if (ss.get(i).runWalk().isEmpty()) {
                    weekLongest = Math.max(weekLongest, min);
                    before = Math.max(before, min);
                }
            }
            longest = weekLongest;
            if (changed) {
                weeks.set(w, weeks.get(w).withSessions(ss));
            }
        }
    }

    /**
     * The non-stop reach from a longest non-stop run of {@code longestMin}: 15 minutes or 25% more, whichever is more
     * ({@link ContinuousAbility}'s bridge step). A long run within it goes non-stop (coach review 4, defect 3).
     */
    static double reach(final double longestMin) {
        return longestMin <= 0 ? 0 : Math.max(longestMin + ContinuousAbility.REACH_STEP_MIN,
                ContinuousAbility.REACH_FACTOR * longestMin);
    }

    /** Minutes of running the session asks for: its time when non-stop, else its distance at easy pace. */
    static double minutes(final Session s, final PlanContext c) {
        if (s.runWalk().isEmpty() && s.duration().isPresent()) {
            return s.duration().get().toSeconds() / 60.0;
        }
        return s.load().totalM() / 1000 * c.pv(s.date()).easy().midSecPerKm() / 60;
    }

    private static Session withoutWalkBreaks(final Session s, final Sessions sessions) {
        // The strides repeat is the last one (the run/walk cycles come first).
        final int strides = (int) s.steps().stream().filter(x -> x.kind() == Step.Kind.REPEAT).mapToInt(Step::times)
                .reduce((a, b) -> b).orElse(0);
        return sessions.run(s.date(), s.type() == SessionType.RUN_WALK ? SessionType.EASY : s.type(), s.load().totalM(),
                s.type() == SessionType.STRIDES ? strides : 0, Optional.empty());
    }
}
