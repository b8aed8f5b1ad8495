package app.stride.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.cli.CliRun;
import app.stride.plan.Plan;
import app.stride.plan.PlanByTime;
import app.stride.plan.PlanRepository.SavedSession;
import app.stride.plan.PlanWeek;
import app.stride.plan.Session;
import app.stride.plan.SessionStatus;
import app.stride.plan.SessionType;
import app.stride.settings.DistanceUnit;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Coach review 5 (defect 10, p01): a Couch-to-5K week of three 30-minute run/walks said "2 h": the optional
 * cross-training was counted. A week's total is its runs only, on the command line, the Plan screen and Progress.
 * Each assertion failed before the fix (2 h, not 1 h 30 min).
 */
class OptionalCrossTrainingTotalsTest {

    @Test
    void theGeneratedWeekCountsItsRunsOnly() {
        final Plan plan = couchToFiveK();
        final PlanWeek first = plan.weeks().get(0);
        assertThat(first.sessions()).anyMatch(s -> s.type() == SessionType.CROSS_TRAINING);
        final Duration runs = first.sessions().stream().filter(s -> s.type() != SessionType.CROSS_TRAINING)
                .map(s -> s.duration().orElseThrow()).reduce(Duration.ZERO, Duration::plus);
        assertThat(PlanByTime.trainingTime(first)).isEqualTo(runs);
        final PlanDisplay d = PlanDisplay.of(plan, DistanceUnit.KM, plan.startDate());
        assertThat(d.weeks().get(0).planned()).startsWith(app.stride.format.Durations.total(runs) + " planned");
    }

    @Test
    void theStoredWeekCountsItsRunsOnly() {
        final Plan plan = couchToFiveK();
        final List<SavedSession> saved = plan.weeks().get(0).sessions().stream().map(OptionalCrossTrainingTotalsTest::saved).toList();
        assertThat(saved).anyMatch(s -> s.type().equals("cross-training"));
        assertThat(PlanByTime.savedTrainingTime(saved)).isEqualTo(saved.stream().filter(s -> !s.type().equals("cross-training"))
                .map(s -> Duration.ofSeconds(s.durationS().orElseThrow())).reduce(Duration.ZERO, Duration::plus));
    }

    @Test
    void theCliWeekHeaderOfCouchToFiveKWeekOneSaysNinetyMinutes() {
        final CliRun run = CliRun.of("plan", "--distance", "5k", "--continuous-min", "0", "--weeks", "12",
                "--start-date", "2026-12-07");
        assertThat(run.exitCode()).as(run.err()).isZero();
        final String week1 = run.out().lines().filter(l -> l.startsWith("Week 1 ")).findFirst().orElseThrow();
        assertThat(run.out()).contains("cross-training");
        assertThat(week1).endsWith("1 h 30 min");
    }

    /** Couch to 5K from walking on four days: three run/walks and an optional cross-training day. */
    static Plan couchToFiveK() {
        final java.time.Clock made = java.time.Clock.fixed(java.time.Instant.parse("2026-11-30T08:00:00Z"), java.time.ZoneOffset.UTC);
        return new app.stride.plan.PlanGenerator(made).generate(new app.stride.plan.PlanRequest(
                app.stride.plan.Goal.FINISH, Optional.of(app.stride.plan.RaceDistance.FIVE_K), Optional.empty(),
                Optional.of(java.time.LocalDate.of(2026, 12, 7)), Optional.empty(), Optional.of(12),
                java.util.EnumSet.of(java.time.DayOfWeek.TUESDAY, java.time.DayOfWeek.THURSDAY, java.time.DayOfWeek.SATURDAY,
                        java.time.DayOfWeek.SUNDAY),
                Optional.empty(), new app.stride.plan.FitnessInput(Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.of(0), Optional.empty(), 0, false)));
    }

    private static SavedSession saved(final Session s) {
        return new SavedSession(1, s.date(), s.date(), s.type().code(), s.distanceM(),
                s.duration().map(x -> (int) x.toSeconds()), s.pace(), s.effort(), s.runWalk(), s.steps(), s.description(),
                SessionStatus.PLANNED);
    }
}
