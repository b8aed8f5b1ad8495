package app.stride.plan;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import app.stride.settings.DistanceUnit;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Coach review 4, findings 2 and 11: a returner's ramp reaches its own shares (a third, a half, three quarters of the
 * old volume, then growth), and a week keeps the runs asked for down to 15-minute runs. Before, p18 (12 mi a week,
 * 5 mi long runs, 90 days off, 10K) went 4.1 → 5 → 5.4 → 6 mi on two runs a week in weeks 1–5 with 20-minute "long"
 * runs, and raced with walk breaks; p11 and n06 likewise held at 28–38% of the old volume on two runs.
 */
class ReturnerRampReachTest {

    private static final double MILE = 1609.344;

    private static Plan plan(final DistanceUnit unit, final RaceDistance d, final double weeklyM, final double longestM,
                             final int runs, final int daysOff, final Optional<RaceResult> race, final int weeks) {
        final FitnessInput f = new FitnessInput(race, Optional.of(weeklyM), Optional.of(runs), Optional.of(longestM),
                Optional.empty(), Optional.empty(), daysOff, false);
        final Goal goal = race.isPresent() ? Goal.TIME : Goal.FINISH;
        return new PlanGenerator(WalkBreaksBridgeTest.CLOCK, unit).generate(new PlanRequest(goal, Optional.of(d),
                Optional.empty(), Optional.of(WalkBreaksBridgeTest.START), Optional.empty(), Optional.of(weeks),
                EnumSet.of(TUESDAY, THURSDAY, SATURDAY, SUNDAY), Optional.empty(), f));
    }

    /** p18: {@code --units mi --distance 10k --weekly-mi 12 --longest-run-mi 5 --runs-per-week 3 --days-off 90 --weeks 10}. */
    @Test
    void p18ReachesThreeQuartersByWeekThreeOnThreeRunsAndRacesNonStop() {
        final Plan p = plan(DistanceUnit.MI, RaceDistance.TEN_K, 12 * MILE, 5 * MILE, 3, 90, Optional.empty(), 10);
        final List<PlanWeek> w = p.weeks();
        assertThat(PlanRules.check(p)).as(PlanPrinter.print(p)).isEmpty();
        // A third, a half, three quarters of 19.3 km, each to the nearest five minutes (was 6.6, 8.0, 8.6 km).
        assertThat(w.get(1).trainingM()).as(PlanPrinter.print(p)).isGreaterThan(0.45 * 12 * MILE);
        assertThat(w.get(2).trainingM()).as(PlanPrinter.print(p)).isGreaterThan(0.68 * 12 * MILE);
        for (PlanWeek week : w.subList(0, w.size() - 1)) {
            assertThat(week.runs()).as("week " + week.number() + "\n" + PlanPrinter.print(p)).isEqualTo(3);
        }
        // The long run rises over weeks 2-6 (was 1.7 → 2.1 → 1.7 → 3.3 mi, weeks 2 and 4 the same 20 min as the easy runs).
        final List<Double> longs = w.subList(1, 6).stream().map(ReturnerRampReachTest::longM).toList();
        for (int i = 1; i < longs.size(); i++) {
            assertThat(longs.get(i)).as(longs.toString()).isGreaterThanOrEqualTo(longs.get(i - 1));
        }
        final Session race = p.sessions().stream().filter(s -> s.type() == SessionType.RACE).findFirst().orElseThrow();
        assertThat(race.runWalk()).as(PlanPrinter.print(p)).isEmpty();
    }

    /** n06 (15 mi, 120 days off, 4 runs, 8 weeks) and p11 (25 km, 60 days off, 3 runs, 6 weeks). */
    @Test
    void n06AndP11ReachThreeQuartersOfTheOldWeekOnTheRunsAskedFor() {
        final Plan n06 = plan(DistanceUnit.MI, RaceDistance.FIVE_K, 15 * MILE, 5 * MILE, 4, 120,
                Optional.of(new RaceResult(RaceDistance.FIVE_K, Duration.ofMinutes(24))), 8);
        final Plan p11 = plan(DistanceUnit.KM, RaceDistance.FIVE_K, 25_000, 8_000, 3, 60,
                Optional.of(new RaceResult(RaceDistance.FIVE_K, Duration.ofMinutes(25))), 6);
        // Was 4.3 → 7.5 → 11.2 mi for n06 (2 runs in weeks 1-2) and 7 → 9.5 km on two runs for p11.
        assertThat(n06.weeks().get(2).trainingM()).as(PlanPrinter.print(n06)).isGreaterThan(0.65 * 15 * MILE);
        assertThat(p11.weeks().get(2).trainingM()).as(PlanPrinter.print(p11)).isGreaterThan(0.6 * 25_000);
        assertThat(n06.weeks().get(1).runs()).as(PlanPrinter.print(n06)).isEqualTo(4);
        for (PlanWeek week : p11.weeks().subList(0, p11.weeks().size() - 1)) {
            assertThat(week.runs()).as("week " + week.number() + "\n" + PlanPrinter.print(p11)).isEqualTo(3);
        }
    }

    private static double longM(final PlanWeek w) {
        return w.sessions().stream().filter(s -> s.type() == SessionType.LONG).mapToDouble(s -> s.load().totalM()).max().orElse(0);
    }

