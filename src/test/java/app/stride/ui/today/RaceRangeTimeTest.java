package app.stride.ui.today;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.plan.Goal;
import app.stride.plan.PlanRepository.SavedPlan;
import app.stride.plan.PlanRepository.SavedSession;
import app.stride.plan.RaceDistance;
import app.stride.plan.SessionBrief;
import app.stride.plan.SessionStatus;
import app.stride.settings.DistanceUnit;
import app.stride.ui.plan.PlanDisplay;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * New-user review nu6 2: on an effort-only race day the time is a range (30:00–41:00), yet Today's form was filled
 * with the slow end, so "Done" stored 41:00 as the race result, and the Plan dialog showed "5 km · 41:00". Failed
 * before: the form held "41:00" and the dialog's amount had no range.
 */
class RaceRangeTimeTest {

    static final LocalDate RACE_DAY = LocalDate.of(2026, 11, 30);

    static SavedSession likelyRace() {
        final Duration fast = Duration.ofMinutes(30);
        final Duration slow = Duration.ofMinutes(41);
        return new SavedSession(7, RACE_DAY, RACE_DAY, "race", Optional.of(5000.0), Optional.of((int) slow.toSeconds()),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                SessionBrief.of("raceLikely", RaceDistance.FIVE_K, fast, slow), SessionStatus.PLANNED);
    }

    @Test
    void theFormLeavesARangedRaceTimeToTheRunnerAndKeepsTheDistance() {
        final TickOffEntry entry = new TickOffEntry();
        entry.prefill(Optional.of(likelyRace()), DistanceUnit.KM);
        assertThat(entry.duration.get()).isEmpty();
        assertThat(entry.distance.get()).isEqualTo("5");
        assertThat(entry.report(DistanceUnit.KM).duration()).isEmpty();
    }

    @Test
    void aSessionWithOneTimeIsStillFilledIn() {
        final SavedSession easy = new SavedSession(8, RACE_DAY, RACE_DAY, "easy", Optional.of(5000.0), Optional.of(1950),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(), SessionBrief.of("easy"), SessionStatus.PLANNED);
        final TickOffEntry entry = new TickOffEntry();
        entry.prefill(Optional.of(easy), DistanceUnit.KM);
        assertThat(entry.duration.get()).isEqualTo("32:30");
    }

    @Test
    void todayAndThePlanDialogShowTheSameRange() {
        final SavedPlan plan = new SavedPlan(1, Goal.FINISH, Optional.of("5k"), Optional.of(RACE_DAY), RACE_DAY.minusDays(6),
                1, List.of(), List.of(likelyRace()));
        final PlanDisplay.SessionDisplay shown = PlanDisplay.of(plan, Optional.empty(), DistanceUnit.KM, RACE_DAY).weeks().get(0)
                .sessions().get(0);
        assertThat(shown.amount()).contains("30:00–41:00").doesNotContain("· 41:00");
        assertThat(SessionCard.facts(likelyRace(), false, DistanceUnit.KM)).contains("30:00–41:00");
    }
}
