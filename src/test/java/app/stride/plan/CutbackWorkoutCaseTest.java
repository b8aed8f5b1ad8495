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
 * Coach round 6, defect 5, m03 (`plan --distance half --weekly-km 35 --longest-run-km 15 --runs-per-week 4
 * --days-off 42 --recent-race half=1:58:00 --weeks 10 --start-date 2026-12-07`): its week 6 cutback ran 9 × 60 s hills
 * after week 4's 7 × 60 s. Now the cutback keeps the lighter tempo, no bigger than week 5's. Failed before the fix.
 */
class CutbackWorkoutCaseTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void m03sCutbackRunsATempoNoBiggerThanTheWeekBefore() {
        final Plan p = new PlanGenerator(CLOCK).generate(new PlanRequest(Goal.TIME, Optional.of(RaceDistance.HALF),
                Optional.empty(), Optional.of(LocalDate.of(2026, 12, 7)), Optional.empty(), Optional.of(10),
                EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), Optional.empty(),
                Runners.fitness(Optional.of(new RaceResult(RaceDistance.HALF, Duration.ofMinutes(118))), 35_000.0, 4, 15_000.0,
                        null, null, 42, false), false));
        final PlanWeek cutback = p.weeks().get(5);
        assertThat(cutback.cutback()).isTrue();
        assertThat(cutback.sessions()).noneMatch(s -> s.type() == SessionType.HILLS);
        final double work = cutback.sessions().stream().filter(s -> s.type() == SessionType.TEMPO)
                .mapToDouble(s -> s.load().workM()).sum();
        final double before = p.weeks().get(4).sessions().stream().filter(s -> s.type() == SessionType.TEMPO)
                .mapToDouble(s -> s.load().workM()).sum();
        assertThat(work).as("week 6 tempo").isPositive().isLessThanOrEqualTo(before);
    }
}