    /** Generated returners still under 70% of the old week by week 4 (open, see the property). */
    private static final int MAX_SHORT_OF_THE_RAMP = 25;

    private static final List<DayOfWeek> ORDER = List.of(TUESDAY, THURSDAY, SUNDAY, SATURDAY, MONDAY, WEDNESDAY);

    /**
     * Over generated returners after 8+ weeks off: by week 4 (the first week after the ramp) a plan of 8+ weeks reaches
     * 70% of the old volume; no run (the race left out) is under 15 minutes; on three days or fewer every week but race
     * week keeps the runs asked for when they can each be 15 minutes.
     */
    @Test
    void generatedReturnersReachTheirRampAndKeepTheirRuns() {
        final Random r = new Random(20261130);
        final List<String> bad = new ArrayList<>();
        final List<String> shortOfTheRamp = new ArrayList<>();
        int planned = 0;
        for (int i = 0; i < 300; i++) {
            final RaceDistance d = RaceDistance.values()[r.nextInt(2)];
            // Low-volume returners (coach review 4: p18, n06, p11). Open: above about 30 km a week the long run's
            // progression (easy runs at most three quarters of it) holds 5K weeks 3-4 near 60-65% of the old week.
            final double weeklyKm = 10 + r.nextInt(21);
            final int runs = 3 + r.nextInt(3);
            // A longest run at least a fifth longer than the average run, at most half the week.
            final double longestKm = Math.max(1.2 * weeklyKm / runs, Math.min(weeklyKm / 2, 5 + r.nextInt(10)));
            final int daysOff = 56 + r.nextInt(125);
            final int weeks = 8 + r.nextInt(5);
            // Runners, not walker-runners (their run/walk plans hold their own volume): a 5K of 18–30 minutes.
            final Optional<RaceResult> race = Optional.of(new RaceResult(RaceDistance.FIVE_K,
                    Duration.ofSeconds(1080 + r.nextInt(720))));
            final FitnessInput f = new FitnessInput(race, Optional.of(weeklyKm * 1000), Optional.of(runs),
                    Optional.of(longestKm * 1000), Optional.empty(), Optional.empty(), daysOff, r.nextBoolean());
            final String who = d + " " + weeklyKm + " km/wk " + runs + " runs longest " + longestKm + " km " + daysOff
                    + " days off " + weeks + " weeks " + race.orElseThrow().time();
            final Optional<Plan> made = Runners.made(WalkBreaksBridgeTest.CLOCK, new PlanRequest(
                    Goal.TIME, Optional.of(d), Optional.empty(),
                    Optional.of(WalkBreaksBridgeTest.START), Optional.empty(), Optional.of(weeks),
                    EnumSet.copyOf(ORDER.subList(0, runs)), Optional.empty(), f));
            if (made.isEmpty()) {
                continue;
            }
            final Plan p = made.get();
            if (p.fitness().level() == Fitness.Level.WALK_RUN || p.warnings().stream().anyMatch(w -> w.code().equals("walkerRunWalk"))) {
                continue;
            }
            planned++;
            final double byWeek4 = p.weeks().subList(0, 4).stream().mapToDouble(PlanWeek::trainingM).max().orElse(0);
            if (byWeek4 < 0.7 * weeklyKm * 1000) {
                shortOfTheRamp.add(who + ": weeks 1-4 reach " + byWeek4 + " m");
            }
            for (Session s : p.sessions()) {
                final long sec = s.duration().orElse(Duration.ZERO).toSeconds();
                if (s.type().isRun() && s.type() != SessionType.RACE && sec > 0 && sec < 15 * 60 - 5) {
                    bad.add(who + ": " + s.date() + " " + s.type() + " is " + sec + " s");
                }
            }
            // Fifteen minutes at the plan's own easy pace (its slowest easy run, seconds a metre).
            final double secPerM = p.sessions().stream().filter(s -> s.type() == SessionType.EASY && s.load().totalM() > 0)
                    .mapToDouble(s -> s.duration().orElse(Duration.ZERO).toSeconds() / s.load().totalM()).max().orElse(0.45);
            final double floorM = 15 * 60 / secPerM;
            for (PlanWeek w : p.weeks().subList(0, p.weeks().size() - 1)) {
                if (runs <= RunCount.LEAST_RUNS && w.runs() < runs && w.trainingM() >= runs * (floorM + 500)) {
                    bad.add(who + ": week " + w.number() + " has " + w.runs() + " runs in " + w.trainingM() + " m");
                }
            }
        }
        assertThat(bad).as(bad.size() + " findings over " + planned + " runners").isEmpty();
        assertThat(planned).isGreaterThan(100);
        // Open (the count can only go down): the long run's +1.6 km a week from a ramp week that gave way, with easy
        // runs at most three quarters of it, holds some 5K returners' weeks 3-4 at 60-69% of the old week.
        assertThat(shortOfTheRamp).as(shortOfTheRamp.size() + " of " + planned + "\n" + String.join("\n", shortOfTheRamp))
                .hasSizeLessThanOrEqualTo(MAX_SHORT_OF_THE_RAMP);
    }
}
