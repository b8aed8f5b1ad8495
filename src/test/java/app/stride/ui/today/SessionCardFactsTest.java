package app.stride.ui.today;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.format.Paces;
import app.stride.plan.PlanRepository.SavedSession;
import app.stride.plan.Session;
import app.stride.plan.SessionStatus;
import app.stride.plan.adapt.ReplannerTest;
import app.stride.settings.DistanceUnit;
import app.stride.text.StepText;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Defect (fixloop): a ticked-off Repetitions session read "logged 4.1 km · 30:42 · 7:29 /km" against "Planned: 4.1 km ·
 * 30:42 · 5:25–5:31 /km": the rep pace beside a whole-session pace, so the runner looked 2 min/km slow.
 */
class SessionCardFactsTest {

    private static SavedSession saved(final Session s) {
        return new SavedSession(1, s.date(), s.date(), s.type().code(), s.distanceM(), s.duration().map(d -> (int) d.toSeconds()),
                s.pace(), s.effort(), s.runWalk(), s.steps(), s.description(), SessionStatus.DONE);
    }

    @Test
    void aTickedOffWorkoutComparesWithThePlansWholeSessionAverageNotTheRepPace() {
        final Session workout = ReplannerTest.tenK().sessions().stream()
                .filter(s -> s.type().isQuality() && !s.steps().isEmpty() && s.pace().isPresent()
                        && s.distanceM().isPresent() && s.duration().isPresent())
                .findFirst().orElseThrow();
        final SavedSession s = saved(workout);
        final String band = StepText.pace(s.pace().orElseThrow(), DistanceUnit.KM);

        final List<String> ticked = SessionCard.facts(s, true, DistanceUnit.KM);

        assertThat(ticked).doesNotContain(band)
                .contains(Paces.format(s.durationS().orElseThrow() / (s.distanceM().orElseThrow() / 1000.0), DistanceUnit.KM));
        assertThat(SessionCard.facts(s, false, DistanceUnit.KM)).as("before the run, the rep pace is what to aim for").contains(band);
    }

    /** Review (effort): an effort-only race day read "21.1 km · 2:25:00", the slow end of its range read as a prediction. */
    @Test
    void anEffortOnlyRaceShowsItsRangeNotItsSlowEnd() {
        final java.time.Duration fast = java.time.Duration.ofMinutes(120);
        final java.time.Duration slow = java.time.Duration.ofMinutes(145);
        final SavedSession race = new SavedSession(1, java.time.LocalDate.of(2027, 3, 7), java.time.LocalDate.of(2027, 3, 7),
                "race", Optional.of(21097.5), Optional.of((int) slow.toSeconds()), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), app.stride.plan.SessionBrief.of("raceLikely", app.stride.plan.RaceDistance.HALF, fast, slow),
                SessionStatus.PLANNED);

        assertThat(SessionCard.facts(race, false, DistanceUnit.KM)).contains("2:00:00–2:25:00").doesNotContain("2:25:00");
    }

    /** Review (today): Today offered "Out and back? Turn around at 15:00" for cross-training; the CLI and Plan did not. */
    @Test
    void crossTrainingHasNoTurnaroundButARunHasOne() {
        final Session cross = app.stride.plan.adapt.CrossTrainingLifeHappensTest.crossTraining();
        assertThat(SessionCard.turnaround(saved(cross), DistanceUnit.KM)).isEmpty();
        final Session easy = ReplannerTest.tenK().sessions().stream().filter(x -> x.type() == app.stride.plan.SessionType.EASY)
                .findFirst().orElseThrow();
        assertThat(SessionCard.turnaround(saved(easy), DistanceUnit.KM)).isPresent();
    }

    /** Review (today): "Only 30 min" was offered for a 30-minute session (refused when tried). */
    @Test
    void onlyNMinutesOffersLessThanTheSession() {
        assertThat(LifeHappensViewModel.suggestedMinutes(Optional.of(30 * 60))).isEqualTo(20);
        assertThat(LifeHappensViewModel.suggestedMinutes(Optional.of(31 * 60))).isEqualTo(20);
        assertThat(LifeHappensViewModel.suggestedMinutes(Optional.of(62 * 60))).isEqualTo(30);
        assertThat(LifeHappensViewModel.suggestedMinutes(Optional.empty())).isEqualTo(30);
    }
}
