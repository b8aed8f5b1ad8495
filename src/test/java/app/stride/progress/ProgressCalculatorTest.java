package app.stride.progress;

import static app.stride.progress.Fixtures.extra;
import static app.stride.progress.Fixtures.moved;
import static app.stride.progress.Fixtures.plan;
import static app.stride.progress.Fixtures.run;
import static app.stride.progress.Fixtures.session;
import static org.assertj.core.api.Assertions.assertThat;

import app.stride.plan.Goal;
import app.stride.plan.PlanRepository.SavedPlan;
import app.stride.progress.Highlight.Code;
import app.stride.settings.DistanceUnit;
import app.stride.tracking.LoggedRun;
import app.stride.tracking.RunStatus;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Planned against done over a three-week plan starting Monday 2027-01-11, seen on Friday 2027-01-22: one session done,
 * one skipped, one missed, one moved and done with no distance, one partial, one still to come, and an extra run.
 */
class ProgressCalculatorTest {

    private static final LocalDate TODAY = LocalDate.parse("2027-01-22");

    private static SavedPlan threeWeeks(final Goal goal) {
        return plan(goal, "2027-01-11", 3, null,
                session(1, "2027-01-12", "easy", 5.0, "done"),
                session(2, "2027-01-14", "tempo", 6.0, "skipped"),
                session(3, "2027-01-17", "long", 8.0, "planned"),
                moved(4, "2027-01-19", "2027-01-20", 5.0, "done"),
                session(5, "2027-01-21", "tempo", 6.0, "done"),
                session(6, "2027-01-24", "long", 10.0, "planned"),
                session(7, "2027-01-26", "easy", 5.0, "planned"));
    }

    private static List<LoggedRun> log() {
        return List.of(
                run(1, "2027-01-12", 1L, RunStatus.DONE, 5.2, 30),
                run(2, "2027-01-14", 2L, RunStatus.SKIPPED, null, null),
                extra(3, "2027-01-16", 4.0),
                run(4, "2027-01-20", 4L, RunStatus.DONE, null, 35),
                run(5, "2027-01-21", 5L, RunStatus.PARTIAL, 3.0, null));
    }

    private static Progress compute(final Goal goal, final List<LoggedRun> log) {
        return ProgressCalculator.compute(Optional.of(threeWeeks(goal)), log, DayOfWeek.MONDAY, TODAY);
    }

    @Test
    void adherenceCountsDueSessionsDoneWithPartialAsDoneAndSkippedOrMissedAsNot() {
        final Progress p = compute(Goal.TIME, log());
        // Due: 12 (done), 14 (skipped), 17 (missed), 20 (moved, done), 21 (partial). Not due: 24 and 26.
        assertThat(p.sessionsDue()).isEqualTo(5);
        assertThat(p.sessionsDone()).isEqualTo(3);
        assertThat(p.adherencePct()).contains(60.0);
    }

    @Test
    void extraRunsNeverChangeAdherence() {
        final List<LoggedRun> withoutExtra = log().stream().filter(r -> !r.extra()).toList();
        final List<LoggedRun> moreExtra = new ArrayList<>(log());
        moreExtra.add(extra(9, "2027-01-18", 6.0));
        assertThat(compute(Goal.TIME, withoutExtra).adherencePct()).isEqualTo(compute(Goal.TIME, log()).adherencePct())
                .isEqualTo(compute(Goal.TIME, moreExtra).adherencePct());
    }

    @Test
    void todaysSessionIsDueOnlyOnceTickedOff() {
        final SavedPlan open = plan(Goal.TIME, "2027-01-11", 1, null, session(1, "2027-01-12", "easy", 5.0, "planned"));
        final SavedPlan done = plan(Goal.TIME, "2027-01-11", 1, null, session(1, "2027-01-12", "easy", 5.0, "done"));
        final LocalDate day = LocalDate.parse("2027-01-12");
        assertThat(ProgressCalculator.compute(Optional.of(open), List.of(), DayOfWeek.MONDAY, day).adherencePct()).isEmpty();
        assertThat(ProgressCalculator.compute(Optional.of(done), List.of(run(1, "2027-01-12", 1L, RunStatus.DONE, 5.0, 30)),
                DayOfWeek.MONDAY, day).adherencePct()).contains(100.0);
    }

    @Test
    void eachWeekIsPlannedAgainstDoneWithExtraRunsInTheDistance() {
        final List<WeekProgress> weeks = compute(Goal.TIME, log()).weeks();
        assertThat(weeks).hasSize(3);
        final WeekProgress w1 = weeks.get(0);
        assertThat(w1.start()).isEqualTo(LocalDate.parse("2027-01-11"));
        assertThat(w1.plannedM()).isEqualTo(19_000);
        assertThat(w1.doneM()).contains(9_200.0);
        assertThat(w1.sessionsPlanned()).isEqualTo(3);
        assertThat(w1.sessionsDone()).isEqualTo(1);
        assertThat(w1.extraRuns()).isEqualTo(1);
    }

