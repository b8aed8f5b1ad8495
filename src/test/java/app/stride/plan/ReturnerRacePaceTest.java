package app.stride.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A returner's race pace is never faster than the same week's interval pace (5K/10K) or threshold (half): their work
 * paces stay at today's detrained fitness while race day counts the fitness regained (coach review 5, defect 1). Failed
 * before: p27 (1:55 half, 60 days off) race pace 5:24–5:28/km against threshold 5:58; r02 (45:00 10K, 90 days off) race
 * pace 4:28–4:32 = the plan's repetition pace; p11 (25:00 5K, 60 days off) race pace 20–30 s/km faster than intervals.
 */
class ReturnerRacePaceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate START = LocalDate.of(2026, 12, 7);
    private static final EnumSet<DayOfWeek> FOUR = EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SATURDAY,
            DayOfWeek.SUNDAY);
    private static final EnumSet<DayOfWeek> THREE = EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SUNDAY);

    private static Plan plan(final RaceDistance d, final Duration target, final int weeks, final EnumSet<DayOfWeek> days,
                             final RaceResult race, final double weeklyKm, final int runs, final double longestKm,
                             final int daysOff) {
        return new PlanGenerator(CLOCK).generate(new PlanRequest(Goal.TIME, Optional.of(d), Optional.ofNullable(target),
                Optional.of(START), Optional.empty(), Optional.of(weeks), days, Optional.empty(),
                Runners.fitness(Optional.of(race), weeklyKm * 1000, runs, longestKm * 1000, null, null, daysOff, false),
                false));
    }

    private static void collect(final List<Step> steps, final List<PaceRange> into) {
        for (Step s : steps) {
            s.pace().ifPresent(into::add);
            collect(s.steps(), into);
        }
    }

    /** Every race-pace session (and the race) is run no faster than the plan's interval pace (threshold for a half). */
    private static int assertRacePaceNotFasterThanWork(final Plan p) {
        final RaceDistance d = p.request().distance().orElseThrow();
        final TrainingPaces work = p.paces().orElseThrow();
        final PaceRange cap = d == RaceDistance.HALF ? work.threshold() : work.interval();
        int checked = 0;
        for (PlanWeek w : p.weeks()) {
            for (Session s : w.sessions()) {
                if (s.type() != SessionType.RACE_PACE && s.type() != SessionType.RACE) {
                    continue;
                }
                final List<PaceRange> used = new ArrayList<>();
                s.pace().ifPresent(used::add);
                collect(s.steps(), used);
                for (PaceRange r : used) {
                    if (p.racePace().equals(Optional.of(r))) {
                        checked++;
                        assertThat(r.midSecPerKm()).as("race pace %s on %s against %s", r, s.date(), cap)
                                .isGreaterThanOrEqualTo(cap.midSecPerKm());
                    }
                }
            }
        }
        return checked;
    }

    @Test
    void p27HalfRacePaceIsNotFasterThanThreshold() {
        final Plan p = plan(RaceDistance.HALF, Duration.ofMinutes(115), 12, FOUR,
                new RaceResult(RaceDistance.HALF, Duration.ofMinutes(115)), 45, 4, 18, 60);
        assertThat(assertRacePaceNotFasterThanWork(p)).isPositive();
    }

    @Test
    void r02TenKRacePaceIsNotFasterThanIntervals() {
        final Plan p = plan(RaceDistance.TEN_K, Duration.ofMinutes(45), 10, FOUR,
                new RaceResult(RaceDistance.TEN_K, Duration.ofMinutes(45)), 35, 4, 12, 90);
        assertThat(assertRacePaceNotFasterThanWork(p)).isPositive();
        assertThat(p.racePace().orElseThrow()).isNotEqualTo(p.paces().orElseThrow().repetition());
    }

    @Test
    void p11FiveKRacePaceIsNotFasterThanIntervals() {
        final Plan p = plan(RaceDistance.FIVE_K, null, 6, THREE,
                new RaceResult(RaceDistance.FIVE_K, Duration.ofMinutes(25)), 25, 3, 8, 60);
        assertThat(assertRacePaceNotFasterThanWork(p)).isPositive();
    }

    /** Generated returners with a race goal: race pace is never faster than their work paces. */
    @Test
    void generatedReturnersNeverRaceFasterThanTheirWorkPaces() {
        final Random rnd = new Random(5_2026L);
        int returners = 0;
        for (int i = 0; i < 3000; i++) {
            final PlanRequest r = Runners.randomRequest(rnd);
            if (r.goal() != Goal.TIME || r.fitness().daysOff() < 14
                    || r.distance().filter(d -> d != RaceDistance.MILE).isEmpty()) {
                continue;
            }
            final Optional<Plan> made = Runners.made(CLOCK, r);
            if (made.isEmpty() || made.get().racePace().isEmpty() || made.get().paces().isEmpty()) {
                continue;
            }
            final Plan p = made.get();
            final Vdot today = p.fitness().vdot().orElseThrow();
            if (RegainedFitness.onRaceDay(r.fitness(), today, p.weeks().size()).value() <= today.value()) {
                continue;
            }
            returners++;
            Runners.named(Runners.describe(r), () -> assertRacePaceNotFasterThanWork(p));
        }
        assertThat(returners).as("returners checked").isGreaterThan(20);
    }
    /**
     * r05 (coach review 5): a 30:00 5K runner back after 60 days from 8 km a week restarts with walk breaks (Couch to 5K
     * week 3) and was sent to race "about 30:25" at the pace of the plan's repetitions. A returner starting again with
     * walk breaks races it as a finish: no race pace to rehearse, the race steady and comfortable, its time a range
     * from today's fitness to the regained. Failed before (race pace 6:03–6:07/km, one race time 30:25).
     */
    @Test
    void aReturnerRestartingWithWalkBreaksRacesItAsAFinish() {
        final Plan p = plan(RaceDistance.FIVE_K, null, 8, THREE, new RaceResult(RaceDistance.FIVE_K, Duration.ofMinutes(30)),
                8, 3, 3, 60);
        assertThat(p.fitness().level()).isEqualTo(Fitness.Level.WALK_RUN);
        assertThat(p.racePace()).isEmpty();
        assertThat(p.sessions()).noneMatch(s -> s.type() == SessionType.RACE_PACE);
        final TimeRange race = p.raceTime().orElseThrow();
        assertThat(race.slowest()).isGreaterThan(race.fastest());
        assertThat(race.slowest()).isGreaterThanOrEqualTo(p.fitness().vdot().orElseThrow().raceTime(5000).minusSeconds(1));
    }
}
