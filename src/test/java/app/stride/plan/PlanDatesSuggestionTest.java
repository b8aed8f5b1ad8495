package app.stride.plan;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A refused race date names the real limit and suggests a race on the weekday asked for (helper replan). */
class PlanDatesSuggestionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    private static PlanRequest tenK(final Optional<LocalDate> start, final LocalDate race, final Optional<Integer> weeks) {
        return new PlanRequest(Goal.FINISH, Optional.of(RaceDistance.TEN_K), Optional.empty(), start, Optional.of(race), weeks,
                EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SUNDAY), Optional.empty(), FitnessInput.none());
    }

    @Test
    void aFutureStartTooCloseToTheRaceSaysTooFewWeeksNotThePast() {
        assertThatThrownBy(() -> PlanDates.resolve(tenK(Optional.of(LocalDate.of(2026, 12, 7)), LocalDate.of(2026, 12, 27),
                Optional.empty()), TODAY))
                .isInstanceOfSatisfying(PlanInputException.class, e -> {
                    assertThat(e.field()).isEqualTo(PlanField.RACE_DATE);
                    assertThat(e.problem().code()).isEqualTo("tooFewWeeks");
                    // Mon 7 Dec + 6 weeks: the first Sunday that gives 6 weeks.
                    assertThat(e.problem().args()).contains(LocalDate.of(2027, 1, 17));
                });
    }

    @Test
    void aSundayRaceIsNeverAnsweredWithAMonday() {
        assertThatThrownBy(() -> PlanDates.resolve(tenK(Optional.empty(), LocalDate.of(2026, 12, 27), Optional.of(8)), TODAY))
                .isInstanceOfSatisfying(PlanInputException.class, e -> assertThat(e.problem().args())
                        .filteredOn(a -> a instanceof LocalDate).allSatisfy(d -> assertThat(((LocalDate) d).getDayOfWeek())
                                .isEqualTo(DayOfWeek.SUNDAY)));
    }
}
