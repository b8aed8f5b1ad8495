package app.stride.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Issue 7, defect D3 (coach review): half marathons planned too soon. A coach signs a half-marathon plan only when its
 * longest session reaches about 14 km or two hours on the feet (walk breaks count as time on the feet); a plan that
 * cannot get there within the safety rules is refused with a later date and a shorter race. Race-pace work is at the
 * pace the plan expects the race to be run at, and a returner's prediction and race pace both come from the
 * detrained fitness. Both repros and both properties failed before the fix.
 */
class HalfFeasibilityTest {

    /** Monday 30 November 2026: the plans start today, as the repros did. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC);
    private static final EnumSet<DayOfWeek> DEFAULT_DAYS = EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY,
            DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    /** What a coach wants before a half: about 14 km (runs are rounded to half kilometres)... */
    private static final double HALF_LONGEST_M = 14_000 - 250;
    /** ... or about two hours on the feet. */
    private static final double HALF_LONGEST_MIN = 120;
    /** Race-pace repeats are set to the second; the race range to ten seconds over the whole race. */
    private static final double PACE_SLACK_S = 3;
    private static final int RUNNERS = 1500;

    private static PlanRequest half(final Goal goal, final int weeks, final FitnessInput f) {
        return new PlanRequest(goal, Optional.of(RaceDistance.HALF), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(weeks), DEFAULT_DAYS, Optional.empty(), f);
    }

    private static FitnessInput fitness(final Optional<RaceResult> race, final double weeklyKm, final int runs,
                                        final double longestKm, final int daysOff) {
        return new FitnessInput(race, Optional.of(weeklyKm * 1000), Optional.of(runs), Optional.of(longestKm * 1000),
                Optional.empty(), Optional.empty(), daysOff, false);
    }

    /** The longest training session of a plan (the race left out), in metres and in minutes on the feet. */
    static double longestM(final Plan p) {
        return p.sessions().stream().filter(s -> s.type().isRun() && s.type() != SessionType.RACE)
                .mapToDouble(s -> s.load().totalM()).max().orElse(0);
    }

    static double longestMin(final Plan p) {
        return p.sessions().stream().filter(s -> s.type().isRun() && s.type() != SessionType.RACE)
                .mapToDouble(s -> s.duration().map(d -> d.toSeconds() / 60.0).orElse(0.0)).max().orElse(0);
    }

    @Test
    void aReturnerFromFourMonthsOffIsNotPlannedIntoAHalfOnATenKilometreLongRun() {
        // Repro 1: 1:55 half, 40 km a week and 18 km long runs before 120 days off; 12 weeks. The plan reached 10 km
        // and a three-hour run/walk race, with race-pace repeats at 6:35/km for a race planned at 7:23–8:33/km. It was
        // then refused; since the returner's cliff (ReturnerHalfTest) the runner's history brings the long run back to
        // the half's 16 km within the rules, so the half is planned, on a long run a coach signs.
        final PlanRequest r = half(Goal.TIME, 12, fitness(Optional.of(new RaceResult(RaceDistance.HALF,
                Duration.parse("PT1H55M"))), 40, 4, 18, 120));
        final Plan p = new PlanGenerator(CLOCK).generate(r);
        assertThat(longestM(p)).isGreaterThanOrEqualTo(HALF_LONGEST_M);
        assertThat(PlanRules.check(p)).isEmpty();
    }

