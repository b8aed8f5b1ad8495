package app.stride.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Coach review p36: very slow half marathons passed the "two hours on the feet" rule. A 30 s / 30 s run/walker on
 * 12 km a week got a 12-week half whose longest session was 2:00 for a race shown at 3:50, and no word about the
 * cut-off. Two hours is enough for a race of up to about 2:45; a slower race needs a longest session of 65% of its
 * predicted time (at most three hours), else the plan is refused; a half predicted beyond a typical cut-off (3:30)
 * says so. The repro, the property and the cut-off note failed before the fix.
 */
class SlowHalfTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC);
    private static final EnumSet<DayOfWeek> DEFAULT_DAYS = EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY,
            DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    private static final LocalDate START = LocalDate.of(2026, 12, 7);
    private static final Duration CUTOFF = Duration.ofMinutes(210);

    private static PlanRequest runWalkHalf(final double weeklyKm, final int runs, final double longestKm, final RunWalk rw,
                                           final int weeks) {
        return new PlanRequest(Goal.FINISH, Optional.of(RaceDistance.HALF), Optional.empty(), Optional.of(START),
                Optional.empty(), Optional.of(weeks), DEFAULT_DAYS, Optional.empty(),
                new FitnessInput(Optional.empty(), Optional.of(weeklyKm * 1000), Optional.of(runs),
                        Optional.of(longestKm * 1000), Optional.empty(), Optional.of(rw), 0, false));
    }

    /** The predicted finish: the middle of the plan's race time. */
    private static double predictedMin(final Plan p) {
        final TimeRange t = p.raceTime().orElseThrow();
        return (t.fastest().toSeconds() + t.slowest().toSeconds()) / 120.0;
    }

    @Test
    void twoHoursOnTheFeetForARaceOfAboutThreeFiftyIsRefusedWithTheTenK() {
        // p36: --weekly-km 12 --longest-run-km 7 --runs-per-week 3 --run-walk 30/30 --weeks 12: longest 11.7 km, 2:00.
        final PlanRequest r = runWalkHalf(12, 3, 7, new RunWalk(30, 30), 12);
        final PlanInputException e = catchThrowableOfType(() -> new PlanGenerator(CLOCK).generate(r), PlanInputException.class);
        assertThat(e).as("refused").isNotNull();
        assertThat(e.field()).isEqualTo(PlanField.RACE_DATE);
        assertThat(e.problem().code()).isEqualTo("notFeasibleTime");
        // weeks, distance, longest session, its time, the predicted finish, 14 km, the time on the feet needed.
        final List<Object> args = e.problem().args();
        assertThat((Duration) args.get(3)).isLessThanOrEqualTo(Duration.ofMinutes(125));
        assertThat((Duration) args.get(4)).isGreaterThan(CUTOFF);
        assertThat(((Duration) args.get(6)).toMinutes()).isBetween(135L, 180L);
        assertThat(e.alternatives()).anyMatch(a -> a.distance().equals(Optional.of(RaceDistance.TEN_K)));
    }

    @Test
    void twoHoursIsEnoughUpToAboutTwoFortyFiveAndTheShareIsCappedAtThreeHours() {
        assertThat(Feasibility.halfMinutesNeeded(Duration.ofMinutes(150))).isEqualTo(120);
        assertThat(Feasibility.halfMinutesNeeded(Duration.ofMinutes(165))).isEqualTo(120);
        assertThat(Feasibility.halfMinutesNeeded(Duration.ofMinutes(230))).isCloseTo(149.5, Offset.offset(0.01));
        assertThat(Feasibility.halfMinutesNeeded(Duration.ofMinutes(300))).isEqualTo(180);
    }

    /**
     * Slow run/walk halves over a grid (ratios, weeks, long runs): every half planned reaches about 14 km or the time
     * on the feet its predicted finish needs, and says when that finish is beyond a typical cut-off.
     */
    @Test
    void everySlowHalfPlannedReachesItsShareOfTheRaceAndNamesTheCutOff() {
        int planned = 0;
        int refused = 0;
        int beyondCutoff = 0;
        for (RunWalk rw : List.of(new RunWalk(15, 30), new RunWalk(30, 30), new RunWalk(60, 30), new RunWalk(90, 30),
                new RunWalk(240, 60))) {
            for (double weekly : new double[] {10, 14, 18, 24, 30}) {
                for (double longest : new double[] {6, 9, 12}) {
                    for (int weeks : new int[] {8, 12}) {
                        final PlanRequest r = runWalkHalf(weekly, 3, longest, rw, weeks);
                        final Optional<Plan> p = Runners.made(CLOCK, r);
                        if (p.isEmpty()) {
                            refused++;
                            continue;
                        }
                        planned++;
                        final Plan plan = p.get();
                        final double needed = Feasibility.halfMinutesNeeded(Duration.ofSeconds(Math.round(predictedMin(plan) * 60)));
                        final boolean late = plan.raceTime().orElseThrow().slowest().compareTo(CUTOFF) > 0;
                        if (late) {
                            beyondCutoff++;
                        }
                        Runners.named(Runners.describe(r), () -> {
                            assertThat(HalfFeasibilityTest.longestM(plan) >= 13_750
                                    || HalfFeasibilityTest.longestMin(plan) >= needed - 1e-9)
                                    .as("longest %.1f km / %.0f min for a race of %.0f min (needs %.0f)",
                                            HalfFeasibilityTest.longestM(plan) / 1000, HalfFeasibilityTest.longestMin(plan),
                                            predictedMin(plan), needed).isTrue();
                            assertThat(plan.warnings().stream().anyMatch(w -> w.code().equals("halfCutoff")))
                                    .as("cut-off note for a race of up to %s", plan.raceTime().orElseThrow().slowest())
                                    .isEqualTo(late);
                        });
                    }
                }
            }
        }
        assertThat(planned).as("planned").isGreaterThan(10);
        assertThat(refused).as("refused").isGreaterThan(10);
        assertThat(beyondCutoff).as("planned beyond the cut-off").isGreaterThan(0);
    }

    @Test
    void aHalfWithinTheCutOffSaysNothingAboutIt() {
        final PlanRequest r = new PlanRequest(Goal.TIME, Optional.of(RaceDistance.HALF), Optional.empty(), Optional.of(START),
                Optional.empty(), Optional.of(12), DEFAULT_DAYS, Optional.empty(),
                new FitnessInput(Optional.of(new RaceResult(RaceDistance.TEN_K, Duration.ofMinutes(60))),
                        Optional.of(25_000.0), Optional.of(4), Optional.of(12_000.0), Optional.empty(), Optional.empty(), 0, false));
        final Plan p = new PlanGenerator(CLOCK).generate(r);
        assertThat(p.warnings()).extracting(PlanMessage::code).doesNotContain("halfCutoff");
    }
}
