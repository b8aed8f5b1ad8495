package app.stride.plan;

import app.stride.settings.DistanceUnit;
import app.stride.plan.Fitness.Level;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * Builds a plan from a request: pure and deterministic (today comes from the injected clock). A short coordinator:
 * {@link PlanValidation} and {@link PlanDates} check the request, {@link Fitness} reads the runner, {@link WeekPlanner}
 * asks the named rules week by week, {@link Feasibility} refuses what cannot be done safely and says what can.
 */
public final class PlanGenerator {

    private final Clock clock;
    private final DistanceUnit unit;
    private final MinimumDose.Use dose;

    /** A generator for a runner who counts in kilometres. */
    public PlanGenerator(final Clock clock) {
        this(clock, DistanceUnit.KM);
    }

    /** A generator for a runner who counts in {@code unit}: a mile runner's workouts come in miles and track metres. */
    public PlanGenerator(final Clock clock, final DistanceUnit unit) {
        this(clock, unit, MinimumDose.Use.ON);
    }

    /** A generator using the minimum dose as {@code dose} says (tests compare plans with and without it). */
    PlanGenerator(final Clock clock, final DistanceUnit unit, final MinimumDose.Use dose) {
        this.clock = clock;
        this.unit = unit;
        this.dose = dose;
    }

    /** The plan for {@code request}; throws {@link PlanInputException} naming the field for bad or impossible input. */
    public Plan generate(final PlanRequest request) {
        PlanValidation.check(request);
        final LocalDate today = LocalDate.now(clock);
        final PlanDates dates = PlanDates.resolve(request, today);
        final Fitness fit = Fitness.assess(request.fitness());
        final List<PlanMessage> warnings = new ArrayList<>();
        if (request.hasRace() && dates.weeks() < PlanDates.MIN_WEEKS && !request.replan()) {
            warnings.add(PlanMessage.of("shortPlan", dates.weeks(), request.distance().orElseThrow()));
        }
        if (dates.start().isBefore(today) && !request.replan()) {
            warnings.add(PlanMessage.of("pastStart", dates.start(), today));
        }
        // A race more than 12 weeks away: the plan starts later; until then the runner keeps running as now (n10).
        final LocalDate asked = request.startDate().orElse(PlanDates.defaultStart(today));
        if (request.hasRace() && request.weeks().isEmpty() && !request.replan() && dates.start().isAfter(asked)) {
            warnings.add(PlanMessage.of("startsLater", asked, dates.start(), dates.weeks()));
        }
        final boolean miles = unit == DistanceUnit.MI;
        final List<PlanMessage> before = List.copyOf(warnings);
        final BiFunction<PlanRequest, PlanDates, Generation> builder =
                (r, d) -> build(r, d, Fitness.assess(r.fitness()), new ArrayList<>(), miles, true, dose);
        Generation g = build(request, dates, fit, warnings, miles, true, dose);
        Feasibility.check(g, request, dates, builder, warnings);
        if (Feasibility.raceWalks(g.draft()) && hasRacePaceWork(g.draft())) {
            // The race is run with walk breaks (not ready, or beyond what a returner runs non-stop): repeats at an
            // all-out race pace would rehearse a race the plan does not mean to be run. Threshold work does the job.
            warnings.clear();
            warnings.addAll(before);
            g = build(request, dates, fit, warnings, miles, false, dose);
            Feasibility.check(g, request, dates, builder, warnings);
        }
        // What the runner already runs non-stop never walks again (coach review p18): last, after the race's rehearsals.
        NonStopFloor.keep(g.draft().weeks(), g.sessions(), g.context());
        final Generation made = g;
        final Map<RaceDistance, Duration> predicted = new TreeMap<>();
        fit.vdot().ifPresent(v -> {
            for (RaceDistance d : new RaceDistance[] {RaceDistance.FIVE_K, RaceDistance.TEN_K, RaceDistance.HALF, RaceDistance.MARATHON}) {
                predicted.put(d, v.raceTime(d.metres()));
            }
        });
        final List<PlanWeek> weeks = g.draft().weeks();
        if (!hasRacePaceWork(g.draft())) {
            // The stretch note's "its race-pace work uses that pace" would promise sessions the plan does not have.
            warnings.replaceAll(w -> w.code().equals("stretch") || w.code().equals("stretchReturner")
                    ? new PlanMessage(w.code().equals("stretch") ? "stretchNoRacePace" : "stretchReturnerNoRacePace", w.args()) : w);
        }
        VolumeTarget.notHeld(request, fit, weeks).ifPresent(warnings::add);
        AskedRuns.note(request, fit, runs(request, fit, DayOfWeek.SUNDAY, new ArrayList<>()), weeks, warnings)
                .ifPresent(warnings::add);
        BigStep.note(request.fitness(), weeks).ifPresent(warnings::add);
        final Optional<TimeRange> raceTime = request.hasRace()
                ? weeks.get(weeks.size() - 1).sessions().stream().filter(s -> s.type() == SessionType.RACE).findFirst()
                        .map(s -> made.sessions().raceRange(s.runWalk())) : Optional.empty();
        // The race pace is the pace race-pace work and the race use: none when the race walks and no work rehearses it.
        final Optional<PaceRange> racePace = Feasibility.raceWalks(made.draft()) && !hasRacePaceWork(made.draft())
                ? Optional.empty() : made.context().racePace();
        // The paces the sessions use (a half's work paces may lead today's, ThresholdLead).
        return new Plan(request, dates.start(), dates.end(), dates.race(), fit, fit.vdot().map(v -> made.context().pv()),
                racePace, raceTime, predicted, warnings, weeks);
    }

