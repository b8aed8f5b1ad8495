package app.stride.plan.adapt;

import app.stride.plan.FitnessInput;
import app.stride.plan.Plan;
import app.stride.plan.PlanGenerator;
import app.stride.plan.PlanRepository.PlanVersion;
import app.stride.plan.PlanRequest;
import app.stride.plan.PlanWeek;
import app.stride.plan.ReturnerRamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * A rebuilt future never asks more than the runner showed before the break: the week back is at most the last full
 * week run (or the volume they told) times the first-week share for the days off ({@link ReturnerRamp#firstWeekShare},
 * about half to three quarters after 8–28 days; after 8–27 days the engine holds it and climbs back from it,
 * {@link ReturnerRamp#climbsBack}, so only a week back it did not hold scales the request), and the new peak at most the original plan's, in metres and in
 * minutes, and no session longer than the original plan's longest. The generator is asked again from a proportionally lower
 * volume until these hold (a coach's review of re-plans); what scaling cannot reach (walkers and run/walk runners,
 * who have no volume to scale, or a consistency plan's half-hour floor) is trimmed (coach review: walkers), and a
 * runner's rebuild that became Couch to 5K is held by time ({@link ReturnerTime}).
 */
final class RebuildLimits {

    private static final int ATTEMPTS = 5;
    /**
     * A week back the engine held may come out a little over the limit: ReturnerRamp.aboutShare sets it to the nearest
     * whole run length, up to half a run length over (250 m of a plan by distance's half kilometre), and the runs'
     * rounding adds a little more (2%).
     */
    private static final double HELD_TOLERANCE = 1.02;
    /** Half the run length of a plan by distance (PlanContext.chunkM, not visible from here): see HELD_TOLERANCE. */
    private static final double HELD_SLACK_M = 250;

    private RebuildLimits() {
    }

    /** The future for {@code request} (built from the plan week under way), within both limits. */
    static Plan generate(final PlanVersion v, final PlanRequest request, final LocalDate today,
                         final Optional<RestartVolume.FullWeek> full, final app.stride.settings.DistanceUnit unit) {
        final PlanGenerator generator = new PlanGenerator(Clock.fixed(today.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC),
                unit);
        final double peakLimit = peak(v.plan());
        final boolean byTime = RebuildTrim.byTime(v.plan());
        final double peakMinLimit = byTime ? peakMinutes(v.plan()) : 0;
        final double longestLimit = RebuildTrim.longest(v.plan(), byTime);
        final Optional<Double> backLimit = full.map(RestartVolume.FullWeek::metres).or(() -> request.fitness().weeklyM())
                .map(m -> ReturnerRamp.firstWeekLimit(m, request.fitness().daysOff()));
        PlanRequest r = request;
        Plan plan = generator.generate(r);
        for (int k = 0; k < ATTEMPTS; k++) {
            // A runner's rebuild that fell under the walker threshold is Couch to 5K: its stages do not depend on the
            // volume, so a lower one changes nothing (it went to 119 m once); it is held by time (ReturnerTime).
            if (ReturnerTime.applies(plan, v.plan())) {
                break;
            }
            final double first = plan.weeks().get(0).trainingM();
            final double peak = peak(plan);
            final double peakMin = peakMinutes(plan);
            double ratio = peak > peakLimit && peakLimit > 0 ? peakLimit / peak : 1;
            if (peakMin > peakMinLimit && peakMinLimit > 0) {
                ratio = Math.min(ratio, peakMinLimit / peakMin);
            }
            final double longest = RebuildTrim.longest(plan, byTime);
            if (longest > longestLimit && longestLimit > 0) {
                ratio = Math.min(ratio, longestLimit / longest);
            }
            // After 8-27 days off the engine holds the week back itself and climbs back from it (ReturnerRamp.climbsBack):
            // scaling the whole request to the week back left set-up A peaking at 22 of its 36 km.
            final boolean held = ReturnerRamp.climbsBack(plan.request(), plan.fitness())
                    && first <= backLimit.orElse(0.0) * HELD_TOLERANCE + HELD_SLACK_M;
            if (backLimit.isPresent() && first > backLimit.get() && first > 0 && !held) {
                ratio = Math.min(ratio, backLimit.get() / first);
            }
            if (ratio >= 0.999 || r.fitness().weeklyM().isEmpty()) {
                break;
            }
            r = scaled(r, ratio * 0.99);
            plan = generator.generate(r);
        }
        return RebuildTrim.within(plan, v.plan(), today);
    }

    /** The most a training week holds (race left out). */
    static double peak(final Plan plan) {
        return plan.weeks().stream().mapToDouble(PlanWeek::trainingM).max().orElse(0);
    }

    /** The most minutes a training week holds (race left out). */
    static double peakMinutes(final Plan plan) {
        return plan.weeks().stream().mapToDouble(RebuildTrim::minutes).max().orElse(0);
    }

    private static PlanRequest scaled(final PlanRequest r, final double ratio) {
        final FitnessInput f = r.fitness();
        final FitnessInput lower = new FitnessInput(f.recentRace(), f.weeklyM().map(m -> m * ratio), f.runsPerWeek(),
                f.longestRunM().map(m -> m * ratio), f.continuousMin(), f.runWalk(), f.daysOff(), f.crossTrained());
        return new PlanRequest(r.goal(), r.distance(), r.targetTime(), r.startDate(), r.raceDate(), r.weeks(), r.days(),
                r.longRunDay(), lower, r.replan());
    }
}
