package app.stride.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.export.PartnerNote;
import app.stride.plan.Goal;
import app.stride.plan.PlanRepository.SavedPlan;
import app.stride.plan.PlanRepository.SavedSession;
import app.stride.plan.RaceDistance;
import app.stride.plan.SessionBrief;
import app.stride.plan.SessionStatus;
import app.stride.settings.DistanceUnit;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * New-user review 4 (r6, y2): on Monday of race week, with a session that day and last Saturday's long run not ticked
 * off, the partner note said "A fresh week: 3 sessions planned and none due yet". Failed before: no race, nothing due
 * today, nothing missed.
 */
class RaceWeekSummaryTest {

    private static final LocalDate START = LocalDate.of(2026, 10, 12);
    private static final LocalDate RACE_MONDAY = START.plusWeeks(7);

    private static SavedSession on(final long id, final LocalDate d, final String type, final SessionStatus status) {
        return new SavedSession(id, d, d, type, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), SessionBrief.legacy(""), status);
    }

    private static SavedPlan plan() {
        return plan("5k");
    }

    private static SavedPlan plan(final String distanceCode) {
        return new SavedPlan(1, Goal.TIME, Optional.of(distanceCode), Optional.of(RACE_MONDAY.plusDays(5)), START, 8, List.of(), List.of(
                on(1, RACE_MONDAY.minusDays(7), "easy", SessionStatus.DONE),
                on(2, RACE_MONDAY.minusDays(5), "easy", SessionStatus.DONE),
                on(3, RACE_MONDAY.minusDays(2), "long", SessionStatus.PLANNED),
                on(4, RACE_MONDAY, "easy", SessionStatus.PLANNED),
                on(5, RACE_MONDAY.plusDays(2), "easy", SessionStatus.PLANNED),
                on(6, RACE_MONDAY.plusDays(5), "race", SessionStatus.PLANNED)));
    }

    @Test
    void raceWeekKnowsItsRaceTodaysSessionAndLastWeeksGap() {
        final WeekSummary w = WeekSummary.of(plan(), List.of(), 8, RACE_MONDAY);

        assertThat(w.race()).map(SavedSession::id).contains(6L);
        assertThat(w.raceDistance()).contains(RaceDistance.FIVE_K);
        assertThat(w.dueToday()).isEqualTo(1);
        assertThat(w.missedBefore()).as("Saturday's long run, last week").isEqualTo(1);
        assertThat(w.planned()).as("nothing due before today").isZero();
    }

    @Test
    void theNoteLeadsWithTheRaceAndCountsWhatIsDue() {
        final String note = PartnerNote.text(WeekSummary.of(plan(), List.of(), 8, RACE_MONDAY), DistanceUnit.KM, Optional.empty());

        assertThat(note.lines().toList()).element(1).isEqualTo("Race week: the 5K on Saturday.");
        assertThat(note).contains("3 sessions planned, the first one today.")
                .contains("Not ticked off from last week: one session.")
                .doesNotContain("none due yet");
    }

    @Test
    void anOrdinaryWeekHasNoRaceLine() {
        final WeekSummary w = WeekSummary.of(plan(), List.of(), 7, RACE_MONDAY.minusDays(6));
        assertThat(w.race()).isEmpty();
        assertThat(PartnerNote.text(w, DistanceUnit.KM, Optional.empty())).doesNotContain("Race week");
    }

    @Test
    void aDistanceThisBuildDoesNotKnowIsStillARaceWeek() {
        final WeekSummary w = WeekSummary.of(plan("15k"), List.of(), 8, RACE_MONDAY);

        assertThat(w.race()).isPresent();
        assertThat(w.raceDistance()).isEmpty();
        assertThat(PartnerNote.text(w, DistanceUnit.KM, Optional.empty()).lines().toList()).element(1)
                .isEqualTo("Race week: the race on Saturday.");
    }
}
