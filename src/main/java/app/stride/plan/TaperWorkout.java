package app.stride.plan;

import java.util.List;

/** Decides race week's workout: no longer than the shortest workout of the taper before it. */
final class TaperWorkout {

    /** The shortest workout of the taper so far (null before the taper): race week's may not be longer. */
    private Session shortest;

    /** Notes a taper week's workouts (race week excluded), keeping the shortest. */
    void note(final List<Session> week) {
        for (Session s : week) {
            if (s.type().isQuality() && (shortest == null || s.load().totalM() < shortest.load().totalM())) {
                shortest = s;
            }
        }
    }

    /**
     * Race week's workout is the shortest of the taper: a longer one repeats the taper's shortest instead.
     * (Or an easy run, when the repeat would break Daniels' limits in so small a week.)
     */
    void capRaceWeek(final List<Session> week, final Sessions sessions) {
        if (shortest == null) {
            return;
        }
        final Session sh = shortest;
        final double weekM = week.stream().mapToDouble(x -> x.load().totalM()).sum();
        final Session.Load l = sh.load();
        final boolean fits = sessions.withinLimits(l, weekM);
        week.replaceAll(s -> !s.type().isQuality() || s.load().totalM() <= l.totalM() + 1 ? s
                : fits ? sessions.repaced(new Session(s.date(), sh.type(), sh.distanceM(), sh.duration(), sh.pace(),
                        sh.effort(), sh.runWalk(), sh.steps(), sh.description(), l), sh.date())
                : sessions.easyInstead(s));
    }
}
