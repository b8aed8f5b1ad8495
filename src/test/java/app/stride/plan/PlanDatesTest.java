package app.stride.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.stride.common.InvalidInputException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Any two of start date, race date and weeks fix the third; the rest is refused with what would work. */
class PlanDatesTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 1, 6); // a Wednesday

    private static PlanRequest req(final Goal g, final LocalDate start, final LocalDate race, final Integer weeks) {
        return new PlanRequest(g, g == Goal.CONSISTENCY ? Optional.empty() : Optional.of(RaceDistance.TEN_K), Optional.empty(),
                Optional.ofNullable(start), Optional.ofNullable(race), Optional.ofNullable(weeks),
                EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.SUNDAY), Optional.empty(), FitnessInput.none());
    }

    @Test
    void startAndWeeksFixTheRaceOnTheLastDay() {
        final PlanDates d = PlanDates.resolve(req(Goal.FINISH, LocalDate.of(2027, 1, 11), null, 8), TODAY);
        assertThat(d.race()).contains(LocalDate.of(2027, 3, 7));
        assertThat(d.weeks()).isEqualTo(8);
    }

    @Test
    void raceAndWeeksFixTheStart() {
        final PlanDates d = PlanDates.resolve(req(Goal.FINISH, null, LocalDate.of(2027, 3, 7), 8), TODAY);
        assertThat(d.start()).isEqualTo(LocalDate.of(2027, 1, 11));
    }

    @Test
    void startAndRaceFixTheWeeksWithTheRaceAnywhereInTheLastWeek() {
        assertThat(PlanDates.resolve(req(Goal.FINISH, LocalDate.of(2027, 1, 11), LocalDate.of(2027, 3, 3), null), TODAY).weeks())
                .isEqualTo(8);
    }

    @Test
    void defaultsStartOnTheNextMondayAndFarRacesStartTwelveWeeksOut() {
        assertThat(PlanDates.resolve(req(Goal.FINISH, null, LocalDate.of(2027, 3, 7), null), TODAY).start())
                .isEqualTo(LocalDate.of(2027, 1, 11));
        final PlanDates far = PlanDates.resolve(req(Goal.FINISH, null, LocalDate.of(2027, 9, 5), null), TODAY);
        assertThat(far.weeks()).isEqualTo(12);
        assertThat(far.start()).isEqualTo(LocalDate.of(2027, 6, 14));
        assertThat(PlanDates.resolve(req(Goal.CONSISTENCY, null, null, null), TODAY).weeks()).isEqualTo(8);
    }

    @Test
    void refusesWithWhatWouldWork() {
        assertThatThrownBy(() -> PlanDates.resolve(req(Goal.FINISH, LocalDate.of(2027, 1, 4), LocalDate.of(2027, 6, 6), null), TODAY))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("6–12 weeks").hasMessageContaining("2027-06-06")
                .hasMessageContaining("start between 2027-03-15 and 2027-05-02");
        assertThatThrownBy(() -> PlanDates.resolve(req(Goal.FINISH, LocalDate.of(2027, 1, 11), LocalDate.of(2027, 3, 7), 9), TODAY))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("--weeks 8");
        assertThatThrownBy(() -> PlanDates.resolve(req(Goal.FINISH, null, null, 13), TODAY))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("--weeks");
        assertThatThrownBy(() -> PlanDates.resolve(req(Goal.CONSISTENCY, null, LocalDate.of(2027, 3, 7), null), TODAY))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("--race-date");
    }

    @Test
    void aStartInThePastIsAllowedButWarned() {
        final java.time.Clock clock = java.time.Clock.fixed(java.time.Instant.parse("2027-01-06T10:00:00Z"), java.time.ZoneOffset.UTC);
        final Plan past = new PlanGenerator(clock).generate(req(Goal.FINISH, LocalDate.of(2026, 11, 23), null, 8));
        assertThat(Golden.notes(past)).anyMatch(w -> w.contains("starts on Mon 23 Nov 2026, before today"));
        final Plan today = new PlanGenerator(clock).generate(req(Goal.FINISH, LocalDate.of(2027, 1, 6), null, 8));
        assertThat(Golden.notes(today)).noneMatch(w -> w.contains("before today"));
    }
}