    @Test
    void sixWeeksFromASixKilometreLongRunIsRefusedWithALaterDateOrAShorterRace() {
        // Repro 2: 15 km a week on 3 runs, 6 km longest run, 6 weeks: a 9.3 km long run and a 3:04 half.
        final PlanRequest r = new PlanRequest(Goal.FINISH, Optional.of(RaceDistance.HALF), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(6), DEFAULT_DAYS, Optional.empty(),
                new FitnessInput(Optional.empty(), Optional.of(15_000.0), Optional.of(3), Optional.of(6_000.0), Optional.empty(),
                        Optional.empty(), 0, false));
        final PlanInputException e = catchThrowableOfType(() -> new PlanGenerator(CLOCK).generate(r), PlanInputException.class);
        assertThat(e).as("refused").isNotNull();
        assertThat(e.field()).isEqualTo(PlanField.RACE_DATE);
        assertThat(e.problem().code()).isEqualTo("notFeasible");
        assertThat(e.alternatives()).isNotEmpty();
        // The alternative is the 10K first, then the half on a date after it (engineer review #3: the check below was
        // for a later half alone, which is never offered here, so it never ran).
        assertThat(e.alternatives()).hasSize(1);
        final PlanAlternative a = e.alternatives().get(0);
        assertThat(a.distance()).contains(RaceDistance.TEN_K);
        assertThat(a.raceDate()).as("a date for the half after the 10K").isPresent();
        // The half on that date, planned from the Monday after the 10K for the runner the 10K plan made, reaches the
        // long run it needs.
        final Plan tenK = new PlanGenerator(CLOCK).generate(new PlanRequest(Goal.FINISH, Optional.of(RaceDistance.TEN_K),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(6), DEFAULT_DAYS, Optional.empty(),
                r.fitness()));
        final double week = tenK.weeks().stream().filter(w -> w.phase() != Phase.TAPER).mapToDouble(PlanWeek::trainingM)
                .max().orElseThrow();
        final int runs = tenK.weeks().stream().mapToInt(PlanWeek::runs).max().orElseThrow();
        final FitnessInput made = new FitnessInput(Optional.empty(), Optional.of(week), Optional.of(runs),
                Optional.of(longestM(tenK)), Optional.of((int) Math.floor(longestMin(tenK))), Optional.empty(), 0, false);
        final Plan half = new PlanGenerator(CLOCK).generate(new PlanRequest(Goal.FINISH, Optional.of(RaceDistance.HALF),
                Optional.empty(), Optional.of(PlanDates.defaultStart(tenK.raceDate().orElseThrow().plusDays(1))),
                a.raceDate(), Optional.empty(), DEFAULT_DAYS, Optional.empty(), made));
        assertThat(longestM(half) >= HALF_LONGEST_M || longestMin(half) >= HALF_LONGEST_MIN)
                .as("the half after the 10K reaches 14 km or two hours (%.0f m)", longestM(half)).isTrue();
    }

    @Test
    void aReturnersPredictionIsTodaysAndTheRaceAndItsRacePaceCountTheRegain() {
        // 1:55 half, 21 days off (the table: VDOT × 0.952), 12 weeks, enough base to race it.
        final RaceResult before = new RaceResult(RaceDistance.HALF, Duration.parse("PT1H55M"));
        final PlanRequest r = half(Goal.TIME, 12, fitness(Optional.of(before), 45, 5, 18, 21));
        final Plan p = new PlanGenerator(CLOCK).generate(r);
        final Vdot detrained = Vdot.fromRace(before.distance().metres(), before.time()).afterTimeOff(21, false);
        assertThat(p.fitness().vdot().orElseThrow().value()).isCloseTo(detrained.value(), org.assertj.core.data.Offset.offset(0.05));
        // The prediction is today's fitness (the fitness block); race day counts what 12 weeks give back (RegainedFitness,
        // coach review 4: before, the race and its race-pace work were at the detrained 2:01).
        assertThat(p.predicted().get(RaceDistance.HALF)).isEqualTo(detrained.raceTime(RaceDistance.HALF.metres()));
        final Vdot raceDay = RegainedFitness.onRaceDay(r.fitness(), p.fitness().vdot().orElseThrow(), 12);
        assertThat(p.sessions()).anyMatch(s -> s.type() == SessionType.RACE_PACE);
        assertRacePaceWithinRaceRange(p);
        assertThat(p.raceTime().orElseThrow().fastest()).isEqualTo(raceDay.raceTime(RaceDistance.HALF.metres()));
        assertThat(p.raceTime().orElseThrow().fastest()).isGreaterThanOrEqualTo(before.time());
        assertThat(p.racePace().orElseThrow().midSecPerKm()).isCloseTo(
                raceDay.raceTime(RaceDistance.HALF.metres()).toSeconds() / 21.0975, org.assertj.core.data.Offset.offset(1.0));
    }

