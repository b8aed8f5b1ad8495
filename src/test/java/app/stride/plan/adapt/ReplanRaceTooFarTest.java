package app.stride.plan.adapt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.stride.plan.PlanField;
import app.stride.plan.PlanInputException;
import app.stride.plan.adapt.ReplannerTest.Followed;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Engineer review: a race moved more than 12 weeks out from the middle of a plan was refused with the new-plan message
 * ("start between ... and ..."), a start date the runner on the way cannot change. The refusal now names the latest
 * race day a re-plan can reach (12 weeks counting the week under way, on the weekday asked for). Failed before the fix.
 */
class ReplanRaceTooFarTest {

    /** Tuesday of week 3 of the 10K plan (from Monday 4 January 2027): the week under way began on Monday 18 January. */
    private static final LocalDate AS_OF = LocalDate.of(2027, 1, 19);
    /** Twelve weeks counting the week under way end on Sunday 11 April. */
    private static final LocalDate LATEST = LocalDate.of(2027, 4, 11);

    private static PlanChange race(final LocalDate day) {
        return new PlanChange(Optional.of(day), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Test
    void aRaceBeyondTwelveWeeksIsRefusedNamingTheLatestRaceDay() {
        final Followed f = ReplannerTest.followed(ReplannerTest.tenK(), LocalDate.of(2027, 1, 17), d -> false);

        final PlanInputException e = catchThrowableOfType(() -> new Replanner().propose(f.version(), f.log(), AS_OF,
                race(LATEST.plusWeeks(1))), PlanInputException.class);

        assertThat(e).isNotNull();
        assertThat(e.field()).isEqualTo(PlanField.RACE_DATE);
        assertThat(e.problem().code()).isEqualTo("replanRaceTooFar");
        assertThat(e.problem().args()).containsExactly(LATEST.plusWeeks(1), 12, LATEST);
    }

    @Test
    void theLatestDayNamedIsOnTheWeekdayAskedForAndIsPlanned() {
        final Followed f = ReplannerTest.followed(ReplannerTest.tenK(), LocalDate.of(2027, 1, 17), d -> false);

        final PlanInputException e = catchThrowableOfType(() -> new Replanner().propose(f.version(), f.log(), AS_OF,
                race(LocalDate.of(2027, 4, 17))), PlanInputException.class);
        assertThat(e.problem().args().get(2)).isEqualTo(LocalDate.of(2027, 4, 10));

        final Proposal p = new Replanner().propose(f.version(), f.log(), AS_OF, race(LATEST));
        assertThat(p.kind()).isEqualTo(ProposalKind.REBUILD);
        assertThat(p.next().orElseThrow().plan().raceDate()).contains(LATEST);
    }
}
