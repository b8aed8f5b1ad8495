package app.stride.plan.adapt;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.plan.FitnessInput;
import app.stride.plan.Goal;
import app.stride.plan.Plan;
import app.stride.plan.PlanGenerator;
import app.stride.plan.PlanRequest;
import app.stride.plan.PlanRules;
import app.stride.plan.RaceDistance;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A rebuild in the race week of a 6-week plan leaves one week: the rules' taper check read the week before it and
 * `adapt` failed with an IndexOutOfBoundsException (found by a 1,500-runner ReplanWeeksPropertiesTest sample).
 */
class LastWeekRebuildTest {

    @Test
    void aRebuildOfTheRaceWeekAloneIsProposed() {
        final LocalDate start = LocalDate.of(2027, 8, 12);
        final Plan plan = new PlanGenerator(Clock.fixed(start.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC))
                .generate(new PlanRequest(Goal.FINISH, Optional.of(RaceDistance.FIVE_K), Optional.empty(), Optional.of(start),
                        Optional.empty(), Optional.of(6), EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY),
                        Optional.of(DayOfWeek.MONDAY), new FitnessInput(Optional.empty(), Optional.of(74_872.59), Optional.of(5),
                                Optional.empty(), Optional.of(1), Optional.empty(), 74, false)));
        final ReplannerTest.Followed f = ReplannerTest.followed(plan, LocalDate.of(2027, 9, 2), d -> false);
        final LocalDate asOf = LocalDate.of(2027, 9, 16);

        final Proposal p = new Replanner().propose(f.version(), f.log(), asOf, PlanChange.none());

        assertThat(p.kind()).isEqualTo(ProposalKind.REBUILD);
        final Plan next = p.next().orElseThrow().plan();
        assertThat(next.weeks()).hasSameSizeAs(plan.weeks());
        assertThat(PlanRules.check(ReplannerTest.future(next, plan, asOf))).isEmpty();
    }
}
