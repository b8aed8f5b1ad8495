package app.stride.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every generated runner gets a plan that keeps every rule in the reference, and the same plan every time. */
class PlanPropertiesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-01-06T10:00:00Z"), ZoneOffset.UTC);

    @Provide
    Arbitrary<PlanRequest> requests() {
        return Runners.requests();
    }

    @Property(tries = 300)
    void everyPlanKeepsEverySafetyRule(@ForAll("requests") final PlanRequest request) {
        final Plan plan = new PlanGenerator(CLOCK).generate(request);
        assertThat(PlanRules.check(plan)).as("rules broken for %s", request).isEmpty();
    }

    @Property(tries = 100)
    void sameInputSamePlan(@ForAll("requests") final PlanRequest request) {
        final Plan a = new PlanGenerator(CLOCK).generate(request);
        final Plan b = new PlanGenerator(Clock.offset(CLOCK, java.time.Duration.ofDays(3))).generate(request);
        assertThat(b).isEqualTo(a);
    }

    @Property(tries = 200)
    void stretchTargetsAndUnreadyRacesAreNamedInWarnings(@ForAll("requests") final PlanRequest request) {
        final Plan plan = new PlanGenerator(CLOCK).generate(request);
        if (request.targetTime().isPresent() && plan.fitness().vdot().isPresent()) {
            final RaceDistance d = request.distance().orElseThrow();
            final double needed = Vdot.fromRace(d.metres(), request.targetTime().get()).value();
            final double reachable = plan.fitness().vdot().get().value() * (1 + 0.03 * plan.weeks().size() / 8.0);
            if (needed > reachable) {
                assertThat(plan.warnings()).anyMatch(w -> w.contains("predicts"));
            }
        }
        final Session race = plan.sessions().get(plan.sessions().size() - 1);
        if (race.type() == SessionType.RACE && race.runWalk().isPresent()
                && plan.fitness().level() != Fitness.Level.RUN_WALK_BY_CHOICE) {
            assertThat(plan.warnings()).isNotEmpty();
        }
    }
}
