package app.stride.plan.adapt;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.plan.Plan;
import app.stride.plan.Step;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * Coach review B40: after three missed sessions in a row the bridge week showed 8.8, 6.7 and 3.2 km runs and the weeks
 * growing back 9.9 and 13.2 km: the plan's own rule is runs in half kilometres.
 */
class BridgeHalfKmTest {

    @Test
    void bridgeAndRegrownRunsByPaceAreWholeHalfKilometres() {
        final Plan plan = LateLongBreakTest.plan();
        // Week 1 run (30 km), then Tue 15, Thu 17 and Sat 19 Dec missed; as of Sunday 20.
        final ReplannerTest.Followed f = ReplannerTest.followed(plan, LocalDate.of(2026, 12, 13), d -> false);

        final Proposal p = new Replanner().propose(f.version(), f.log(), LocalDate.of(2026, 12, 20), PlanChange.none());

        assertThat(p.kind()).isEqualTo(ProposalKind.BRIDGE);
        // The bridge week and at least one week after it changed (before: 8.8, 3.8, 6.7, 3.2 km; 9.9, 3.7, 13.2 km).
        assertThat(p.changes().stream().filter(c -> c.date().isAfter(LocalDate.of(2026, 12, 27)))).isNotEmpty();
        p.changes().forEach(c -> c.to().filter(s -> s.pace().isPresent() && s.distanceM().isPresent()).ifPresent(s -> {
            assertThat(s.distanceM().get() % 500).as(c.date() + " " + s.distanceM().get()).isZero();
            final double steps = s.steps().stream().filter(st -> st.kind() == Step.Kind.RUN)
                    .mapToDouble(st -> st.distanceM().orElse(0.0)).sum();
            assertThat(steps).as(c.date() + " steps").isEqualTo(s.distanceM().get());
        }));
    }
}
