package app.stride.plan.adapt;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.plan.FitnessInput;
import app.stride.plan.Goal;
import app.stride.plan.LongRunRule;
import app.stride.plan.Plan;
import app.stride.plan.PlanGenerator;
import app.stride.plan.PlanRequest;
import app.stride.plan.RaceDistance;
import app.stride.plan.RaceResult;
import app.stride.plan.SessionType;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Coach review: a re-plan that sends a returner into a 10K with a short longest run says so, as {@code plan} does. */
class ReadinessTest {

    @Test
    void aReturnerRebuiltIntoATenKWithAShortLongRunIsWarned() {
        // Found by ReplanWeeksPropertiesTest's sample: a 1:23 half runner back from 88 days off, 9 weeks to a 10K.
        final Plan plan = new PlanGenerator(Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC))
                .generate(new PlanRequest(Goal.TIME, Optional.of(RaceDistance.TEN_K), Optional.empty(),
                        Optional.of(LocalDate.of(2027, 9, 3)), Optional.empty(), Optional.of(9),
                        EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                                DayOfWeek.SATURDAY),
                        Optional.empty(), new FitnessInput(Optional.of(new RaceResult(RaceDistance.HALF,
                                Duration.ofMinutes(83).plusSeconds(15))), Optional.of(24_755.0), Optional.of(6),
                                Optional.empty(), Optional.empty(), Optional.empty(), 88, true)));
        final ReplannerTest.Followed f = ReplannerTest.followed(plan, LocalDate.of(2027, 9, 14), d -> false);

        final Proposal p = new Replanner().propose(f.version(), f.log(), LocalDate.of(2027, 9, 23), PlanChange.none());

        assertThat(p.kind()).isEqualTo(ProposalKind.REBUILD);
        final Plan next = p.next().orElseThrow().plan();
        final double longest = next.sessions().stream().filter(s -> s.type().isRun() && s.type() != SessionType.RACE)
                .mapToDouble(s -> s.load().totalM()).max().orElseThrow();
        assertThat(longest).isLessThan(LongRunRule.usualMinimum(RaceDistance.TEN_K, Goal.TIME) - LongRunRule.READY_MARGIN_M);
        // Before the fix: only time-off, nothing about the race.
        assertThat(p.warnings()).contains(AdaptWarning.TIME_OFF, AdaptWarning.NOT_READY);
    }

    @Test
    void aRebuildWhoseLongRunReachesTheRaceIsNotWarned() {
        final Plan plan = ReplannerTest.tenK();
        final ReplannerTest.Followed f = ReplannerTest.followed(plan, LocalDate.of(2027, 1, 10), d -> false);

        final Proposal p = new Replanner().propose(f.version(), f.log(), LocalDate.of(2027, 1, 25), PlanChange.none());

        assertThat(p.kind()).isEqualTo(ProposalKind.REBUILD);
        assertThat(p.warnings()).doesNotContain(AdaptWarning.NOT_READY);
    }

    @Test
    void onlyTheLongRunsFromTheReplanOnCount() {
        // The old plan's weeks before the re-plan stay in the next version, its missed long runs too: a long run there
        // that reached the race's minimum must not hide a short rebuilt future (engineer review #2).
        final Plan plan = ReplannerTest.tenK();
        final double needed = LongRunRule.usualMinimum(RaceDistance.TEN_K, plan.request().goal());
        final LocalDate lastLong = plan.sessions().stream().filter(s -> s.type() != SessionType.RACE)
                .filter(s -> s.load().totalM() >= needed - LongRunRule.READY_MARGIN_M).map(s -> s.date())
                .max(LocalDate::compareTo).orElseThrow();
        final java.util.List<AdaptWarning> late = new java.util.ArrayList<>();
        final java.util.List<AdaptWarning> early = new java.util.ArrayList<>();

        Readiness.warn(plan, lastLong.plusDays(1), late);
        Readiness.warn(plan, plan.startDate(), early);

        assertThat(late).containsExactly(AdaptWarning.NOT_READY);
        assertThat(early).isEmpty();
    }
}