    @Test
    void unknownDistancesAreLeftOutNotCountedAsZero() {
        final Progress p = compute(Goal.TIME, log());
        final WeekProgress w2 = p.weeks().get(1);
        // The moved session was run with no distance given: the week shows the 3 km known and says one run is unknown.
        assertThat(w2.doneM()).contains(3_000.0);
        assertThat(w2.runsWithoutDistance()).isEqualTo(1);
        // Only the run with no time leaves the total time; 30 + 35 minutes are known.
        assertThat(p.totalTime()).isEqualTo(Duration.ofMinutes(65));
        assertThat(p.longestRun()).contains(new LongestRun(LocalDate.parse("2027-01-12"), 5_200));
    }

    @Test
    void aWeekWhoseRunsAllLackADistanceHasAnUnknownDistance() {
        final SavedPlan p = plan(Goal.TIME, "2027-01-11", 1, null, session(1, "2027-01-12", "easy", 5.0, "done"));
        final Progress progress = ProgressCalculator.compute(Optional.of(p), List.of(run(1, "2027-01-12", 1L, RunStatus.DONE, null, null)),
                DayOfWeek.MONDAY, LocalDate.parse("2027-01-13"));
        assertThat(progress.weeks().get(0).doneM()).isEmpty();
        assertThat(progress.weeks().get(0).runsWithoutDistance()).isEqualTo(1);
        assertThat(progress.longestRun()).isEmpty();
        assertThat(progress.timesOut()).isEqualTo(1);
    }

    @Test
    void weeksNotBegunHaveNoDoneDistanceAndStartedWeeksWithoutRunsHaveZero() {
        final List<WeekProgress> weeks = ProgressCalculator.compute(Optional.of(threeWeeks(Goal.TIME)), List.of(), DayOfWeek.MONDAY,
                LocalDate.parse("2027-01-19")).weeks();
        assertThat(weeks.get(0).doneM()).contains(0.0);
        assertThat(weeks.get(1).doneM()).contains(0.0);
        assertThat(weeks.get(2).doneM()).isEmpty();
    }

    @Test
    void aSessionMovedIntoTheNextWeekCountsThere() {
        final SavedPlan p = plan(Goal.TIME, "2027-01-11", 2, null,
                session(1, "2027-01-12", "easy", 5.0, "done"),
                moved(2, "2027-01-17", "2027-01-18", 8.0, "planned"));
        final List<WeekProgress> weeks = ProgressCalculator.compute(Optional.of(p), List.of(), DayOfWeek.MONDAY, TODAY).weeks();
        assertThat(weeks.get(0).plannedM()).isEqualTo(5_000);
        assertThat(weeks.get(0).sessionsPlanned()).isEqualTo(1);
        assertThat(weeks.get(1).plannedM()).isEqualTo(8_000);
        assertThat(weeks.get(1).sessionsPlanned()).isEqualTo(1);
    }

    @Test
    void timesOutCountsRunsNotSkippedEntriesAndStreakUsesTheWeekStart() {
        final Progress p = compute(Goal.TIME, log());
        assertThat(p.timesOut()).isEqualTo(4);
        assertThat(p.streakWeeks()).isEqualTo(2);
    }

    @Test
    void aRaceGoalLeadsWithTheSessionsAndAConsistencyGoalWithTheStreak() {
        final Progress race = compute(Goal.TIME, log());
        assertThat(race.consistencyFirst()).isFalse();
        assertThat(race.summary()).containsExactly(Highlight.of(Code.SESSIONS_THIS_MONTH, 3, 5), Highlight.of(Code.STREAK_WEEKS, 2));

        final Progress habit = compute(Goal.CONSISTENCY, log());
        assertThat(habit.consistencyFirst()).isTrue();
        assertThat(habit.summary()).containsExactly(Highlight.of(Code.STREAK_WEEKS, 2), Highlight.of(Code.RUNS_THIS_MONTH, 4),
                Highlight.of(Code.SESSIONS_THIS_MONTH, 3, 5));
    }

