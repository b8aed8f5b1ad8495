package app.stride.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The run-count rule of coach review D7 on its own: how many runs a week carries, and which days keep them. */
class RunCountTest {

    private static final LocalDate MON = LocalDate.of(2027, 1, 4);
    private static final List<LocalDate> FIVE_DAYS = List.of(MON, MON.plusDays(1), MON.plusDays(3), MON.plusDays(5),
            MON.plusDays(6));

    @Test
    void aTwelveKilometreWeekOnFiveDaysCarriesThreeRealRuns() {
        // 12 km with a 5 km long run: 7 km left, two runs of 3 km (20 min at ~6:50/km) fit, three do not.
        assertThat(RunCount.runs(12_000, 5_000, 5, 3_000)).isEqualTo(3);
    }

    @Test
    void aWeekBetweenTheFloorAndItsDaysKeepsAsManyRunsAsFit() {
        // 16 km with a 5 km long run: 11 km left, three runs of 3 km fit, four do not (engineer review #5).
        assertThat(RunCount.runs(16_000, 5_000, 5, 3_000)).isEqualTo(4);
    }

    @Test
    void aWeekThatFillsItsDaysKeepsThem() {
        assertThat(RunCount.runs(30_000, 9_000, 5, 3_000)).isEqualTo(5);
    }

    @Test
    void neverFewerThanTwoRunsAndNeverMoreThanPlanned() {
        // Coach review D7b: a 4 km week cannot give three runs 20 minutes (3 km) each, nor two: it keeps two.
        assertThat(RunCount.runs(4_000, 2_500, 5, 3_000)).isEqualTo(2);
        assertThat(RunCount.runs(4_000, 2_500, 2, 3_000)).isEqualTo(2);
        assertThat(RunCount.runs(4_000, 2_500, 1, 3_000)).isEqualTo(1);
    }

    @Test
    void atThreeRunsOrFewerTheLongRunGivesWayBeforeARunGoes() {
        // 9.5 km on three days with a 6 km long run: 3.5 km left for two runs of 3 km. The long run gives way (3.5 km),
        // the week keeps its three runs; 8.5 km cannot hold three runs of 3 km, so it has two (failed before: 3 always).
        assertThat(RunCount.runs(9_500, 6_000, 3, 3_000)).isEqualTo(3);
        assertThat(RunCount.longGivingWay(6_000, 9_500, 2, 3_000, 0)).isEqualTo(3_500);
        assertThat(RunCount.runs(8_500, 6_000, 3, 3_000)).isEqualTo(2);
        // At the limit an equal split: the long run stays the longest run of its week.
        assertThat(RunCount.longGivingWay(6_000, 8_500, 2, 3_000, 0)).isCloseTo(8_500 / 3.0, org.assertj.core.data.Offset.offset(1e-6));
        // A long run the plan protects is never cut: the week has a run fewer instead.
        assertThat(RunCount.longGivingWay(6_000, 9_500, 2, 3_000, 5_000)).isEqualTo(5_000);
    }

    @Test
    void aLongRunTooShortForEasyRunsUnderThreeQuartersOfItLeavesNoRoomForThem() {
        // Easy runs stay at 3/4 of the long run: a 3.5 km long run caps them at 2.6 km, under the 3 km minimum.
        assertThat(RunCount.runs(20_000, 3_500, 5, 3_000)).isEqualTo(3);
    }

    @Test
    void theDayBeforeTheLongRunGoesFirstThenTheDayAfterThenTheLatestEasyDay() {
        final List<DayOfWeek> quality = List.of(DayOfWeek.TUESDAY);
        assertThat(RunCount.keep(FIVE_DAYS, 4, DayOfWeek.SUNDAY, quality, true)).doesNotContain(MON.plusDays(5))
                .contains(MON.plusDays(6), MON.plusDays(1));
        // Monday is the day after Sunday's long run (next week's): with the Saturday gone it goes next.
        assertThat(RunCount.keep(FIVE_DAYS, 3, DayOfWeek.SUNDAY, quality, true))
                .containsExactly(MON.plusDays(1), MON.plusDays(3), MON.plusDays(6));
        // Then Thursday, the easy day: the long run and the workout day stay.
        assertThat(RunCount.keep(FIVE_DAYS, 2, DayOfWeek.SUNDAY, quality, true)).containsExactly(MON.plusDays(1), MON.plusDays(6));
    }

    @Test
    void aWeekWithEnoughDaysIsLeftAlone() {
        assertThat(RunCount.keep(FIVE_DAYS, 5, DayOfWeek.SUNDAY, List.of(), true)).isEqualTo(FIVE_DAYS);
    }

    @Test
    void aHeldLongRunLeavesAThreeRunWeekWithARunFewer() {
        // Case (a): 13.5 km holds three 4.5 km runs when the long run gives way to an equal split, not a 7 km long run
        // held beside two 4.5 km runs (coach review: long run giving way); 16 km does.
        assertThat(RunCount.runs(13_500, 7_500, 3, 4_500)).isEqualTo(3);
        assertThat(RunCount.runs(13_500, 7_500, 3, 4_500, 7_000)).isEqualTo(2);
        assertThat(RunCount.runs(16_000, 7_500, 3, 4_500, 7_000)).isEqualTo(3);
        // Never held above the long run the week was to have, and never under two runs.
        assertThat(RunCount.heldLong(6_000, 7_000)).isEqualTo(6_000);
        assertThat(RunCount.runs(6_000, 6_000, 3, 4_500, 7_000)).isEqualTo(2);
    }
}
