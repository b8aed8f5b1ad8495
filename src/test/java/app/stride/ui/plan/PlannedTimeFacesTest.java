package app.stride.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.export.SessionText;
import app.stride.format.Durations;
import app.stride.plan.Plan;
import app.stride.plan.PlanRepository.SavedSession;
import app.stride.plan.Session;
import app.stride.plan.SessionBrief;
import app.stride.plan.SessionEffort;
import app.stride.plan.SessionStatus;
import app.stride.plan.adapt.ReplannerTest;
import app.stride.settings.DistanceUnit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * One planned time, one way: the review saw "31:30" on the command line and "32 min" on the calendar chip for the same
 * session. Planned times are shown to the second (format.Durations) on every face, chip included.
 */
class PlannedTimeFacesTest {

    @Test
    void everyChipShowingATimeShowsItAsTheOtherFacesDo() {
        // A 10K plan by pace shows distances on its chips; a run/walk plan goes by time.
        final java.time.Clock made = java.time.Clock.fixed(LocalDate.of(2026, 7, 13).atStartOfDay()
                .toInstant(java.time.ZoneOffset.UTC), java.time.ZoneOffset.UTC);
        final Plan plan = new app.stride.plan.PlanGenerator(made).generate(new app.stride.plan.PlanRequest(
                app.stride.plan.Goal.FINISH, Optional.of(app.stride.plan.RaceDistance.FIVE_K), Optional.empty(),
                Optional.of(LocalDate.of(2026, 7, 13)), Optional.empty(), Optional.of(8),
                java.util.EnumSet.of(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.WEDNESDAY, java.time.DayOfWeek.SATURDAY),
                Optional.empty(), new app.stride.plan.FitnessInput(Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.of(5), Optional.empty(), 0, false)));
        final PlanDisplay d = PlanDisplay.of(plan, DistanceUnit.KM, plan.startDate());
        final List<Session> sessions = plan.weeks().stream().flatMap(w -> w.sessions().stream()).toList();
        final List<PlanDisplay.SessionDisplay> chips = d.weeks().stream().flatMap(w -> w.sessions().stream()).toList();
        assertThat(chips).hasSameSizeAs(sessions);
        final List<String> timed = new ArrayList<>();
        for (int i = 0; i < sessions.size(); i++) {
            final Session s = sessions.get(i);
            if (s.duration().isPresent() && !chips.get(i).size().contains("km")) {
                assertThat(chips.get(i).size()).as("%s on %s", s.type(), s.date()).isEqualTo(Durations.format(s.duration().get()));
                timed.add(chips.get(i).size());
            }
        }
        assertThat(timed).isNotEmpty();
    }

    @Test
    void aSessionsBriefShowsTheTimeAsThePrintoutDoes() {
        final LocalDate day = LocalDate.of(2027, 1, 12);
        final SavedSession s = new SavedSession(7, day, day, "cross-training", Optional.empty(), Optional.of(31 * 60 + 30),
                Optional.empty(), Optional.of(SessionEffort.EASY), Optional.empty(), List.of(), SessionBrief.of("crossTraining", 31),
                SessionStatus.PLANNED);

        assertThat(PlanDisplay.brief(s, DistanceUnit.KM)).endsWith("31:30");
        assertThat(SessionText.amount(s, DistanceUnit.KM)).isEqualTo("31:30");
    }
}