    /** Every half-marathon plan that is made reaches about 14 km or two hours on the feet before race day. */
    @Test
    void everyHalfMarathonPlanReachesTheLongRunACoachWants() {
        int planned = 0;
        int refused = 0;
        for (PlanRequest r : halfRunners()) {
            final Optional<Plan> p = Runners.made(CLOCK, r);
            if (p.isEmpty()) {
                refused++;
                continue;
            }
            planned++;
            // Two hours, or for a slower predicted finish its share of it (coach review p36, SlowHalfTest).
            final TimeRange race = p.get().raceTime().orElseThrow();
            final double minutes = Math.max(HALF_LONGEST_MIN, Feasibility.halfMinutesNeeded(
                    race.fastest().plus(race.slowest()).dividedBy(2)));
            Runners.named(Runners.describe(r), () -> assertThat(longestM(p.get()) >= HALF_LONGEST_M
                    || longestMin(p.get()) >= minutes - 1e-9)
                    .as("longest session %.1f km / %.0f min (needs %.0f)", longestM(p.get()) / 1000, longestMin(p.get()),
                            minutes).isTrue());
        }
        assertThat(planned).as("half plans made").isGreaterThan(RUNNERS / 3);
        assertThat(refused).as("half plans refused").isGreaterThan(10);
    }

    /** Race-pace repeats sit in the pace the plan expects the race to be run at (all distances, 3,000 runners). */
    @Test
    void racePaceWorkIsAtThePaceThePlanExpectsForTheRace() {
        final Random rnd = new Random(7_2027L);
        int withRacePace = 0;
        for (int i = 0; i < 3000; i++) {
            final PlanRequest r = Runners.randomRequest(rnd);
            final Optional<Plan> p = Runners.made(CLOCK, r);
            if (p.isEmpty() || p.get().raceTime().isEmpty()) {
                continue;
            }
            if (p.get().sessions().stream().anyMatch(s -> s.type() == SessionType.RACE_PACE)) {
                withRacePace++;
            }
            Runners.named(Runners.describe(r), () -> assertRacePaceWithinRaceRange(p.get()));
        }
        assertThat(withRacePace).as("plans with race-pace work").isGreaterThan(50);
    }

    /** The 10K analogue: a 10K plan whose longest run stays well short of 8 km says so (notReady, or Couch to 5K's notes). */
    @Test
    void aTenKilometrePlanOnAShortLongRunSaysTheRunnerIsNotReady() {
        final Random rnd = new Random(20_261_130L);
        int shortOnes = 0;
        for (int i = 0; i < 3000; i++) {
            final PlanRequest r = Runners.randomRequest(rnd);
            if (r.distance().orElse(null) != RaceDistance.TEN_K || !r.hasRace()) {
                continue;
            }
            final Optional<Plan> p = Runners.made(CLOCK, r);
            if (p.isEmpty() || longestM(p.get()) > 5_500) {
                continue;
            }
            shortOnes++;
            Runners.named(Runners.describe(r), () -> assertThat(p.get().warnings()).extracting(PlanMessage::code)
                    .containsAnyOf("notReady", "notReadyRunWalk", "c25kShort", "c25kWalkBreaks"));
        }
        assertThat(shortOnes).as("10K plans on a long run of 5.5 km or less").isGreaterThan(5);
    }

