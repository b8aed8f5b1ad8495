package app.stride.plan.adapt;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.plan.Plan;
import app.stride.plan.Step;
import app.stride.settings.DistanceUnit;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Coach review n06: a mile runner's bridge and the runs growing back after it came in half kilometres (2.2, 3.4 mi on
 * the CLI); a mile runner's steps are half miles, so the CLI shows 2.0 and 3.5 mi (quarter miles would read 2.3 and 5.8). Failed before the fix.
 */
class BridgeHalfMileTest {

    private static final double HALF_MI = 804.672;

    @Test
    void aMileRunnersBridgeAndRegrownRunsByPaceAreWholeHalfMiles() {
        final Plan plan = LateLongBreakTest.plan();
        // Week 1 run, then Tue 15, Thu 17 and Sat 19 Dec missed; as of Sunday 20 (as BridgeHalfKmTest).
        final ReplannerTest.Followed f = ReplannerTest.followed(plan, LocalDate.of(2026, 12, 13), d -> false);

        final Proposal p = new Replanner(DistanceUnit.MI).propose(f.version(), f.log(), LocalDate.of(2026, 12, 20),
                PlanChange.none());

        assertThat(p.kind()).isEqualTo(ProposalKind.BRIDGE);
        final long byPace = p.changes().stream().filter(c -> c.to().filter(s -> s.pace().isPresent()
                && s.distanceM().isPresent()).isPresent()).count();
        assertThat(byPace).isPositive();
        p.changes().forEach(c -> c.to().filter(s -> s.pace().isPresent() && s.distanceM().isPresent()
                && s.type().isRun() && s.steps().size() <= 1).ifPresent(s -> {
            final double halves = s.distanceM().get() / HALF_MI;
            assertThat(Math.abs(halves - Math.rint(halves))).as(c.date() + " " + s.distanceM().get()).isLessThan(1e-6);
            final double steps = s.steps().stream().filter(st -> st.kind() == Step.Kind.RUN)
                    .mapToDouble(st -> st.distanceM().orElse(0.0)).sum();
            assertThat(steps).as(c.date() + " steps").isCloseTo(s.distanceM().get(), org.assertj.core.data.Offset.offset(1e-6));
        }));
    }

    @Test
    void aKilometreRunnersStepStaysHalfAKilometre() {
        assertThat(HalfKm.stepM(DistanceUnit.KM)).isEqualTo(500);
        assertThat(HalfKm.stepM(DistanceUnit.MI)).isEqualTo(HALF_MI);
    }
}
