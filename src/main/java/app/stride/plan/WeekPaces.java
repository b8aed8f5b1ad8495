package app.stride.plan;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The training paces of each week of a plan (coach review 5, defect 1). A returner's work paces (threshold, interval,
 * repetition) follow the regain curve: week {@code w}'s are those of the fitness regained after the {@code w - 1} weeks
 * before it ({@link RegainedFitness#inWeek}), so week 1 works at today's detrained fitness and the last weeks at about
 * the race day's; easy and marathon paces stay today's (the volume is run at what the runner is now, as with
 * {@link ThresholdLead}). A time goal's work paces lead its race pace ({@link ThresholdLead}: threshold for a half,
 * intervals for a 5K or 10K): a runner not coming back starts at today's and builds to the least fitness that leads it
 * ({@link #ramp}, coach review 6); everyone else's paces are today's all plan. In a returner's weeks already at
 * race-day fitness the work paces are those of the race's fitness when they do not lead; in the last
 * {@value #RACE_PACE_WEEKS} weeks, those
 * that may hold race-pace work, only the leading pace is quickened to lead it ({@link ThresholdLead#held}); earlier, a
 * returner's tempo is never run at the old form's pace.
 */
final class WeekPaces {

    /** The last weeks of a plan that may hold race-pace work (WeekPlanner: {@code k > n - 4}). */
    static final int RACE_PACE_WEEKS = 4;

    private WeekPaces() {
    }

    /**
     * Week {@code w}'s paces at index {@code w - 1}, for a plan of {@code weeks} weeks from {@code now}'s fitness;
     * {@code race}: a time goal's race time for {@code d}, whose pace the work paces lead.
     */
    static List<TrainingPaces> of(final FitnessInput in, final Vdot now, final int weeks, final RaceDistance d,
                                  final Optional<Duration> race) {
        final Vdot raceDay = RegainedFitness.onRaceDay(in, now, weeks);
        final TrainingPaces today = now.paces();
        if (race.isPresent() && raceDay.value() <= now.value()) {
            return ramp(now, weeks, d, race.get());
        }
        final List<TrainingPaces> out = new ArrayList<>(weeks);
        for (int w = 1; w <= weeks; w++) {
            final Vdot fit = RegainedFitness.inWeek(in, now, w);
            final TrainingPaces regained = fit.paces();
            // Easy and marathon paces stay today's: the volume is run at what the runner is now, and the runs are sized
            // in minutes at that pace (the 20-minute floor, the long run's time), which a quicker band would shorten.
            final TrainingPaces p = new TrainingPaces(today.easy(), today.marathon(), regained.threshold(),
                    regained.interval(), regained.repetition());
            if (race.isEmpty()) {
                out.add(p);
            } else if (fit.value() >= raceDay.value()) {
                out.add(ThresholdLead.paces(p, d, race.get()));
            } else {
                out.add(w > weeks - RACE_PACE_WEEKS ? ThresholdLead.held(p, d, race.get()) : p);
            }
        }
        return List.copyOf(out);
    }

    /**
     * A time goal's weekly paces for a runner not coming back (coach review 6, defect 4): Daniels trains at today's
     * fitness, not the goal's, so week 1's paces are today's and the work paces move in equal steps to those of the
     * least fitness whose work leads the race pace ({@link #leading}), reached in the first week that may hold race-pace
     * work (the last {@value #RACE_PACE_WEEKS}) and kept to race day. Easy and marathon paces stay today's. When today's
     * work already leads, every week is today's. In the race-pace weeks the leading pace is still held ({@link
     * ThresholdLead#held}) should a short plan leave no room to ramp.
     */
    static List<TrainingPaces> ramp(final Vdot now, final int weeks, final RaceDistance d, final Duration race) {
        final TrainingPaces today = now.paces();
        // A half's tempo is run at the fitness the race asks for, not just a hair ahead of race pace (coach review 7,
        // m16: cruise intervals at race pace); a 5K's or 10K's intervals lead theirs by the race's own fitness already.
        final double need = d.metres() > 10000 ? Math.max(leading(now, d, race), Vdot.fromRace(d.metres(), race).value())
                : leading(now, d, race);
        final int reach = Math.max(2, weeks - RACE_PACE_WEEKS + 1);
        final List<TrainingPaces> out = new ArrayList<>(weeks);
        for (int w = 1; w <= weeks; w++) {
            final double v = now.value() + (need - now.value()) * Math.min(1.0, (w - 1) / (double) (reach - 1));
            final TrainingPaces fit = new Vdot(v).paces();
            final TrainingPaces p = new TrainingPaces(today.easy(), today.marathon(), fit.threshold(), fit.interval(),
                    fit.repetition());
            out.add(w > weeks - RACE_PACE_WEEKS ? ThresholdLead.held(p, d, race) : p);
        }
        return List.copyOf(out);
    }

    /**
     * The least VDOT from {@code now} up whose leading work pace (threshold for a half or marathon, intervals for a 5K
     * or 10K) leads the race pace of {@code race}; {@code now} when today's already does, at most the race's own VDOT
     * (or a little above, for the lead) — never quicker than needed.
     */
    static double leading(final Vdot now, final RaceDistance d, final Duration race) {
        if (leads(now, d, race)) {
            return now.value();
        }
        double lo = now.value();
        double hi = Math.max(lo, Vdot.fromRace(d.metres(), race).value()) + 3;
        if (!leads(new Vdot(hi), d, race)) {
            return Math.max(lo, Vdot.fromRace(d.metres(), race).value());
        }
        for (int i = 0; i < 30; i++) {
            final double mid = (lo + hi) / 2;
            if (leads(new Vdot(mid), d, race)) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return hi;
    }

    private static boolean leads(final Vdot v, final RaceDistance d, final Duration race) {
        final TrainingPaces p = v.paces();
        return ThresholdLead.held(p, d, race).equals(p);
    }

    /**
     * The time a race of {@code d} is planned at: the target when the fitness by race day (a returner's regained, or
     * today's plus the ordinary gain of about 3% in 8 weeks) reaches it, else what that fitness predicts.
     */
    static Duration raceTime(final FitnessInput in, final Vdot now, final RaceDistance d, final Optional<Duration> target,
                             final int weeks) {
        final Vdot raceDay = RegainedFitness.onRaceDay(in, now, weeks);
        if (target.isEmpty()) {
            return raceDay.raceTime(d.metres());
        }
        final Vdot end = new Vdot(Math.max(raceDay.value(), ordinaryGain(now, weeks)));
        return Vdot.fromRace(d.metres(), target.get()).value() > end.value() ? end.raceTime(d.metres()) : target.get();
    }

    /** Today's fitness with the ordinary gain of {@code weeks} of training on top (about 3% in 8 weeks). */
    static double ordinaryGain(final Vdot now, final int weeks) {
        return now.value() * (1 + 0.03 * weeks / 8.0);
    }

    /**
     * Whether a plan's work paces lead its race pace: a time goal, unless a returner starting again with walk breaks
     * and no target, who races it as a finish (coach review 5, r05).
     */
    static boolean leads(final PlanRequest req, final Fitness fit, final boolean returning) {
        return req.goal() == Goal.TIME && req.distance().isPresent()
                && !(fit.level() == Fitness.Level.WALK_RUN && returning && req.targetTime().isEmpty());
    }

    /** The weekly paces {@code plan} is made with (empty for a plan by effort): what PlanRules checks it against. */
    static Optional<List<TrainingPaces>> of(final Plan plan) {
        final PlanRequest req = plan.request();
        final FitnessInput in = req.fitness();
        final int weeks = plan.weeks().size();
        return plan.fitness().vdot().map(now -> {
            final RaceDistance d = req.distance().orElse(RaceDistance.FIVE_K);
            final boolean returning = RegainedFitness.onRaceDay(in, now, weeks).value() > now.value();
            return of(in, now, weeks, d, leads(req, plan.fitness(), returning)
                    ? Optional.of(raceTime(in, now, d, req.targetTime(), weeks)) : Optional.empty());
        });
    }

    /** The week (from 1) of a plan starting {@code start} that {@code date} falls in. */
    static int weekOf(final java.time.LocalDate start, final java.time.LocalDate date) {
        return (int) Math.floorDiv(java.time.temporal.ChronoUnit.DAYS.between(start, date), 7) + 1;
    }

    /** {@code s} with each pace of {@code from} (one week's zones) turned into the same zone of {@code to}. */
    static Session repaced(final Session s, final TrainingPaces from, final TrainingPaces to) {
        if (from.equals(to)) {
            return s;
        }
        final java.util.Map<PaceRange, PaceRange> zone = new java.util.HashMap<>();
        zone.put(from.repetition(), to.repetition());
        zone.put(from.interval(), to.interval());
        zone.put(from.threshold(), to.threshold());
        zone.put(from.marathon(), to.marathon());
        zone.put(from.easy(), to.easy());
        return new Session(s.date(), s.type(), s.distanceM(), s.duration(), s.pace().map(p -> zone.getOrDefault(p, p)),
                s.effort(), s.runWalk(), repaced(s.steps(), zone), s.description(), s.load());
    }

    private static List<Step> repaced(final List<Step> steps, final java.util.Map<PaceRange, PaceRange> zone) {
        return steps.stream().map(x -> new Step(x.kind(), x.distanceM(), x.duration(), x.pace().map(p -> zone.getOrDefault(p, p)),
                x.effort(), x.times(), repaced(x.steps(), zone))).toList();
    }
}