    @Test
    void aReturnerIntoATenKOnAnEightKilometreHistoryIsReadyInEightWeeks() {
        // 50:00 10K, 25 km a week and 8 km long runs before 120 days off; 8 weeks: the long run stays short of the
        // 10K's usual 8 km. (6 weeks reached 5 km before coach review D7b, 7 weeks after it. Now the 20-minute floor
        // is 3 km a run at this easy pace (7:27/km, rounded up to half a kilometre): the ramp's first week, about a
        // third of 25 km (8.5 km, ReturnerRamp.aboutShare), cannot hold three and has two, and every ramp week grows
        // from it; the long run gives way to 20-minute runs in three-run weeks. 7 weeks reach 4.5 km and are refused
        // with a later date; 8 weeks reach 6.5 km.)
        final PlanRequest r = new PlanRequest(Goal.TIME, Optional.of(RaceDistance.TEN_K), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(8), DEFAULT_DAYS, Optional.empty(),
                fitness(Optional.of(new RaceResult(RaceDistance.TEN_K, Duration.ofMinutes(50))), 25, 3, 8, 120));
        final Plan p = new PlanGenerator(CLOCK).generate(r);
        // Since the long run no longer gives way below the plan's longest (coach review: long run giving way) the weeks
        // after the ramp keep two runs and the long run grows: 7 weeks reach 6.5 km, 8 weeks 7.5 km (was 6.5 km).
        // Since the ramp reaches its shares and keeps three runs of 15 minutes or more (coach review 4, p18 and
        // finding 11: 8.5 → 12 → 15.5 km, then growth) 8 weeks reach a 9 km long run and the runner is ready: the
        // 10K is run non-stop.
        assertThat(longestM(p)).isGreaterThanOrEqualTo(8_000.0);
        assertThat(p.warnings()).extracting(PlanMessage::code).doesNotContain("notReady");
        assertThat(p.sessions().get(p.sessions().size() - 1).runWalk()).isEmpty();
    }

    static void assertRacePaceWithinRaceRange(final Plan p) {
        final RaceDistance d = p.request().distance().orElseThrow();
        final TimeRange race = p.raceTime().orElseThrow();
        final double fastest = race.fastest().toSeconds() / (d.metres() / 1000);
        final double predicted = race.slowest().toSeconds() / (d.metres() / 1000);
        // A returner's race pace is held back to today's interval pace (threshold for a half) when the regained race
        // day would be quicker (coach review 5, defect 1); the race time stays the prediction.
        final Vdot today = p.fitness().vdot().orElse(null);
        final boolean returner = today != null && d != RaceDistance.MILE && p.paces().isPresent()
                && RegainedFitness.onRaceDay(p.request().fitness(), today, p.weeks().size()).value() > today.value();
        final double slowest = returner ? Math.max(predicted, (d.metres() > 10000 ? p.paces().get().threshold()
                : p.paces().get().interval()).midSecPerKm()) : predicted;
        for (Session s : p.sessions()) {
            if (s.type() != SessionType.RACE_PACE) {
                continue;
            }
            final List<PaceRange> work = new ArrayList<>();
            workPaces(s.steps(), work);
            for (PaceRange pace : work) {
                assertThat(pace.midSecPerKm()).as("race-pace repeats on %s against a race at %.0f–%.0f s/km", s.date(), fastest, slowest)
                        .isBetween(fastest - PACE_SLACK_S, slowest + PACE_SLACK_S);
            }
        }
    }

    private static void workPaces(final List<Step> steps, final List<PaceRange> out) {
        for (Step st : steps) {
            if (st.kind() == Step.Kind.WORK) {
                st.pace().ifPresent(out::add);
            }
            workPaces(st.steps(), out);
        }
    }

    /** Generated half-marathon runners: the property tests' fitness, calendars and goals, the distance fixed. */
    private static List<PlanRequest> halfRunners() {
        final Random rnd = new Random(2_026_113_0L);
        final List<PlanRequest> out = new ArrayList<>();
        while (out.size() < RUNNERS) {
            final PlanRequest r = Runners.randomRequest(rnd);
            if (!r.hasRace()) {
                continue;
            }
            out.add(new PlanRequest(r.goal(), Optional.of(RaceDistance.HALF), r.goal() == Goal.TIME && r.targetTime().isPresent()
                    ? Optional.of(halfTarget(r)) : Optional.empty(), r.startDate(), r.raceDate(), r.weeks(), r.days(),
                    r.longRunDay(), r.fitness()));
        }
        return out;
    }

    /** The request's target scaled to the half (the same share of the predicted time). */
    private static Duration halfTarget(final PlanRequest r) {
        final RaceDistance d = r.distance().orElseThrow();
        final double v = r.fitness().recentRace().map(x -> Vdot.fromRace(x.distance().metres(), x.time()).value()).orElse(40.0);
        final double share = r.targetTime().orElseThrow().toSeconds() / (double) new Vdot(v).raceTime(d.metres()).toSeconds();
        return Duration.ofSeconds(Math.round(new Vdot(v).raceTime(RaceDistance.HALF.metres()).toSeconds() * share));
    }
}
