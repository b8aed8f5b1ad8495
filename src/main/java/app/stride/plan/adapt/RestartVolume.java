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
