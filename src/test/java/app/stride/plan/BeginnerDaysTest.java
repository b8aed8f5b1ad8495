package app.stride.plan;

import static app.stride.plan.Golden.days;
import static app.stride.plan.Golden.fitness;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Couch-to-5K sessions get a rest day between them whenever the runner's days allow it; otherwise a warning says so. */
class BeginnerDaysTest {

    private static Plan beginner(final DayOfWeek... d) {
        final Plan p = Golden.plan(Goal.FINISH, RaceDistance.FIVE_K, null, 9, days(d),
                fitness(Optional.empty(), null, null, null, 0, null, 0, false));
        assertThat(PlanRules.check(p)).isEmpty();
        return p;
    }

    private static void noBackToBackRunWalk(final Plan p) {
        final List<Session> runs = p.sessions().stream().filter(s -> s.type().isRun() && s.type() != SessionType.RACE).toList();
        for (int i = 1; i < runs.size(); i++) {
            assertThat(ChronoUnit.DAYS.between(runs.get(i - 1).date(), runs.get(i).date()))
                    .as("runs on %s and %s", runs.get(i - 1).date(), runs.get(i).date()).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void threeDaysInARowBecomeTwoSessionsWithARestDayBetweenAndAWarning() {
        final Plan p = beginner(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY);
        noBackToBackRunWalk(p);
        assertThat(Golden.notes(p)).anyMatch(w -> w.contains("rest day") && w.contains("mon,wed,fri"));
    }

    @Test
    void daysThatAllowSpacingAreSpaced() {
        final Plan p = beginner(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY);
        noBackToBackRunWalk(p);
        assertThat(p.weeks().get(0).runs()).isEqualTo(3);
        assertThat(Golden.notes(p)).noneMatch(w -> w.contains("rest day"));
    }

    @Test
    void aWeekendOnlyBeginnerIsWarnedTheirSessionsAreBackToBack() {
        final Plan p = beginner(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(Golden.notes(p)).anyMatch(w -> w.contains("rest day"));
    }
}
