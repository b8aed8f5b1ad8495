package app.stride.plan.adapt;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.plan.Plan;
import app.stride.plan.PlanWeek;
import app.stride.plan.SessionType;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Coach review D4: after a bridge week the plan grows back by the growth rule, not straight to its biggest week. */
class BridgeGrowthTest {

    private static double volume(final PlanWeek w) {
        return w.sessions().stream().filter(s -> s.type().isRun() && s.type() != SessionType.RACE)
                .mapToDouble(s -> s.load().totalM()).sum();
    }

    @Test
    void theWeeksAfterABridgeGrowFromIt() {
        final Plan plan = ReplannerTest.tenK();
        // Weeks 1–2 done; Tue, Thu, Sat of week 3 missed; as of Sunday 24 Jan: a bridge from Sunday to Saturday.
        final LocalDate asOf = LocalDate.of(2027, 1, 24);
        final ReplannerTest.Followed f = ReplannerTest.followed(plan, LocalDate.of(2027, 1, 17), d -> false);

        final Proposal p = new Replanner().propose(f.version(), f.log(), asOf, PlanChange.none());

        assertThat(p.kind()).isEqualTo(ProposalKind.BRIDGE);
        final Plan next = p.next().orElseThrow().plan();
        // Before the fix week 5 went back to the plan's own 30+ km after a bridge week of about 20.
        double best = volume(next.weeks().get(3));
        for (PlanWeek w : next.weeks().subList(4, next.weeks().size())) {
            final int days = (int) w.sessions().stream().filter(s -> s.type().isRun() && s.type() != SessionType.RACE).count();
            assertThat(volume(w)).as("week %d after the bridge (best since %.0f)", w.number(), best)
                    .isLessThanOrEqualTo(app.stride.plan.GrowthRule.cap(best, days) + 100);
            best = Math.max(best, volume(w));
        }
        assertThat(volume(next.weeks().get(4))).isLessThan(volume(plan.weeks().get(4)));
        // No session is longer than it was planned.
        for (int i = 0; i < plan.sessions().size(); i++) {
            assertThat(next.sessions().get(i).load().totalM()).isLessThanOrEqualTo(plan.sessions().get(i).load().totalM() + 1);
        }
    }
}
