package app.stride.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
 * Coach review n12/n13: a runner who already runs, with a race 3–4 weeks after the {@code --start-date} they gave, was
 * refused ("a plan needs at least 6"), while the same runner without a start date got the short plan (hold, sharpen,
 * taper). One rule now decides both paths ({@code PlanDates.minWeeks}). Each test but the last failed before.
 */
class ShortPlanFromAGivenStartTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC); // a Monday
    private static final LocalDate START = LocalDate.of(2026, 12, 7);

    private static PlanRequest request(final RaceDistance d, final int raceMin, final int targetMin, final double weeklyKm,
                                       final double longestKm, final LocalDate start, final LocalDate race,
                                       final int daysOff) {
        return new PlanRequest(Goal.TIME, Optional.of(d), Optional.of(Duration.ofMinutes(targetMin)),
                Optional.ofNullable(start), Optional.of(race), Optional.empty(),
                EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), Optional.empty(),
                new FitnessInput(Optional.of(new RaceResult(d, Duration.ofMinutes(raceMin))), Optional.of(weeklyKm * 1000),
                        Optional.of(4), Optional.of(longestKm * 1000), Optional.empty(), Optional.empty(), daysOff, false));
    }

    /** n12: 10K on Sun 3 Jan 2027 from Mon 7 Dec 2026, 30 km a week: four weeks that hold, sharpen and taper. */
    @Test
    void anEstablishedTenKRunnerFourWeeksFromTheGivenStartGetsTheShortPlan() {
        final Plan p = new PlanGenerator(CLOCK).generate(request(RaceDistance.TEN_K, 50, 48, 30, 10, START,
                LocalDate.of(2027, 1, 3), 0));
        assertThat(p.startDate()).isEqualTo(START);
        assertThat(p.weeks()).hasSize(4);
        assertThat(p.warnings()).anyMatch(w -> w.code().equals("shortPlan"));
        assertThat(p.weeks().get(3).phase()).isEqualTo(Phase.TAPER);
        // Holds what the runner runs: no week builds past the current 30 km by more than the growth rule allows.
        assertThat(p.weeks()).allMatch(w -> w.trainingM() <= 33_000);
    }

    /** n13: 5K on Sun 27 Dec 2026 from Mon 7 Dec 2026: three weeks, the 5K tapering in race week alone. */
    @Test
    void anEstablishedFiveKRunnerThreeWeeksFromTheGivenStartGetsTheShortPlan() {
        final Plan p = new PlanGenerator(CLOCK).generate(request(RaceDistance.FIVE_K, 25, 24, 25, 8, START,
                LocalDate.of(2026, 12, 27), 0));
        assertThat(p.weeks()).hasSize(3);
        assertThat(p.weeks().stream().map(PlanWeek::phase).filter(ph -> ph == Phase.TAPER).count()).isEqualTo(1);
        assertThat(p.weeks().get(2).phase()).isEqualTo(Phase.TAPER);
    }

    /** One rule: the start the runner gives, when it is the default start, makes the very plan the default makes. */
    @Test
    void givingTheDefaultStartMakesTheSamePlanAsLeavingItOut() {
        final LocalDate race = LocalDate.of(2026, 12, 27);
        final Plan given = new PlanGenerator(CLOCK).generate(request(RaceDistance.FIVE_K, 25, 24, 25, 8,
                LocalDate.of(2026, 11, 30), race, 0));
        final Plan left = new PlanGenerator(CLOCK).generate(request(RaceDistance.FIVE_K, 25, 24, 25, 8, null, race, 0));
        assertThat(given.weeks()).isEqualTo(left.weeks());
        assertThat(given.weeks()).hasSize(4);
    }

    /** A returner (120 days off) is no established runner: three weeks after the start they gave is still refused. */
    @Test
    void aReturnerIsStillRefusedEitherWay() {
        final LocalDate race = LocalDate.of(2026, 12, 27);
        assertThatThrownBy(() -> new PlanGenerator(CLOCK).generate(request(RaceDistance.FIVE_K, 25, 24, 25, 8, START, race, 120)))
                .isInstanceOfSatisfying(PlanInputException.class, e -> assertThat(e.field()).isEqualTo(PlanField.RACE_DATE));
        assertThatThrownBy(() -> new PlanGenerator(CLOCK).generate(request(RaceDistance.FIVE_K, 25, 24, 25, 8, null, race, 120)))
                .isInstanceOfSatisfying(PlanInputException.class, e -> assertThat(e.field()).isEqualTo(PlanField.RACE_DATE));
    }
}