    @Test
    void aLongestRunInTheLastWeekIsCalledOutAndRenderedInTheRunnersUnit() {
        final List<LoggedRun> runs = List.of(extra(1, "2027-01-12", 5.0), extra(2, "2027-01-20", 8.0));
        final Progress p = ProgressCalculator.compute(Optional.empty(), runs, DayOfWeek.MONDAY, TODAY);
        final Highlight longest = Highlight.of(Code.LONGEST_RUN_YET, LocalDate.parse("2027-01-20"), 8_000.0);
        assertThat(p.summary()).contains(longest);
        assertThat(app.stride.text.HighlightText.render(longest, DistanceUnit.KM, TODAY)).isEqualTo("Your longest run yet on Wednesday: 8 km");
        assertThat(app.stride.text.HighlightText.render(Highlight.of(Code.SESSIONS_THIS_MONTH, 9, 10), DistanceUnit.KM, TODAY))
                .isEqualTo("9 of 10 sessions this month");
        assertThat(app.stride.text.HighlightText.render(Highlight.of(Code.RUNS_THIS_MONTH, 1), DistanceUnit.KM, TODAY)).isEqualTo("1 run this month");
    }

    @Test
    void theFirstRunIsNotALongestYetAndNothingLoggedSaysSo() {
        assertThat(ProgressCalculator.compute(Optional.empty(), List.of(extra(1, "2027-01-20", 8.0)), DayOfWeek.MONDAY, TODAY)
                .summary()).extracting(Highlight::code).doesNotContain(Code.LONGEST_RUN_YET);
        final Progress none = ProgressCalculator.compute(Optional.empty(), List.of(), DayOfWeek.MONDAY, TODAY);
        assertThat(none.summary()).containsExactly(Highlight.of(Code.NO_RUNS_YET));
        assertThat(none.weeks()).isEmpty();
        assertThat(none.adherencePct()).isEmpty();
        assertThat(none.consistencyFirst()).isTrue();
    }

    @Test
    void todaysBriefCountsWeeksAndDaysToTheRace() {
        final SavedPlan p = plan(Goal.TIME, "2027-01-11", 3, "2027-01-31",
                session(1, "2027-01-12", "easy", 5.0, "done"),
                session(2, "2027-01-14", "tempo", 6.0, "planned"),
                session(3, "2027-01-31", "race", 10.0, "planned"));
        final TodayBrief rest = ProgressService.brief(Optional.of(p), LocalDate.parse("2027-01-13"), Optional.of("for my kids"), List.of());
        assertThat(rest.session()).isEmpty();
        assertThat(rest.next()).map(s -> s.id()).contains(2L);
        assertThat(rest.week()).contains(1);
        assertThat(rest.weeks()).contains(3);
        assertThat(rest.daysToRace()).contains(18L);
        assertThat(rest.why()).contains("for my kids");

        final TodayBrief runDay = ProgressService.brief(Optional.of(p), LocalDate.parse("2027-01-14"), Optional.empty(), List.of());
        assertThat(runDay.session()).map(s -> s.id()).contains(2L);
        assertThat(runDay.next()).map(s -> s.id()).contains(3L);

        assertThat(ProgressService.brief(Optional.of(p), LocalDate.parse("2027-01-08"), Optional.empty(), List.of()).week()).contains(0);
        assertThat(ProgressService.brief(Optional.of(p), LocalDate.parse("2027-01-31"), Optional.empty(), List.of()).daysToRace()).contains(0L);
        final TodayBrief after = ProgressService.brief(Optional.of(p), LocalDate.parse("2027-02-01"), Optional.empty(), List.of());
        assertThat(after.daysToRace()).isEmpty();
        assertThat(after.week()).contains(3);
        final TodayBrief noPlan = ProgressService.brief(Optional.empty(), LocalDate.parse("2027-02-01"), Optional.empty(), List.of());
        assertThat(noPlan.week()).isEmpty();
        assertThat(noPlan.session()).isEmpty();
    }

    @Test
    void aSessionPlannedInMinutesCountsWhatThePlanCountedElseItsTimeAtItsPace() {
        final LocalDate d = LocalDate.parse("2027-01-12");
        final var timed = new app.stride.plan.PlanRepository.SavedSession(1, d, d, "easy", Optional.empty(), Optional.of(1800),
                Optional.of(new app.stride.plan.PaceRange(350, 370)), Optional.empty(), Optional.empty(), List.of(),
                app.stride.plan.SessionBrief.of("easy"), app.stride.plan.SessionStatus.PLANNED);
        final var runWalk = new app.stride.plan.PlanRepository.SavedSession(2, d.plusDays(2), d.plusDays(2), "run_walk",
                Optional.empty(), Optional.of(1200), Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                app.stride.plan.SessionBrief.of("easy"), app.stride.plan.SessionStatus.PLANNED);
        final SavedPlan p = plan(Goal.CONSISTENCY, "2027-01-11", 1, null, timed, runWalk);
        final WeekProgress w = ProgressCalculator.compute(Optional.of(p), java.util.Map.of(2L, 2500.0), List.of(),
                DayOfWeek.MONDAY, TODAY).weeks().get(0);
        assertThat(w.plannedM()).isEqualTo(1800 / 360.0 * 1000 + 2500.0);
    }
}
