package app.stride.plan.adapt;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.plan.Fitness;
import app.stride.plan.FitnessInput;
import app.stride.plan.Goal;
import app.stride.plan.Plan;
import app.stride.plan.PlanGenerator;
import app.stride.plan.PlanRequest;
import app.stride.plan.PlanWeek;
import app.stride.plan.RaceDistance;
import app.stride.plan.RaceResult;
import app.stride.plan.SessionType;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A 25:18 5K runner, 18 km a week on two days, back from 82 days off, whose plan is re-planned after a second break: the volume
 * back falls under the 5 km walker threshold and the rebuild is Couch to 5K, which must not jump from the original's
 * short runs to half-hour run/walk sessions (ReplanWeeksPropertiesTest found it at 400 runners).
 */
class ReturnerTimeTest {

    private static final LocalDate START = LocalDate.of(2027, 1, 4);

    static Plan returner() {
        return new PlanGenerator(Clock.fixed(START.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC))
                .generate(new PlanRequest(Goal.FINISH, Optional.of(RaceDistance.FIVE_K), Optional.empty(), Optional.of(START),
                        Optional.empty(), Optional.of(10), EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.SATURDAY),
                        Optional.empty(), new FitnessInput(Optional.of(new RaceResult(RaceDistance.FIVE_K, Duration.parse("PT25M18S"))),
                                Optional.of(18_000.0), Optional.of(2), Optional.empty(), Optional.empty(), Optional.empty(), 82, false)));
    }

    @Test
    void aRunnerRebuiltAsCouchToFiveKIsHeldByTheTimeOnFeetBeforeTheBreak() {
        final Plan plan = returner();
        assertThat(plan.fitness().level()).isEqualTo(Fitness.Level.RUNNER);
        // The first week done (the last full week: 6 km, about 49 minutes), then 20 days without running.
        final LocalDate lastDone = START.plusDays(5);
        final LocalDate asOf = lastDone.plusDays(20);
        final ReplannerTest.Followed f = ReplannerTest.followed(plan, lastDone, d -> false);

        final Proposal p = new Replanner().propose(f.version(), f.log(), asOf, PlanChange.none());

        assertThat(p.kind()).isEqualTo(ProposalKind.REBUILD);
        final Plan next = p.next().orElseThrow().plan();
        final Plan generated = ReplannerTest.future(next, plan, asOf);
        final RestartVolume.FullWeek full = RestartVolume.lastFullWeek(f.version(), f.log(), asOf).orElseThrow();
        final double fullMin = plan.weeks().stream().filter(w -> w.start().equals(full.start()))
                .mapToDouble(RebuildTrim::minutes).sum();
        final double longestMin = RebuildTrim.longest(plan, true);
        final double peakMin = RebuildLimits.peakMinutes(plan);
        final PlanWeek back = generated.weeks().get(0);
        assertThat(generated.fitness().level()).as("rebuilt as Couch to 5K").isEqualTo(Fitness.Level.WALK_RUN);
        // The week back: no more metres than the last full week, its minutes through the time-off table (20 days: 0.75).
        assertThat(back.trainingM()).isLessThanOrEqualTo(full.metres());
        // (0.76: the week back is 0.75 of the last full week's metres at the original plan's own minutes per km, each
        // session cut only when over by half a minute: here 49.0 minutes full, 36.5 held, 37.0 planned, 75.6%.)
        assertThat(RebuildTrim.minutes(back)).isLessThanOrEqualTo(fullMin * 0.76);
        // Then growth of at most 10% a week in minutes.
        for (int k = 1; k < generated.weeks().size(); k++) {
            assertThat(RebuildTrim.minutes(generated.weeks().get(k)))
                    .isLessThanOrEqualTo(RebuildTrim.minutes(generated.weeks().get(k - 1)) * ReturnerTime.GROWTH + 0.5);
        }
        // A shortened session's brief tells its new running minutes (the stage's run lengths no longer hold).
        generated.sessions().stream().filter(s -> s.description().code().equals("c25kContinuous"))
                .forEach(s -> assertThat(((Number) s.description().args().get(1)).longValue())
                        .isEqualTo(Math.max(1, Math.round(ReturnerTime.running(s.steps()) / 60.0))));
        assertThat(generated.weeks().get(0).sessions()).noneMatch(s -> s.description().code().equals("c25k"));
        for (PlanWeek w : generated.weeks()) {
            assertThat(RebuildTrim.minutes(w)).as("week %d", w.number()).isLessThanOrEqualTo(peakMin + 0.5);
            w.sessions().stream().filter(s -> s.type().isRun() && s.type() != SessionType.RACE)
                    .forEach(s -> assertThat(RebuildTrim.minutes(s)).as("%s", s).isLessThanOrEqualTo(longestMin + 0.5));
        }
    }
}
