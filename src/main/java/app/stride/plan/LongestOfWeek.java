package app.stride.plan;

import java.util.List;
import java.util.function.BiFunction;

/**
 * The long run is the longest run of its week (issue 7's long-run rule; coach review 5, p03: week 5's "long" run of 20
 * minutes beside two 20-minute easy runs). After a week of three or more runs is composed, an easy run as long as the
 * long run or longer is shortened to a chunk under it (5 minutes or half a kilometre), never under the week's shortest
 * run (there a tie stays) and never so far that the long run passes its share of the week. The long run itself is not
 * lengthened: it already stands at what the growth, long-run and share rules allow. Open: a workout may still be
 * longer than a novice's long run (a 30-minute hill session, 20 minutes of it warm-up and cool-down, beside a 25-minute
 * long run); the workouts' size is {@link WorkoutProgression}'s decision.
 */
final class LongestOfWeek {

    private LongestOfWeek() {
    }

    /**
     * Shortens the easy runs in {@code out} that are not shorter than its long run ({@code rerun} makes the same session
     * at a new length), none under {@code shortestM}; one longer than the long run and within the week's planned long
     * run {@code maxLongM} and its share trades lengths with it instead (the week keeps its volume).
     */
    static void make(final List<Session> out, final double chunkM, final double shortestM,
                     final double maxLongM, final BiFunction<Session, Double, Session> rerun,
                     final java.util.function.BiPredicate<Session.Load, Double> withinLimits) {
        final double longM = PlanWeek.longRunM(out);
        final int runs = (int) out.stream().filter(s -> s.type().isRun() && s.type() != SessionType.RACE).count();
        if (longM <= 0 || runs < RunCount.FEWEST_RUNS) {
            return;
        }
        for (int i = 0; i < out.size(); i++) {
            final Session s = out.get(i);
            final double r = s.load().totalM();
            if (!RecoveryBetween.easyKind(s.type()) || r < longM - 1) {
                continue;
            }
            final double week0 = WeekComposer.total(out);
            if (r > longM + 1 && r <= maxLongM + 1 && r <= LongRunRule.share(runs) * week0 + 1) {
                // The run the long run was meant to be (the week's planned long run, within every rule): they trade.
                final int at = out.indexOf(out.stream().filter(x -> x.type() == SessionType.LONG).findFirst().orElseThrow());
                out.set(at, rerun.apply(out.get(at), r));
                out.set(i, rerun.apply(s, longM));
                return;
            }
            final double to = Math.max(shortestM, longM - chunkM);
            if (to >= r - 1) {
                continue;
            }
            final double week = WeekComposer.total(out) - r + to;
            // Not past the long run's share of the smaller week, nor a workout past Daniels' limits in it.
            if (longM > LongRunRule.share(runs) * week + 1
                    || out.stream().anyMatch(x -> x.type().isQuality() && !withinLimits.test(x.load(), week))) {
                continue;
            }
            out.set(i, rerun.apply(s, to));
        }
    }
}
