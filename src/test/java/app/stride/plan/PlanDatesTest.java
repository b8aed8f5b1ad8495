package app.stride.plan;

import app.stride.text.PlanText;
import app.stride.text.StepText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    private static PlanRequest fiveK(final PlanRequest r) {
        return new PlanRequest(r.goal(), Optional.of(RaceDistance.FIVE_K), r.targetTime(), r.startDate(), r.raceDate(),
                r.weeks(), r.days(), r.longRunDay(), r.fitness());
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

    private static String cli(final PlanInputException e) {
        return PlanText.problem(e.problem(), app.stride.settings.DistanceUnit.KM, PlanText.Surface.CLI);
    }

    @Test
    void refusesWithWhatWouldWork() {
        assertThatThrownBy(() -> PlanDates.resolve(req(Goal.FINISH, LocalDate.of(2027, 1, 4), LocalDate.of(2027, 6, 6), null), TODAY))
                .isInstanceOfSatisfying(PlanInputException.class, e -> {
                    assertThat(e.field()).isEqualTo(PlanField.RACE_DATE);
                    assertThat(e.problem().code()).isEqualTo("datesRange");
                    assertThat(cli(e)).contains("6–12 weeks").contains("Sun 6 Jun 2027")
                            .contains("start between Mon 15 Mar 2027 and Sun 2 May 2027");
                });
        assertThatThrownBy(() -> PlanDates.resolve(req(Goal.FINISH, LocalDate.of(2027, 1, 11), LocalDate.of(2027, 3, 7), 9), TODAY))
                .isInstanceOfSatisfying(PlanInputException.class, e -> assertThat(cli(e)).contains("--weeks 8"));
        assertThatThrownBy(() -> PlanDates.resolve(req(Goal.FINISH, null, null, 13), TODAY))
                .isInstanceOfSatisfying(PlanInputException.class, e -> assertThat(e.field()).isEqualTo(PlanField.WEEKS));
        assertThatThrownBy(() -> PlanDates.resolve(req(Goal.CONSISTENCY, null, LocalDate.of(2027, 3, 7), null), TODAY))
                .isInstanceOfSatisfying(PlanInputException.class, e -> assertThat(e.field()).isEqualTo(PlanField.RACE_DATE));
    }

    /** Finding 8: a race three weeks away with a 6-week plan used to start the plan in the past. */
    @Test
    void aRaceTooCloseForThePlanLengthIsRefusedNotStartedInThePast() {
        assertThatThrownBy(() -> PlanDates.resolve(req(Goal.FINISH, null, LocalDate.of(2027, 1, 27), 6), TODAY))
                .isInstanceOfSatisfying(PlanInputException.class, e -> {
                    assertThat(e.field()).isEqualTo(PlanField.RACE_DATE);
                    assertThat(e.problem().code()).isEqualTo("raceTooClose");
                    // The race was asked on a Wednesday: the suggestion is a Wednesday too.
                    assertThat(cli(e)).contains("on or after Wed 17 Feb 2027");
                });
    }

    /** Finding 8: a race date in the past with a start date in the past was accepted. */
    @Test
    void aRaceInThePastIsRefusedEvenWithAPastStart() {
        assertThatThrownBy(() -> PlanDates.resolve(req(Goal.FINISH, LocalDate.of(2026, 10, 5), LocalDate.of(2026, 12, 13), null), TODAY))
                .isInstanceOfSatisfying(PlanInputException.class, e -> {
                    assertThat(e.field()).isEqualTo(PlanField.RACE_DATE);
                    assertThat(e.problem().code()).isEqualTo("racePast");
                });
    }

    /** Re-planning (adapting) may run fewer than six weeks to the race, from a start today. */
    @Test
    void aReplanMayRunFewerWeeks() {
        final PlanRequest r = req(Goal.FINISH, LocalDate.of(2027, 1, 11), LocalDate.of(2027, 1, 31), null);
        final PlanRequest replan = new PlanRequest(r.goal(), r.distance(), r.targetTime(), r.startDate(), r.raceDate(),
                r.weeks(), r.days(), r.longRunDay(), r.fitness(), true);
        assertThat(PlanDates.resolve(replan, TODAY).weeks()).isEqualTo(3);
        assertThatThrownBy(() -> PlanDates.resolve(r, TODAY)).isInstanceOf(PlanInputException.class);
    }

    @Test
    void aStartInThePastIsAllowedButWarned() {
        final java.time.Clock clock = java.time.Clock.fixed(java.time.Instant.parse("2027-01-06T10:00:00Z"), java.time.ZoneOffset.UTC);
        final Plan past = new PlanGenerator(clock).generate(fiveK(req(Goal.FINISH, LocalDate.of(2026, 11, 23), null, 8)));
        assertThat(Golden.notes(past)).anyMatch(w -> w.contains("starts on Mon 23 Nov 2026, before today"));
        final Plan today = new PlanGenerator(clock).generate(fiveK(req(Goal.FINISH, LocalDate.of(2027, 1, 6), null, 8)));
        assertThat(Golden.notes(today)).noneMatch(w -> w.contains("before today"));
    }
}
