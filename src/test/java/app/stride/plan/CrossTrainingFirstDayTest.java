package app.stride.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A plan's first session is a run: cross-training goes on a free day after the plan's first run. */
class CrossTrainingFirstDayTest {

    private static final LocalDate START = LocalDate.of(2027, 1, 4); // a Monday

    /** A comeback runner (two months off) on Mon/Wed/Fri/Sun, 3 runs a week. */
    private static Plan comeback() {
        return new PlanGenerator(Clock.fixed(START.minusDays(3).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC))
                .generate(new PlanRequest(Goal.FINISH, Optional.of(RaceDistance.FIVE_K), Optional.empty(),
                        Optional.of(START), Optional.empty(), Optional.of(8),
                        EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY, DayOfWeek.SUNDAY),
                        Optional.empty(), new FitnessInput(Optional.empty(), Optional.of(10_000.0), Optional.of(3),
                                Optional.empty(), Optional.empty(), Optional.empty(), 60, false)));
    }

    @Test
    void theFirstSessionOfAComebackPlanIsARun() {
        final Plan plan = comeback();
        final List<Session> all = plan.sessions().stream().sorted(Comparator.comparing(Session::date)).toList();

        // Before the fix: Monday, day 1 of the plan, was cross-training (the first free training day of the week).
        assertThat(all.get(0).type().isRun()).as("first session %s", all.get(0)).isTrue();
        assertThat(all.get(0).date()).isAfterOrEqualTo(START);
        final LocalDate firstRun = all.get(0).date();
        assertThat(plan.sessions()).filteredOn(s -> s.type() == SessionType.CROSS_TRAINING)
                .allMatch(s -> s.date().isAfter(firstRun));
        // Later weeks still offer cross-training on the free day.
        assertThat(plan.sessions()).anyMatch(s -> s.type() == SessionType.CROSS_TRAINING);
        assertThat(PlanRules.check(plan)).isEmpty();
    }
}
