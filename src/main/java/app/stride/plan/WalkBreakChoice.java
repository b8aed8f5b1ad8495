package app.stride.plan;

import app.stride.plan.Fitness.Level;
import java.util.Optional;

/** Which runs walk: walk breaks for one run of a runner week, and on race day. */
final class WalkBreakChoice {

    private final PlanContext c;
    private final PlanRequest req;
    private final Fitness fit;
    private final ContinuousAbility ability;

    WalkBreakChoice(final PlanContext c, final ContinuousAbility ability) {
        this.c = c;
        this.req = c.req();
        this.fit = c.fit();
        this.ability = ability;
    }

    /**
     * Race-day walk breaks: by choice, a walker-runner's, a race longer than a returner can run non-stop by then, or for
     * a beginner whose programme stopped short of the distance. {@code step}: the progression step reached;
     * {@code firstRunnerWeek}: the first week after Couch to 5K; {@code c25k}: the Couch-to-5K session reached.
     */
    Optional<RunWalk> race(final int step, final int firstRunnerWeek, final int c25k) {
        if (fit.runWalk().isPresent()) {
            return fit.runWalk();
        }
        if (c.walker()) {
            // Race day at the ratio trained last (the taper holds it), unless their stated ability covers the race.
            final int minutes = (int) Math.round(c.distance().metres() / 1000 * WalkerRunWalk.pace(req.fitness(),
                    c.pv().easy().midSecPerKm()) / 60);
            return WalkerRunWalk.breaks(req.fitness(), c.walkerRatio(Math.max(0, step - 1)), c.dates().weeks(), minutes);
        }
        if (fit.level() == Level.RUNNER) {
            // Race day follows the rule of every run: walk breaks beyond what the runner can run non-stop by then
            // (Feasibility keeps the ratio in the long runs of the last weeks, so the race walks as they trained).
            // An effort-only estimate is not on the clock the plan's runs are measured on: the race is timed at the
            // plan's easy pace like every run it is compared with (coach review 6, p04: the estimate's slow end, 84
            // minutes, put walk breaks back on race day and, through NonStopFloor, on 7 of 11 long runs).
            final boolean estimated = c.effortMode() && req.fitness().recentRace().isEmpty();
            final double minutes = c.raceTime().filter(r -> !estimated).map(r -> r.slowest().toSeconds() / 60.0)
                    .orElse(c.distance().metres() / 1000 * c.pv().easy().midSecPerKm() / 60);
            if (ability.raceRunsThrough(minutes)) {
                return Optional.empty();
            }
            return run(c.dates().weeks() - firstRunnerWeek + 1, (int) Math.round(minutes), false, step);
        }
        if (c25k >= CouchToFiveK.SESSIONS) {
            // Thirty minutes run non-stop: the race does not go back to walk breaks (coach review p02), however few
            // weeks of running are left after the programme.
            return Optional.empty();
        }
        final int stage = CouchToFiveK.week(Math.max(0, c25k - 1));
        return Optional.of(stage <= 5 || c.distance() != RaceDistance.FIVE_K ? new RunWalk(60, 60)
                : stage <= 6 ? new RunWalk(240, 60) : new RunWalk(600, 60));
    }

    /** Walk breaks for a run of {@code minutes}: by choice always; for a returner beyond what they can run non-stop. */
    Optional<RunWalk> run(final int week, final int minutes, final boolean firstReentryWeek, final int ordinary) {
        if (fit.runWalk().isPresent()) {
            return fit.runWalk();
        }
        if (c.walker()) {
            return WalkerRunWalk.breaks(req.fitness(), c.walkerRatio(ordinary), week, minutes);
        }
        if (firstReentryWeek) {
            return Optional.of(new RunWalk(240, 60));
        }
        final boolean returner = ReturnerRamp.weeks(req.fitness().daysOff()) > 0 || req.fitness().continuousMin().isPresent();
        if (returner && fit.level() == Level.RUNNER
                && !ability.continuous(minutes, ReturnerRamp.continuousMinutes(req.fitness().continuousMin(),
                        req.fitness().daysOff(), week))) {
            return Optional.of(new RunWalk(240, 60));
        }
        return Optional.empty();
    }
}
