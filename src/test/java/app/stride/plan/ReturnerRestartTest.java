package app.stride.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * r05 (coach review 5, defect 2): a 30:00 5K runner back after 60 days from 8 km a week (3 km longest) restarted at
 * Couch to 5K week 3, 9 minutes of running in all, and the plan called itself a time goal while it races as a finish.
 * A runner who raced at a running pace starts where the 20 minutes counted from their race put them (week 5: 5- and
 * 8-minute runs, then 20 minutes non-stop), not two weeks before; the plan's goal as planned is a finish. Failed
 * before (stage 3, goal as requested: time).
 */
class ReturnerRestartTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void r05RestartsWithTwentyMinutesNonStopInWeekOneAndIsPlannedAsAFinish() {
        final Plan p = new PlanGenerator(CLOCK).generate(new PlanRequest(Goal.TIME, Optional.of(RaceDistance.FIVE_K),
                Optional.empty(), Optional.of(LocalDate.of(2026, 12, 7)), Optional.empty(), Optional.of(8),
                EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SUNDAY), Optional.empty(),
                Runners.fitness(Optional.of(new RaceResult(RaceDistance.FIVE_K, Duration.ofMinutes(30))), 8000.0, 3, 3000.0,
                        null, null, 60, false), false));
        assertThat(p.fitness().level()).isEqualTo(Fitness.Level.WALK_RUN);
        assertThat(p.fitness().c25kStage()).isEqualTo(5);
        // Week 1 holds a 20-minute run without stopping.
        assertThat(p.weeks().get(0).sessions()).anyMatch(s -> s.runWalk().isEmpty() && s.steps().stream()
                .anyMatch(x -> x.kind() == Step.Kind.RUN && x.duration().filter(d -> d.toMinutes() >= 20).isPresent()));
        assertThat(p.goalAsPlanned()).isEqualTo(Goal.FINISH);
        assertThat(p.request().goal()).isEqualTo(Goal.TIME);
    }

    @Test
    void aWalkerPlacedFromARaceStillStartsTwoWeeksEarlierAfterALongBreak() {
        // A walker's race (55 min for 5K) is not a runner's: the new-user review 12 rule stands (week 3, not 5).
        final Fitness f = Fitness.assess(Runners.fitness(Optional.of(new RaceResult(RaceDistance.FIVE_K, Duration.ofMinutes(55))),
                2000.0, null, null, null, null, 90, false));
        assertThat(f.level()).isEqualTo(Fitness.Level.WALK_RUN);
        assertThat(f.c25kStage()).isLessThan(5);
    }
}
