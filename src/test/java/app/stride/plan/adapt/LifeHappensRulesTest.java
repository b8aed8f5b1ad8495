package app.stride.plan.adapt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.stride.common.InvalidInputException;
import app.stride.plan.PaceRange;
import app.stride.plan.RunWalk;
import app.stride.plan.Session;
import app.stride.plan.SessionBrief;
import app.stride.plan.SessionEffort;
import app.stride.settings.DistanceUnit;
import app.stride.text.PlanText;
import app.stride.plan.SessionType;
import app.stride.plan.Step;
import app.stride.plan.Step.Kind;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rules of "only N minutes", "not feeling 100%" and "too cold / too hot", on hand-made sessions. */
class LifeHappensRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 7, 20);
    static final PaceRange EASY = new PaceRange(380, 400);
    static final PaceRange FAST = new PaceRange(240, 250);

    /** 15 min warm-up, 6 × (800 m fast, 2 min jog), 15 min cool-down: about 62 minutes. */
    static Session intervals(final LocalDate d) {
        final List<Step> steps = List.of(
                Step.timed(Kind.WARM_UP, Duration.ofMinutes(15), Optional.of(EASY), Optional.of(SessionEffort.EASY)),
                Step.repeat(6, List.of(Step.distance(Kind.WORK, 800, Optional.of(FAST), Optional.of(SessionEffort.INTERVAL)),
                        Step.timed(Kind.RECOVERY, Duration.ofMinutes(2), Optional.of(EASY), Optional.of(SessionEffort.JOG)))),
                Step.timed(Kind.COOL_DOWN, Duration.ofMinutes(15), Optional.of(EASY), Optional.of(SessionEffort.EASY)));
        return new Session(d, SessionType.INTERVALS, Optional.of(10_000.0), Optional.of(Duration.ofMinutes(62)), Optional.of(FAST),
                Optional.of(SessionEffort.INTERVAL), Optional.empty(), steps, SessionBrief.legacy("Intervals"), new Session.Load(10_000, 0, 4800, 0));
    }

    static Session longRun(final LocalDate d, final int minutes) {
        final double m = minutes * 60 / 390.0 * 1000;
        return new Session(d, SessionType.LONG, Optional.of(m), Optional.of(Duration.ofMinutes(minutes)), Optional.of(EASY),
                Optional.of(SessionEffort.EASY), Optional.empty(), List.of(Step.distance(Kind.RUN, m, Optional.of(EASY), Optional.of(SessionEffort.EASY))),
                SessionBrief.legacy("Long run"), Session.Load.easy(m));
    }

    /** 5 min walk, 10 × (1 min run, 90 s walk), 5 min walk: 35 minutes. */
    static Session runWalk(final LocalDate d) {
        final List<Step> steps = List.of(Step.timed(Kind.WALK, Duration.ofMinutes(5), Optional.empty(), Optional.of(SessionEffort.WALK)),
                Step.repeat(10, List.of(Step.timed(Kind.RUN, Duration.ofSeconds(60), Optional.empty(), Optional.of(SessionEffort.EASY)),
                        Step.timed(Kind.WALK, Duration.ofSeconds(90), Optional.empty(), Optional.of(SessionEffort.WALK)))),
                Step.timed(Kind.WALK, Duration.ofMinutes(5), Optional.empty(), Optional.of(SessionEffort.WALK)));
        return new Session(d, SessionType.RUN_WALK, Optional.of(4000.0), Optional.of(Duration.ofMinutes(35)), Optional.empty(),
                Optional.of(SessionEffort.EASY), Optional.of(new RunWalk(60, 90)), steps, SessionBrief.legacy("Run/walk"), Session.Load.easy(4000));
    }

    static Session tempo(final LocalDate d) {
        final List<Step> steps = List.of(
                Step.timed(Kind.WARM_UP, Duration.ofMinutes(10), Optional.of(EASY), Optional.of(SessionEffort.EASY)),
                Step.distance(Kind.WORK, 5000, Optional.of(new PaceRange(290, 300)), Optional.of(SessionEffort.TEMPO)),
                Step.timed(Kind.COOL_DOWN, Duration.ofMinutes(10), Optional.of(EASY), Optional.of(SessionEffort.EASY)));
        return new Session(d, SessionType.TEMPO, Optional.of(8000.0), Optional.of(Duration.ofSeconds(20 * 60 + 1475)),
                Optional.of(new PaceRange(290, 300)), Optional.of(SessionEffort.TEMPO), Optional.empty(), steps, SessionBrief.legacy("Tempo"),
                new Session.Load(8000, 5000, 0, 0));
    }

    static Session easy(final LocalDate d) {
        return new Session(d, SessionType.EASY, Optional.of(6000.0), Optional.of(Duration.ofMinutes(39)), Optional.of(EASY),
                Optional.of(SessionEffort.EASY), Optional.empty(), List.of(Step.distance(Kind.RUN, 6000, Optional.of(EASY), Optional.of(SessionEffort.EASY))),
                SessionBrief.legacy("Easy"), Session.Load.easy(6000));
    }

    static Session race(final LocalDate d) {
        return new Session(d, SessionType.RACE, Optional.of(5000.0), Optional.of(Duration.ofMinutes(27)), Optional.empty(),
                Optional.of(SessionEffort.RACE), Optional.empty(), List.of(), SessionBrief.legacy("Race day"), new Session.Load(5000, 0, 0, 0));
    }

    static PlanDay open(final long id, final Session s) {
        return new PlanDay(id, s.date(), app.stride.plan.SessionStatus.PLANNED, s);
    }

    private static Session only(final LifeChange c) {
        assertThat(c.edits()).hasSize(1);
        return c.edits().get(0).to();
    }

    @Test
    void intervalsKeepFewerRepsAtTheSameEffortAfterTheWarmUpShrinks() {
        final Session to = only(ShortenSession.propose(open(1, intervals(TODAY)), 30, TODAY));

        assertThat(to.type()).isEqualTo(SessionType.INTERVALS);
        assertThat(to.steps().get(0).duration()).contains(Duration.ofMinutes(5));
        assertThat(to.steps().get(2).duration()).contains(Duration.ofMinutes(5));
        assertThat(to.steps().get(1).times()).isEqualTo(3);
        assertThat(to.steps().get(1).steps()).isEqualTo(intervals(TODAY).steps().get(1).steps());
        assertThat(to.duration().orElseThrow()).isLessThanOrEqualTo(Duration.ofMinutes(30)).isGreaterThan(Duration.ofMinutes(24));
        assertThat(to.load().intervalM()).isEqualTo(2400.0);
        assertThat(PlanText.description(to, DistanceUnit.KM)).contains("3 of the 6 repeats");
    }

    @Test
    void aWorkoutWithNoRoomForTwoRepsBecomesAnEasyRunOfThatLength() {
        final LifeChange c = ShortenSession.propose(open(1, intervals(TODAY)), 15, TODAY);

        assertThat(only(c).type()).isEqualTo(SessionType.EASY);
        assertThat(only(c).duration()).contains(Duration.ofMinutes(15));
        assertThat(only(c).load().workM()).isZero();
        assertThat(only(c).pace()).contains(EASY);
        assertThat(c.notes()).containsExactly(LifeChange.Note.EASY_INSTEAD);
    }

    @Test
    void aContinuousTempoGetsAShorterBlockButNeverUnderTenMinutes() {
        final Session to = only(ShortenSession.propose(open(1, tempo(TODAY)), 30, TODAY));

        assertThat(to.type()).isEqualTo(SessionType.TEMPO);
        assertThat(to.steps().get(0).duration()).contains(Duration.ofMinutes(5));
        final double workM = to.steps().get(1).distanceM().orElseThrow();
        assertThat(workM).isLessThan(5000).isGreaterThanOrEqualTo(10 * 60 / 295.0 * 1000 - 100);
        assertThat(to.load().thresholdM()).isLessThan(5000);
    }

    @Test
    void aLongRunBecomesAShorterSteadyEasyRun() {
        final Session from = longRun(TODAY, 90);
        final Session to = only(ShortenSession.propose(open(1, from), 30, TODAY));

        assertThat(to.type()).isEqualTo(SessionType.EASY);
        assertThat(to.duration()).contains(Duration.ofMinutes(30));
        assertThat(to.distanceM().orElseThrow()).isCloseTo(from.distanceM().orElseThrow() / 3, org.assertj.core.data.Offset.offset(1.0));
        assertThat(to.pace()).isEqualTo(from.pace());
        assertThat(to.steps()).hasSize(1);
    }

    @Test
    void anEasyRunWithStridesRunsLessAndKeepsItsStrides() {
        final Step strides = Step.repeat(6, List.of(Step.timed(Kind.WORK, Duration.ofSeconds(20), Optional.empty(), Optional.of(SessionEffort.STRIDES)),
                Step.timed(Kind.RECOVERY, Duration.ofSeconds(60), Optional.empty(), Optional.of(SessionEffort.WALK))));
        final Session from = new Session(TODAY, SessionType.STRIDES, Optional.of(9000.0), Optional.of(Duration.ofMinutes(66)),
                Optional.of(EASY), Optional.of(SessionEffort.EASY), Optional.empty(),
                List.of(Step.distance(Kind.RUN, 9000, Optional.of(EASY), Optional.of(SessionEffort.EASY)), strides), SessionBrief.legacy("Easy + strides"),
                Session.Load.easy(9000));

        final Session to = only(ShortenSession.propose(open(1, from), 20, TODAY));

        assertThat(to.steps().get(1)).isEqualTo(strides);
        assertThat(to.steps().get(0).duration()).contains(Duration.ofMinutes(12));
        assertThat(to.duration()).contains(Duration.ofMinutes(20));
        assertThat(to.distanceM().orElseThrow()).isLessThan(4000);
    }

    @Test
    void runWalkKeepsItsRatioWithFewerCycles() {
        final Session to = only(ShortenSession.propose(open(1, runWalk(TODAY)), 20, TODAY));

        assertThat(to.runWalk()).contains(new RunWalk(60, 90));
        assertThat(to.steps().get(1).steps()).isEqualTo(runWalk(TODAY).steps().get(1).steps());
        assertThat(to.steps().get(1).times()).isEqualTo(4);
        assertThat(to.duration()).contains(Duration.ofMinutes(20));
    }

    @Test
    void refusalsAreCodesWithArgumentsRenderedOnlyWhenRead() {
        // Review fix: the domain built English; now a bundle key and its numbers, the text made from the bundle once.
        assertThatThrownBy(() -> ShortenSession.propose(open(1, longRun(TODAY, 60)), 5, TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.code()).contains("life.error.minutes");
                    assertThat(e.args()).containsExactly(ShortenSession.MIN_MINUTES);
                    assertThat(e.getMessage()).isEqualTo("Minutes must be a whole number, at least 10.");
                });
        assertThatThrownBy(() -> ShortenSession.propose(open(1, longRun(TODAY, 30)), 30, TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.code()).contains("life.error.alreadyShort");
                    assertThat(e.getMessage()).isEqualTo("Today's session is 30 min already: type fewer minutes.");
                });
        assertThatThrownBy(() -> IndoorVersion.propose(open(1, race(TODAY)), TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.code()).contains("life.error.race"));
    }

    @Test
    void minimumsAndTheRaceAreRefusedNamingTheField() {
        assertThatThrownBy(() -> ShortenSession.propose(open(1, longRun(TODAY, 60)), 5, TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("minutes"));
        assertThatThrownBy(() -> ShortenSession.propose(open(1, longRun(TODAY, 30)), 30, TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("minutes"));
        assertThatThrownBy(() -> ShortenSession.propose(open(1, race(TODAY)), 20, TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("session"));
        assertThatThrownBy(() -> ShortenSession.propose(new PlanDay(1, TODAY, app.stride.plan.SessionStatus.DONE, longRun(TODAY, 60)), 20, TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("session"));
    }

    @Test
    void easingTurnsTheNextThreeDaysEasyAndShorterAndLeavesTheRestAndTheRace() {
        final List<PlanDay> days = List.of(open(1, intervals(TODAY)), open(2, longRun(TODAY.plusDays(2), 90)),
                open(3, tempo(TODAY.plusDays(3))), open(4, race(TODAY.plusDays(1))));

        final LifeChange c = EaseDays.propose(days, TODAY);

        assertThat(c.edits()).extracting(LifeChange.Edit::sessionId).containsExactly(1L, 2L);
        for (LifeChange.Edit e : c.edits()) {
            assertThat(e.to().type().isHard()).isFalse();
            assertThat(e.to().load().workM()).isZero();
            assertThat(e.to().duration().orElseThrow()).isLessThan(e.from().duration().orElseThrow())
                    .isBetween(Duration.ofMinutes(15), Duration.ofMinutes(40));
        }
        assertThat(c.edits().get(0).to().duration()).contains(Duration.ofMinutes(40));
        assertThat(c.notes()).containsExactly(LifeChange.Note.RACE_KEPT);
    }

    @Test
    void easingKeepsWalkBreaksAndSkipsDoneSessions() {
        final List<PlanDay> days = List.of(new PlanDay(1, TODAY, app.stride.plan.SessionStatus.DONE, intervals(TODAY)), open(2, runWalk(TODAY.plusDays(1))));

        final LifeChange c = EaseDays.propose(days, TODAY);

        assertThat(c.edits()).extracting(LifeChange.Edit::sessionId).containsExactly(2L);
        assertThat(c.edits().get(0).to().runWalk()).contains(new RunWalk(60, 90));
        assertThat(c.edits().get(0).to().duration()).contains(Duration.ofMinutes(25));
    }

    @Test
    void nothingToEaseSaysSo() {
        final LifeChange c = EaseDays.propose(List.of(open(1, longRun(TODAY.plusDays(5), 60))), TODAY);
        assertThat(c.isEmpty()).isTrue();
        assertThat(c.notes()).containsExactly(LifeChange.Note.NOTHING_TO_EASE);
    }

    @Test
    void theIndoorVersionKeepsEveryStepAndTheEffort() {
        final Session from = intervals(TODAY);
        final Session to = only(IndoorVersion.propose(open(1, from), TODAY));

        assertThat(to.steps()).isEqualTo(from.steps());
        assertThat(to.type()).isEqualTo(from.type());
        assertThat(to.effort()).isEqualTo(from.effort());
        assertThat(PlanText.description(to, DistanceUnit.KM)).startsWith("Indoors on a treadmill").endsWith(PlanText.description(from, DistanceUnit.KM));
        assertThatThrownBy(() -> IndoorVersion.propose(open(1, to), TODAY)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void anotherDayIsTheFirstFreeDayAwayFromHardDays() {
        final PlanDay today = open(1, intervals(TODAY));
        // Tomorrow has a run; the day after is free but next to Thursday's tempo; Friday is free.
        final List<PlanDay> days = List.of(today, open(2, easy(TODAY.plusDays(1))),
                open(3, tempo(TODAY.plusDays(3))), open(4, race(TODAY.plusDays(10))));

        assertThat(IndoorVersion.anotherDay(days, today, TODAY, TODAY.plusDays(10))).contains(TODAY.plusDays(5));
        final PlanDay easy = open(5, easy(TODAY));
        assertThat(IndoorVersion.anotherDay(List.of(easy, days.get(1), days.get(2)), easy, TODAY, TODAY.plusDays(10)))
                .contains(TODAY.plusDays(2));
    }
}
