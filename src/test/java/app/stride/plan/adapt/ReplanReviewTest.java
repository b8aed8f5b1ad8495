package app.stride.plan.adapt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.stride.plan.FitnessInput;
import app.stride.plan.Goal;
import app.stride.plan.Plan;
import app.stride.plan.PlanField;
import app.stride.plan.PlanGenerator;
import app.stride.plan.PlanInputException;
import app.stride.plan.PlanWeek;
import app.stride.plan.PlanRequest;
import app.stride.plan.RaceDistance;
import app.stride.plan.RaceResult;
import app.stride.plan.Session;
import app.stride.plan.SessionType;
import app.stride.tracking.LoggedRun;
import app.stride.tracking.RunReport;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The coach's review of re-plans (helper replan): each finding, reproduced as the runner met it. */
class ReplanReviewTest {

    static final LocalDate DEC_7 = LocalDate.of(2026, 12, 7);
    static final LocalDate DEC_16 = LocalDate.of(2026, 12, 16);

    /** A 10K runner on Tue/Thu/Sun: {@code weeklyM} a week, 10K in 58:00, {@code weeks} weeks from Mon 7 Dec. */
    static Plan tenK(final double weeklyM, final int weeks) {
        return new PlanGenerator(Clock.fixed(LocalDate.of(2026, 11, 29).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC))
                .generate(new PlanRequest(Goal.TIME, Optional.of(RaceDistance.TEN_K), Optional.empty(), Optional.of(DEC_7),
                        Optional.empty(), Optional.of(weeks),
                        EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SUNDAY), Optional.empty(),
                        new FitnessInput(Optional.of(new RaceResult(RaceDistance.TEN_K, Duration.ofMinutes(58))),
                                Optional.of(weeklyM), Optional.of(3), Optional.of(weeklyM * 0.32), Optional.empty(),
                                Optional.empty(), 0, false)));
    }

    static LoggedRun run(final long id, final LocalDate day, final double m) {
        return new LoggedRun(id, day, "easy", new RunReport(Optional.of(m), Optional.of(Duration.ofSeconds(Math.round(m * 0.42))),
                Optional.empty(), Optional.empty(), ""), Optional.empty());
    }

    /** Finding 1: one 9 km run in week 1, then a week off; the rebuild must start from the runner's week, not 9 km. */
    @ParameterizedTest
    @ValueSource(doubles = {25_000, 24_140.16})
    void aPartLoggedWeekDoesNotSizeTheRebuild(final double weeklyM) {
        final Plan plan = tenK(weeklyM, 10);
        final ReplannerTest.Followed f = ReplannerTest.followed(plan, LocalDate.of(2026, 12, 6), d -> false);
        final List<LoggedRun> log = List.of(run(1, LocalDate.of(2026, 12, 8), weeklyM * 0.36));
        final var saved = new java.util.ArrayList<>(f.version().sessions());
        saved.set(0, doneCopy(saved.get(0)));
        final var version = new app.stride.plan.PlanRepository.PlanVersion(7, plan, saved, Optional.empty(), Optional.empty(), true);

        final Proposal p = new Replanner().propose(version, log, DEC_16, PlanChange.none());

        assertThat(p.kind()).isEqualTo(ProposalKind.REBUILD);
        final Plan next = p.next().orElseThrow().plan();
        final PlanWeek week3 = next.weeks().stream().filter(w -> w.start().equals(LocalDate.of(2026, 12, 21))).findFirst().orElseThrow();
        // 7 days off cost well under 1% (time-off table): the week under way restarts at the runner's own week, so the
        // first full week back is about it (at most one growth step above).
        assertThat(week3.trainingM()).isBetween(0.85 * weeklyM, weeklyM * 1.1);
        final Session thursday = next.sessions().stream().filter(s -> s.date().equals(LocalDate.of(2026, 12, 17))).findFirst().orElseThrow();
        assertThat(thursday.distanceM().orElseThrow()).isGreaterThan(0.2 * weeklyM);
        assertThat(next.sessions()).filteredOn(s -> !s.date().isBefore(DEC_16) && s.type().isQuality())
                .allSatisfy(s -> assertThat(s.distanceM().orElseThrow()).isGreaterThan(4_000));
    }

    private static app.stride.plan.PlanRepository.SavedSession doneCopy(final app.stride.plan.PlanRepository.SavedSession s) {
        return new app.stride.plan.PlanRepository.SavedSession(s.id(), s.date(), s.originalDate(), s.type(), s.distanceM(),
                s.durationS(), s.pace(), s.effort(), s.runWalk(), s.steps(), s.description(), app.stride.plan.SessionStatus.DONE);
    }

    /** Finding 2: new days on a Wednesday keep the plan's Monday weeks and its count. */
    @Test
    void aReplanMidWeekKeepsTheWeekStartsAndTheCount() {
        final Plan plan = tenK(25_000, 8);
        final ReplannerTest.Followed f = ReplannerTest.followed(plan, LocalDate.of(2026, 12, 15), d -> false);
        final Set<DayOfWeek> days = EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);

        final Proposal p = new Replanner().propose(f.version(), f.log(), DEC_16,
                new PlanChange(Optional.empty(), Optional.of(days), Optional.empty(), Optional.empty(), Optional.empty()));

        final Plan next = p.next().orElseThrow().plan();
        assertThat(next.weeks()).hasSize(8);
        for (int k = 0; k < 8; k++) {
            final PlanWeek w = next.weeks().get(k);
            assertThat(w.number()).isEqualTo(k + 1);
            assertThat(w.start()).isEqualTo(DEC_7.plusWeeks(k));
            assertThat(w.sessions()).isNotEmpty().allSatisfy(s -> assertThat(s.date()).isBetween(w.start(), w.start().plusDays(6)));
        }
        assertThat(next.weeks().get(7).sessions()).anyMatch(s -> s.type() == SessionType.RACE);
        assertThat(next.raceDate()).isEqualTo(plan.raceDate());
    }

    /** Finding 4: a whole week skipped; the week back is not above the last full week, the peak not above the plan's. */
    @Test
    void missingAWholeWeekNeverMakesThePlanHarder() {
        final Plan plan = ReplannerTest.tenK();
        // Weeks 1 and 2 run in full, week 3 (18–24 Jan) skipped; as of Monday 25 Jan.
        final LocalDate asOf = LocalDate.of(2027, 1, 25);
        final ReplannerTest.Followed f = ReplannerTest.followed(plan, LocalDate.of(2027, 1, 17), d -> false);

        final Proposal p = new Replanner().propose(f.version(), f.log(), asOf, PlanChange.none());

        assertThat(p.kind()).isEqualTo(ProposalKind.REBUILD);
        final double lastFull = plan.weeks().get(1).trainingM();
        final List<PlanWeek> future = p.next().orElseThrow().plan().weeks().stream().filter(w -> !w.start().isBefore(asOf)).toList();
        assertThat(future.get(0).trainingM()).isLessThanOrEqualTo(lastFull + 1);
        assertThat(future.stream().mapToDouble(PlanWeek::trainingM).max().orElseThrow())
                .isLessThanOrEqualTo(plan.weeks().stream().mapToDouble(PlanWeek::trainingM).max().orElseThrow() + 1);
    }

    /** Finding 5: a race moved earlier mid-plan is rebuilt (taper inside); too close is refused on the weekday asked. */
    @Test
    void aRaceMovedEarlierMidPlanIsRebuiltAndTooCloseIsRefusedWithASameWeekdayDate() {
        final Plan plan = tenK(25_000, 10);
        final ReplannerTest.Followed f = ReplannerTest.followed(plan, LocalDate.of(2026, 12, 15), d -> false);
        final LocalDate race = LocalDate.of(2027, 1, 17);

        final Proposal p = new Replanner().propose(f.version(), f.log(), DEC_16,
                new PlanChange(Optional.of(race), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));

        final Plan next = p.next().orElseThrow().plan();
        assertThat(next.startDate()).isEqualTo(DEC_7);
        assertThat(next.raceDate()).contains(race);
        assertThat(next.weeks()).hasSize((int) (ChronoUnit.DAYS.between(DEC_7, race) / 7 + 1));
        final List<PlanWeek> weeks = next.weeks();
        assertThat(weeks.get(weeks.size() - 1).trainingM()).isLessThan(0.7 * weeks.get(weeks.size() - 3).trainingM());

        assertThatThrownBy(() -> new Replanner().propose(f.version(), f.log(), DEC_16, new PlanChange(
                Optional.of(LocalDate.of(2026, 12, 27)), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty())))
                .isInstanceOfSatisfying(PlanInputException.class, e -> {
                    assertThat(e.field()).isEqualTo(PlanField.RACE_DATE);
                    assertThat(e.problem().args()).contains(LocalDate.of(2027, 1, 3));
                });
    }

    /** Finding 3: Couch to 5K, weeks 1–3 done, 11 days off near the race: week 3 again, then 4, 5… (never skipped). */
    @Test
    void aCouchToFiveKBreakRepeatsTheLastWeekDoneAndSkipsNoStage() {
        final Plan c25k = new PlanGenerator(Clock.fixed(DEC_7.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC))
                .generate(new PlanRequest(Goal.FINISH, Optional.of(RaceDistance.FIVE_K), Optional.empty(), Optional.of(DEC_7),
                        Optional.empty(), Optional.of(9), EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SATURDAY),
                        Optional.empty(), new FitnessInput(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                                Optional.of(0), Optional.empty(), 0, false)));
        final ReplannerTest.Followed f = ReplannerTest.followed(c25k, LocalDate.of(2026, 12, 26), d -> false);
        final LocalDate asOf = LocalDate.of(2027, 1, 7);

        final Proposal p = new Replanner().propose(f.version(), f.log(), asOf, PlanChange.none());

        assertThat(p.kind()).isEqualTo(ProposalKind.REBUILD);
        final List<Session> future = p.next().orElseThrow().plan().sessions().stream().filter(s -> !s.date().isBefore(asOf)).toList();
        final var week3 = c25k.weeks().get(2).sessions().get(0).steps();
        final var week4 = c25k.weeks().get(3).sessions().get(0).steps();
        final var week5 = c25k.weeks().get(4).sessions().get(0).steps();
        assertThat(future.get(0).steps()).isEqualTo(week3);
        final int four = indexOf(future, week4);
        assertThat(four).isPositive();
        final int five = indexOf(future, week5);
        assertThat(five < 0 || five > four).isTrue();
    }

    /** Finding 3: the bridge's Couch to 5K Thursday (8-5-8, one block) is really eased, and says what it holds. */
    @Test
    void aBridgeEasesAOneBlockRunWalkSessionAndDescribesIt() {
        final Session thursday = ShortenRunWalkTest.c25k().sessions().stream()
                .filter(s -> s.date().equals(LocalDate.of(2027, 1, 7))).findFirst().orElseThrow();

        final Session eased = Bridge.ease(thursday, thursday.date(), Optional.empty());

        assertThat(eased.duration().orElseThrow()).isLessThan(thursday.duration().orElseThrow());
        assertThat(eased.steps()).isNotEqualTo(thursday.steps());
        assertThat(eased.description().code()).isEqualTo("bridge.timed");
    }

    private static int indexOf(final List<Session> sessions, final List<app.stride.plan.Step> steps) {
        for (int i = 0; i < sessions.size(); i++) {
            if (sessions.get(i).steps().equals(steps)) {
                return i;
            }
        }
        return -1;
    }
}
