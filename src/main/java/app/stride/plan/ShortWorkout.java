package app.stride.plan;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * A small week keeps its third run before its workout keeps a long warm-up (coach review p30): in a week of three runs
 * or fewer whose workout, with its 10-minute warm-up and cool-down, leaves another run under 20 minutes, the warm-up and
 * cool-down shorten (down to {@value #SHORTEST_WARM_MIN} minutes each) so the other runs get their 20 minutes, as long
 * as the session itself still lasts {@value RunCount#MIN_RUN_MINUTES} minutes or more. A coach sets "10 minutes easy,
 * 4 × 1 minute hills, a few minutes easy" in a 12 km week rather than drop a run and, with it, the workout (a week of
 * two runs holds none): p30's week 3 (12.4 km, a 5 km long run and a 20-minute run) leaves 3.9 km, where its hill
 * session with 10-minute warm-up and cool-down needs 4.9 km.
 */
final class ShortWorkout {

    /** The shortest warm-up (and cool-down) a shortened workout keeps, in minutes. */
    static final int SHORTEST_WARM_MIN = 5;

    private ShortWorkout() {
    }

    /**
     * Whether a small week's workout goes short (or gives way to the week's next kind) to keep its runs: only once the
     * long run reaches the distance's usual minimum (within {@link LongRunRule#READY_MARGIN_M}; always without a race).
     * Before that the long run comes first: a 10K returner after 150 days off (golden case) got an 8 km long run in a
     * two-run week and races non-stop; three runs with hills held the long run at 6.5 km and the race to walk breaks.
     */
    static boolean applies(final PlanContext c, final WeekComposer.Week w) {
        return !c.req().hasRace() || w.longM() >= LongRunRule.usualMinimum(c.distance(), c.req().goal()) - LongRunRule.READY_MARGIN_M;
    }

    /**
     * Shortens the warm-ups of {@code work} (date to workout) while the workouts need more than {@code roomM}, each to
     * the longest warm-up that fits and keeps the session at 20 minutes or more; returns the workouts' total metres.
     */
    static double fit(final Sessions sessions, final Map<LocalDate, Session> work, final WeekComposer.Week w,
                      final double roomM) {
        double total = work.values().stream().mapToDouble(s -> s.load().totalM()).sum();
        for (Map.Entry<LocalDate, Session> e : work.entrySet()) {
            final Session s = e.getValue();
            for (int warm = (int) Sessions.WARM.toMinutes() - 1; warm >= SHORTEST_WARM_MIN && total > roomM + 1; warm--) {
                final Optional<Session> shorter = sessions.workout(s.date(), s.type(), w.volumeM(), w.step(), w.peakForm(),
                        Duration.ofMinutes(warm));
                if (shorter.isEmpty() || shorter.get().duration().orElse(Duration.ZERO).toMinutes() < RunCount.MIN_RUN_MINUTES) {
                    break;
                }
                if (total - s.load().totalM() + shorter.get().load().totalM() <= roomM + 1) {
                    total += shorter.get().load().totalM() - e.getValue().load().totalM();
                    e.setValue(shorter.get());
                }
            }
        }
        return total;
    }
}
