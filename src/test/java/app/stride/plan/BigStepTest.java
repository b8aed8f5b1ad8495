package app.stride.plan;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.settings.DistanceUnit;
import app.stride.text.PlanText;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * New-user review: "I can run 10 minutes" after 20 weeks off starts at Couch to 5K week 5, whose day 3 is 20 minutes
 * without stopping, twice what the runner said, and nothing said so. The plan names that first big step with a way
 * through. Failed before: no such note.
 */
class BigStepTest {

    private static Plan plan(final int canRunMin) {
        final Clock made = Clock.fixed(LocalDate.of(2026, 11, 30).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        return new PlanGenerator(made).generate(new PlanRequest(Goal.FINISH, Optional.of(RaceDistance.FIVE_K), Optional.empty(),
                Optional.of(LocalDate.of(2026, 11, 30)), Optional.of(LocalDate.of(2027, 1, 23)), Optional.empty(),
                EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.SATURDAY), Optional.empty(),
                new FitnessInput(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(canRunMin),
                        Optional.empty(), 140, false)));
    }

    @Test
    void tenMinutesAfterTwentyWeeksOffIsToldAboutTheFirstTwentyMinuteRun() {
        final PlanMessage note = plan(10).warnings().stream().filter(w -> w.code().equals("bigStep")).findFirst().orElseThrow();
        assertThat(note.args()).containsExactly(LocalDate.of(2026, 12, 5), 20, 10);
        assertThat(PlanText.note(note, DistanceUnit.KM, PlanText.Surface.APP))
                .contains("20 minutes without stopping").contains("10 minutes you can run today")
                .contains("walk a minute if you need to, then carry on");
    }

    @Test
    void aRunnerWhoAlreadyRunsHalfAnHourIsNotWarned() {
        assertThat(plan(30).warnings()).noneMatch(w -> w.code().equals("bigStep"));
    }
}
