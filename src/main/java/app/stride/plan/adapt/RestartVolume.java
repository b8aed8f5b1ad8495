package app.stride.plan.adapt;

import app.stride.plan.Fitness;
import app.stride.plan.PlanRepository.PlanVersion;
import app.stride.plan.SessionStatus;
import app.stride.plan.Step;
import java.time.Duration;
import app.stride.plan.PlanWeek;
import app.stride.plan.SessionType;
import app.stride.tracking.LoggedRun;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The week a rebuilt plan restarts from: the last full week the runner ran (every planned run of a plan week logged),
 * never a part-logged week — one run in the week before a break is not the runner's volume (coach's review).
 */
final class RestartVolume {

    /** A plan week the runner ran in full: its logged distance and runs. */
    record FullWeek(LocalDate start, double metres, int runs) {
    }

    private RestartVolume() {
    }

    /** The last plan week that ended before {@code asOf} with as many runs logged as it planned, if any. */
    static Optional<FullWeek> lastFullWeek(final PlanVersion v, final List<LoggedRun> log, final LocalDate asOf) {
        final List<PlanWeek> weeks = v.plan().weeks();
        for (int k = weeks.size() - 1; k >= 0; k--) {
            final LocalDate start = weeks.get(k).start();
            final LocalDate end = start.plusDays(6);
            if (!end.isBefore(asOf)) {
                continue;
            }
            final long planned = v.sessions().stream().filter(s -> in(s.date(), start, end))
                    .filter(s -> !SessionType.CROSS_TRAINING.code().equals(s.type())).count();
            final List<LoggedRun> ran = log.stream().filter(r -> in(r.date(), start, end)).toList();
            if (planned == 0 || ran.size() < planned) {
                continue;
            }
            final List<Double> known = ran.stream().flatMap(r -> r.report().distanceM().stream()).toList();
            if (known.isEmpty()) {
                continue;
            }
            // Runs logged without a distance count as the average of those with one.
            final double metres = known.stream().mapToDouble(Double::doubleValue).sum() / known.size() * ran.size();
            return Optional.of(new FullWeek(start, metres, ran.size()));
        }
        return Optional.empty();
    }

    /** A week back is never cut below this by the share: under ~5 km after the time-off table a runner plans as a walker. */
    static final double SHARE_FLOOR_M = 6_500;

    /**
     * The most of the last full week the first week back may hold after {@code daysOff} days without running. Daniels
     * (time off of 6 to 28 days) returns at half, then three quarters of the load, so a coach wants the first week back
     * at about 50–75% of the last full week; the time-off table in {@code Fitness} lowers the volume much less (87%
     * after 13 days) and the generator's first week may be 10% above that: a rebuild after 13 days came back at 95%
     * (coach review). The share falls from 100% at a week off (the rebuild threshold: the runner's own week, coach
     * review finding 1) to 50% at two weeks — 71% after 11 days, 57% after 13 — and stays there up to 28 days, where
     * {@code ReturnerRamp}'s halves and thirds take over.
     */
    static double firstWeekShare(final int daysOff) {
        if (daysOff <= 7 || daysOff > 28) {
            return 1;
        }
        return daysOff >= 14 ? 0.5 : 1 - 0.5 * (daysOff - 7) / 7.0;
    }

    /** The limit on the first week back: {@code metres} times the share, never below {@link #SHARE_FLOOR_M} by it. */
    static double firstWeekLimit(final double metres, final int daysOff) {
        return Math.max(metres * firstWeekShare(daysOff), Math.min(metres, SHARE_FLOOR_M));
    }

    private static boolean in(final LocalDate d, final LocalDate start, final LocalDate end) {
        return !d.isBefore(start) && !d.isAfter(end);
    }

    /**
     * For a plan that started from walking (Couch to 5K), the longest running stretch in a session the runner did, in
     * whole minutes: the rebuilt plan picks the programme up there (a stage may be repeated, never skipped).
     */
    static Optional<Integer> continuousDone(final PlanVersion v) {
        if (v.plan().fitness().level() != Fitness.Level.WALK_RUN) {
            return Optional.empty();
        }
        long best = 0;
        for (int i = 0; i < v.sessions().size(); i++) {
            if (v.sessions().get(i).status() == SessionStatus.DONE) {
                best = Math.max(best, longestRunS(v.plan().sessions().get(i).steps()));
            }
        }
        return best >= 60 ? Optional.of((int) (best / 60)) : Optional.empty();
    }

    private static long longestRunS(final List<Step> steps) {
        long best = 0;
        for (Step st : steps) {
            if (st.kind() == Step.Kind.REPEAT) {
                best = Math.max(best, longestRunS(st.steps()));
            } else if (st.kind() == Step.Kind.RUN || st.kind() == Step.Kind.WORK) {
                best = Math.max(best, st.duration().map(Duration::toSeconds).orElse(0L));
            }
        }
        return best;
    }
}