    /** One generation: its context, session builder and the weeks. */
    record Generation(PlanContext context, Sessions sessions, WeekPlanner planner, WeekPlanner.Draft draft) {
    }

    private static boolean hasRacePaceWork(final WeekPlanner.Draft draft) {
        return draft.weeks().stream().flatMap(w -> w.sessions().stream()).anyMatch(s -> s.type() == SessionType.RACE_PACE);
    }

    /** One generation; {@code racePaceWork} false: no race-pace repeats (threshold work instead). */
    static Generation build(final PlanRequest req, final PlanDates dates, final Fitness fit, final List<PlanMessage> warnings,
                            final boolean miles, final boolean racePaceWork) {
        return build(req, dates, fit, warnings, miles, racePaceWork, MinimumDose.Use.ON);
    }

    /** One generation using the minimum dose as {@code dose} says. */
    static Generation build(final PlanRequest req, final PlanDates dates, final Fitness fit, final List<PlanMessage> warnings,
                            final boolean miles, final boolean racePaceWork, final MinimumDose.Use dose) {
        final PlanContext ctx = context(req, dates, fit, warnings, miles, racePaceWork);
        DayOfWeek longDay = req.longRunDay().orElseGet(() -> TrainingDays.defaultLongDay(req.days()));
        final int runs = runs(req, fit, longDay, warnings);
        List<DayOfWeek> pattern = TrainingDays.choose(req.days(), runs, longDay);
        if (req.longRunDay().isEmpty() && fit.level() == Level.RUNNER && runs >= 3
                && TrainingDays.qualityDays(pattern, longDay).isEmpty()) {
            // The default long-run day left no day for a workout (e.g. sat,sun,mon: both next to Sunday): move it.
            final List<DayOfWeek> prefer = new ArrayList<>(List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
            prefer.addAll(List.of(DayOfWeek.values()));
            for (DayOfWeek d : prefer.stream().distinct().filter(req.days()::contains).toList()) {
                final List<DayOfWeek> p = TrainingDays.choose(req.days(), runs, d);
                if (!TrainingDays.qualityDays(p, d).isEmpty()) {
                    longDay = d;
                    pattern = p;
                    break;
                }
            }
        }
        final WeekPlanner planner = new WeekPlanner(ctx, runs, pattern, longDay, dose);
        return new Generation(ctx, new Sessions(ctx, dose.on()), planner, planner.run());
    }

    /** The most runs a week: one rest day a week helps absorb training (7 asked get 6 and a note, {@link AskedRuns}). */
    static final int MOST_RUNS = 6;

    /** Runs a week: beginners with a rest day between (up to 3); runners one more than now at most, up to 6. */
    static int runs(final PlanRequest req, final Fitness fit, final DayOfWeek longDay, final List<PlanMessage> warnings) {
        final int avail = req.days().size();
        if (fit.level() == Level.WALK_RUN) {
            final int spaced = TrainingDays.maxSpaced(req.days(), longDay);
            final int runs = spaced >= 2 ? spaced : Math.min(3, avail);
            if (runs < 3 && spaced >= 2) {
                warnings.add(PlanMessage.of("c25kSpacing", runs, TrainingDays.suggestSpaced(req.days())));
            } else if (spaced < 2) {
                warnings.add(PlanMessage.of("c25kBackToBack", TrainingDays.suggestSpaced(req.days())));
            }
            return runs;
        }
        final int wanted = req.goal() == Goal.CONSISTENCY ? avail : Math.max(3, fit.currentRuns());
        final int r = Math.max(2, Math.min(Math.min(avail, MOST_RUNS), Math.min(wanted, Math.max(3, fit.currentRuns() + 1))));
        // Every run has a floor of 1.5 km: never more runs than the volume can fill.
        final int filled = Math.max(2, Math.min(r, (int) Math.floor(fit.currentWeeklyM() / 1500)));
        // Six runs of a race plan need a week that fills them: else fewer, longer runs (RunCount.useful; p29). Not for a
        // returner (their ramp sizes the weeks, and a rebuild must not change the runs under them) nor a re-plan.
        final int runs = req.hasRace() && fit.level() == Level.RUNNER && !fit.reentry() && !req.replan() ? RunCount.useful(fit.currentWeeklyM(),
                fit.longestRunM(), RunCount.easySecPerKm(fit), filled) : filled;
        if (req.goal() == Goal.CONSISTENCY && runs < avail) {
            warnings.add(PlanMessage.of("daysCapped", runs, avail));
        }
        return runs;
    }

    /** Paces, race pace and race time, and the warnings about them. */
    static PlanContext context(final PlanRequest req, final PlanDates dates, final Fitness fit, final List<PlanMessage> warnings,
                               final boolean miles, final boolean racePaceWork) {
        final FitnessInput in = req.fitness();
        if (fit.assumed()) {
            warnings.add(PlanMessage.of("noFitness"));
        }
        in.recentRace().filter(r -> fit.vdot().isEmpty()).ifPresent(r -> warnings.add(PlanMessage.of("slowRace", r.distance(), r.time())));
        if (req.hasRace() && req.days().size() < 3) {
            warnings.add(PlanMessage.of("fewDays", req.days().size(), req.distance().orElseThrow()));
        }
        if (in.daysOff() >= 14 && fit.level() != Level.WALK_RUN) {
            warnings.add(PlanMessage.of("returnerHurts"));
        }
        final boolean effortMode = fit.vdot().isEmpty();
        final Vdot planning = fit.vdot().orElseGet(() -> Vdot.fromRace(5000,
                Duration.ofSeconds(Math.round(5 * EffortPace.racePace(in)))));
        final TrainingPaces pv = planning.paces();
        if (!req.hasRace() || effortMode) {
            if (req.targetTime().isPresent()) {
                warnings.add(PlanMessage.of("targetNoRace", req.targetTime().get()));
            }
            final Optional<TimeRange> range = req.hasRace()
                    ? Optional.of(EffortPace.raceTime(in, req.distance().orElseThrow(), 1.0, dates.weeks())) : Optional.empty();
            // No race pace to lead: a returner's work paces still follow the regain curve (WeekPaces).
            return new PlanContext(req, dates, fit, pv, effortMode, Optional.empty(), range, false, miles, effortMode
                    ? List.of() : WeekPaces.of(in, fit.vdot().get(), dates.weeks(), req.distance().orElse(RaceDistance.FIVE_K),
                    Optional.empty()));
        }
        final RaceDistance d = req.distance().orElseThrow();
        final Vdot now = fit.vdot().get();
        // A returner's race day counts the fitness regained over the plan (RegainedFitness); everyone else races at
        // today's fitness, and a target may ask for the ordinary gain on top (about 3% in 8 weeks).
        final Vdot raceDay = RegainedFitness.onRaceDay(in, now, dates.weeks());
        final double ordinaryGain = WeekPaces.ordinaryGain(now, dates.weeks());
        final boolean returning = raceDay.value() > now.value();
        final Vdot end = new Vdot(Math.max(raceDay.value(), ordinaryGain));
        final Duration race = WeekPaces.raceTime(in, now, d, req.targetTime(), dates.weeks());
        if (req.targetTime().isPresent()) {
            final Duration target = req.targetTime().get();
            final double targetVdot = Vdot.fromRace(d.metres(), target).value();
            if (targetVdot > end.value()) {
                // A returner's limit is mostly fitness coming back, not the ordinary 3%: the note says so.
                final double before = RegainedFitness.before(in).orElse(now.value());
                warnings.add(raceDay.value() > ordinaryGain
                        ? PlanMessage.of("stretchReturner", target, targetVdot, now.value(), dates.weeks(), end.raceTime(d.metres()), before)
                        : PlanMessage.of("stretch", target, targetVdot, now.value(), dates.weeks(), end.raceTime(d.metres())));
            }
        }
        if (fit.level() == Level.WALK_RUN && returning && req.targetTime().isEmpty()) {
            // A returner starting again with walk breaks races it as a finish (coach review 5, r05): the fitness coming
            // back is a hope, not a pace to rehearse; the race time is the range from today's fitness to the regained.
            return new PlanContext(req, dates, fit, pv, false, Optional.empty(),
                    Optional.of(new TimeRange(raceDay.raceTime(d.metres()), now.raceTime(d.metres()))), true, miles,
                    WeekPaces.of(in, now, dates.weeks(), d, Optional.empty()));
        }
        boolean easyTarget = false;
        Optional<PaceRange> racePace = Optional.empty();
        final boolean time = WeekPaces.leads(req, fit, returning);
        // Each week's paces: a returner's along the regain curve, the work paces leading race pace where race-pace
        // work may come (WeekPaces, ThresholdLead); the race pace is the race time's own.
        final List<TrainingPaces> weekly = WeekPaces.of(in, now, dates.weeks(), d, time ? Optional.of(race) : Optional.empty());
        if (time) {
            racePace = Optional.of(PaceRange.around(race.toMillis() / d.metres(), 2));
            // A target at easy pace or slower is a comfortable race: no "race pace" workouts at a jog.
            easyTarget = race.toMillis() / d.metres() >= pv.easy().minSecPerKm();
            if (easyTarget) {
                warnings.add(PlanMessage.of("easyTarget", race, d, now.raceTime(d.metres())));
            }
        }
        return new PlanContext(req, dates, fit, weekly.get(0), false, racePace, Optional.of(TimeRange.of(race)),
                easyTarget || !racePaceWork, miles, weekly);
    }

    /** Whether {@code p} is the plan's race pace, the pace race-pace work and the race use. */
    static boolean isRacePace(final Plan plan, final Session s, final PaceRange p) {
        return plan.racePace().equals(Optional.of(p));
    }
}
