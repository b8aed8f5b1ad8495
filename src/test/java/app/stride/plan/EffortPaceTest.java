package app.stride.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EffortPaceTest {

    @Test
    void aSlowRaceGivesItsOwnPace() {
        final FitnessInput in = Golden.fitness(Golden.race(RaceDistance.FIVE_K, 45, 0), 10.0, 3, null, null, null, 0, false);
        assertThat(EffortPace.racePace(in)).isEqualTo(540);
        assertThat(EffortPace.easy(in)).isGreaterThan(540);
    }

    @Test
    void aRunWalkRatioGivesGallowaysPace() {
        assertThat(EffortPace.racePace(Golden.fitness(Optional.empty(), null, null, null, null, new RunWalk(60, 30), 0, false)))
                .isBetween(400.0, 450.0);
    }

    /** Finding 6: a 45:00 5K runner got a 10-minute "long run" shorter than the easy runs and a race shown as 35 minutes. */
    @Test
    void aFortyFiveMinuteFiveKRunnerGetsALongRunAndARaceTimeRangeAroundTheirPace() {
        final Plan p = new PlanGenerator(Golden.CLOCK).generate(new PlanRequest(Goal.FINISH, Optional.of(RaceDistance.FIVE_K),
                Optional.empty(), Optional.of(Golden.MONDAY), Optional.empty(), Optional.of(8),
                EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SUNDAY), Optional.empty(),
                Golden.fitness(Golden.race(RaceDistance.FIVE_K, 45, 0), 10.0, 3, null, null, null, 0, false)));
        final TimeRange t = p.raceTime().orElseThrow();
        assertThat(t.fastest()).isGreaterThan(Duration.ofMinutes(40));
        assertThat(t.slowest()).isGreaterThan(t.fastest()).isLessThan(Duration.ofMinutes(60));
        for (PlanWeek w : p.weeks()) {
            w.sessions().stream().filter(s -> s.type() == SessionType.LONG).forEach(l -> {
                assertThat(l.duration().orElseThrow()).isGreaterThan(Duration.ofMinutes(30));
                assertThat(w.sessions()).allSatisfy(s -> assertThat(s.load().totalM()).isLessThanOrEqualTo(
                        s.type() == SessionType.RACE ? Double.MAX_VALUE : l.load().totalM()));
            });
        }
    }
}
