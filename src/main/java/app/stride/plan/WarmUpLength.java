package app.stride.plan;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** How long a workout's warm-up and cool-down are: 10 minutes, 15 or more when the week has room. */
final class WarmUpLength {

    private final PlanContext c;
    private final Sessions sessions;

    WarmUpLength(final PlanContext c, final Sessions sessions) {
        this.c = c;
        this.sessions = sessions;
    }

    /**
     * A workout is a warm-up, the work and a cool-down, sized by the work: the warm-up and cool-down are 10 minutes,
     * 15 when the week has room (never over {@link Sessions#MAX_WARM_M} each). The volume a big week needs goes to easy
     * runs and the long run, not into ever longer warm-ups (a coach does not pad a 6 × 400 m session to 15 km).
     */
    void lengthen(final List<Session> out, final WeekComposer.Week w) {
        if (w.raceWeek()) {
            // Race week's workout is the shortest of the taper: a touch of pace, not a long day.
            return;
        }
        final double fiveMin = c.easyM(5);
        for (int i = 0; i < out.size(); i++) {
            final Session s = out.get(i);
            if (!s.type().isQuality()) {
                continue;
            }
            Session best = s;
            // A hill session is a short hard block: its 10-minute warm-up and cool-down are not lengthened (45 min at most).
            final int maxWarm = s.type() == SessionType.HILLS ? 10 : Sessions.maxWarmMinutes(c.pv(s.date()).easy());
            for (int warm = Math.min(15, maxWarm); warm <= maxWarm && warm > 10; warm += 5) {
                final double room = w.volumeM() - WeekComposer.total(out) + s.load().totalM();
                final Optional<Session> longer = sessions.workout(s.date(), s.type(), w.volumeM(), w.step(), w.peakForm(),
                        Duration.ofMinutes(warm));
                if (longer.isEmpty() || longer.get().load().totalM() > room + 1 || room - best.load().totalM() < 2 * fiveMin) {
                    break;
                }
                best = longer.get();
            }
            out.set(i, best);
        }
    }
}
