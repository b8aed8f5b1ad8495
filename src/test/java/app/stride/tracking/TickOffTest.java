package app.stride.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.stride.common.InvalidInputException;
import app.stride.plan.FitnessInput;
import app.stride.plan.Goal;
import app.stride.plan.PlanGenerator;
import app.stride.plan.PlanRepository.SavedSession;
import app.stride.plan.PlanRequest;
import app.stride.plan.RaceDistance;
import app.stride.plan.RaceResult;
import app.stride.store.DataFolder;
import app.stride.store.Database;
import app.stride.store.SqlitePlanRepository;
import app.stride.store.SqliteTrainingLog;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ticking off a real generated plan stored in SQLite. */
class TickOffTest {

    /** Plan starts Monday 2027-01-11; runs on Tuesday, Thursday and Sunday. */
    private static final LocalDate START = LocalDate.of(2027, 1, 11);

    @TempDir
    Path dir;

    private Database db;
    private SqlitePlanRepository plans;

    @BeforeEach
    void savePlan() {
        db = Database.open(new DataFolder(dir));
        final Clock planned = clockOn(LocalDate.of(2027, 1, 6));
        plans = new SqlitePlanRepository(db, planned);
        plans.saveAsCurrent(new PlanGenerator(planned).generate(new PlanRequest(Goal.TIME, Optional.of(RaceDistance.TEN_K),
                Optional.empty(), Optional.of(START), Optional.empty(), Optional.of(8),
                EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SUNDAY), Optional.empty(),
                new FitnessInput(Optional.of(new RaceResult(RaceDistance.FIVE_K, Duration.ofMinutes(25))), Optional.of(25_000.0),
                        Optional.of(3), Optional.empty(), Optional.empty(), Optional.empty(), 0, false))));
    }

    private static Clock clockOn(final LocalDate d) {
        return Clock.fixed(d.atTime(7, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    private TickOff on(final LocalDate d) {
        return new TickOff(plans, new SqliteTrainingLog(db), clockOn(d));
    }

    private SavedSession session(final LocalDate d) {
        return plans.current().orElseThrow().sessions().stream().filter(s -> s.date().equals(d)).findFirst().orElseThrow();
    }

    private List<SavedSession> sessions() {
        return plans.current().orElseThrow().sessions();
    }

    @Test
    void withoutAPlanTodayIsEmpty(@TempDir final Path other) {
        final Database empty = Database.open(new DataFolder(other));
        final TickOff t = new TickOff(new SqlitePlanRepository(empty, clockOn(START)), new SqliteTrainingLog(empty), clockOn(START));
        final TickOff.Day day = t.today();
        assertThat(day.hasPlan()).isFalse();
        assertThat(day.today()).isEmpty();
        assertThat(day.next()).isEmpty();
    }

    @Test
    void aRunDayShowsItsSessionAndTheNextOne() {
        final LocalDate tuesday = START.plusDays(1);
        final TickOff.Day day = on(tuesday).today();

        assertThat(day.hasPlan()).isTrue();
        assertThat(day.today()).map(SavedSession::date).contains(tuesday);
        assertThat(day.next()).map(SavedSession::date).contains(START.plusDays(3));
        assertThat(day.missed()).isEmpty();
    }

    @Test
    void aRestDayHasNoSessionButNamesTheNext() {
        final TickOff.Day day = on(START).today();
        assertThat(day.today()).isEmpty();
        assertThat(day.next()).map(SavedSession::date).contains(START.plusDays(1));
    }

    @Test
    void doneLogsTheRunAndCountsItAndReopenUndoesBoth() {
        final LocalDate tuesday = START.plusDays(1);
        final TickOff t = on(tuesday);
        final long id = session(tuesday).id();

        final int count = t.done(id, new RunReport(Optional.of(5200.0), Optional.of(Duration.ofMinutes(33)), Optional.of(4),
                Optional.of(Feel.GOOD), "felt good"));

        assertThat(count).isEqualTo(1);
        assertThat(session(tuesday).status()).isEqualTo(app.stride.plan.SessionStatus.DONE);
        assertThat(t.today().runsLogged()).isEqualTo(1);

        t.reopen(id);
        assertThat(session(tuesday).status()).isEqualTo(app.stride.plan.SessionStatus.PLANNED);
        assertThat(t.today().runsLogged()).isZero();
    }

    @Test
    void skippingOrReopeningADoneSessionCanBeUndoneWithItsRunIntact() {
        // Issue 9 defect: skip and reopen deleted the logged run for good.
        final LocalDate tuesday = START.plusDays(1);
        final TickOff t = on(tuesday);
        final long id = session(tuesday).id();
        t.done(id, new RunReport(Optional.of(5200.0), Optional.of(Duration.ofSeconds(33 * 60 + 7)), Optional.of(4),
                Optional.of(Feel.GOOD), "felt good"));
        final LoggedRun logged = t.recentRuns(1).get(0);

        final TickOff.Undo skipped = t.skip(id);
        assertThat(session(tuesday).status()).isEqualTo(app.stride.plan.SessionStatus.SKIPPED);
        assertThat(t.recentRuns(10)).isEmpty();
        t.undo(skipped);
        assertThat(session(tuesday).status()).isEqualTo(app.stride.plan.SessionStatus.DONE);
        assertThat(t.recentRuns(10)).containsExactly(logged);

        final TickOff.Undo reopened = t.reopen(id);
        assertThat(session(tuesday).status()).isEqualTo(app.stride.plan.SessionStatus.PLANNED);
        t.undo(reopened);
        assertThat(session(tuesday).status()).isEqualTo(app.stride.plan.SessionStatus.DONE);
        assertThat(t.recentRuns(10)).containsExactly(logged);
    }

    @Test
    void undoAfterTheSessionWasDoneAgainIsRefusedAndKeepsTheNewRun() {
        // Review defect: reopen (run A kept for undo), Done again (run B), Undo deleted B for good and put A back.
        final LocalDate tuesday = START.plusDays(1);
        final TickOff t = on(tuesday);
        final long id = session(tuesday).id();
        t.done(id, new RunReport(Optional.of(5000.0), Optional.empty(), Optional.empty(), Optional.empty(), "A"));
        final TickOff.Undo reopened = t.reopen(id);
        t.done(id, new RunReport(Optional.of(6000.0), Optional.empty(), Optional.empty(), Optional.empty(), "B"));

        assertThatThrownBy(() -> t.undo(reopened)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("session"))
                .hasMessageContaining("changed since");
        assertThat(t.recentRuns(10)).singleElement().satisfies(r -> assertThat(r.report().notes()).isEqualTo("B"));
        assertThat(session(tuesday).status()).isEqualTo(app.stride.plan.SessionStatus.DONE);
    }

    @Test
    void undoOfASkipAfterARunWasLoggedForTheSessionIsRefused() {
        final LocalDate tuesday = START.plusDays(1);
        final TickOff t = on(tuesday);
        final long id = session(tuesday).id();
        final TickOff.Undo skipped = t.skip(id);
        // As the Log screen does: a run logged for the skipped session.
        new SqliteTrainingLog(db).logSession(id, tuesday, RunStatus.DONE,
                new RunReport(Optional.of(4000.0), Optional.empty(), Optional.empty(), Optional.empty(), "from the log"),
                Optional.empty(), clockOn(tuesday).instant());

        assertThatThrownBy(() -> t.undo(skipped)).isInstanceOf(InvalidInputException.class);
        assertThat(t.recentRuns(10)).singleElement().satisfies(r -> assertThat(r.report().notes()).isEqualTo("from the log"));
    }

    @Test
    void undoingASkipOfAnOpenSessionOpensItAgain() {
        final LocalDate tuesday = START.plusDays(1);
        final TickOff t = on(tuesday);
        final long id = session(tuesday).id();
        t.undo(t.skip(id));
        assertThat(session(tuesday).status()).isEqualTo(app.stride.plan.SessionStatus.PLANNED);
    }

    @Test
    void tickingTheSameSessionTwiceKeepsOneRun() {
        final LocalDate tuesday = START.plusDays(1);
        final TickOff t = on(tuesday);
        t.done(session(tuesday).id(), RunReport.justDone());
        assertThat(t.done(session(tuesday).id(), RunReport.justDone())).isEqualTo(1);
    }

    @Test
    void aSessionStillToComeCannotBeTickedOff() {
        final TickOff t = on(START);
        assertThatThrownBy(() -> t.done(session(START.plusDays(1)).id(), RunReport.justDone()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("still to come");
    }

    @Test
    void openSessionsOfTheLastWeekAreListedAsMissedUntilSkipped() {
        final LocalDate friday = START.plusDays(4);
        final TickOff t = on(friday);
        assertThat(t.today().missed()).extracting(SavedSession::date).containsExactly(START.plusDays(1), START.plusDays(3));

        t.skip(session(START.plusDays(1)).id());

        assertThat(t.today().missed()).extracting(SavedSession::date).containsExactly(START.plusDays(3));
        assertThat(session(START.plusDays(1)).status()).isEqualTo(app.stride.plan.SessionStatus.SKIPPED);
    }

    @Test
    void movingKeepsTheOriginalDate() {
        final LocalDate tuesday = START.plusDays(1);
        final SavedSession s = session(tuesday);
        on(START).move(s.id(), START.plusDays(2));

        final SavedSession moved = sessions().stream().filter(x -> x.id() == s.id()).findFirst().orElseThrow();
        assertThat(moved.date()).isEqualTo(START.plusDays(2));
        assertThat(moved.originalDate()).isEqualTo(tuesday);
        assertThat(moved.moved()).isTrue();
    }

    @Test
    void oneSessionADay() {
        assertThatThrownBy(() -> on(START).move(session(START.plusDays(1)).id(), START.plusDays(3)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("one session a day");
    }

    @Test
    void moveRefusalsAreCodesWithTheDayAsData() {
        assertThatThrownBy(() -> on(START.plusDays(2)).move(session(START.plusDays(3)).id(), START.plusDays(1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.code()).contains("tracking.error.movePast");
                    assertThat(e.args()).containsExactly(START.plusDays(2));
                    assertThat(e.getMessage()).contains(app.stride.format.Dates.day(START.plusDays(2)));
                });
    }

    @Test
    void aTakenDayNamesTheSessionInTheWayAsDataRenderedInTheRunnersWords() {
        final SavedSession tuesday = session(START.plusDays(1));
        final SavedSession thursday = session(START.plusDays(3));
        assertThatThrownBy(() -> on(START).move(tuesday.id(), START.plusDays(3)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("date");
                    assertThat(e.code()).contains("tracking.error.moveTaken");
                    assertThat(e.args()).containsExactly(START.plusDays(3), SessionName.of(thursday));
                    assertThat(SessionName.of(thursday).args()).startsWith(DayOfWeek.THURSDAY);
                    final String type = app.stride.text.PlanText.typeName(thursday.sessionType().orElseThrow());
                    assertThat(e.getMessage()).isEqualTo(app.stride.format.Dates.day(START.plusDays(3)) + " already has Thursday's "
                            + type.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + type.substring(1)
                            + ": one session a day. Choose another day.");
                });
    }

    @Test
    void notIntoThePast() {
        assertThatThrownBy(() -> on(START.plusDays(2)).move(session(START.plusDays(3)).id(), START.plusDays(1)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("today");
    }

    @Test
    void aHardSessionNeverLandsNextToAnotherHardDay() {
        final List<SavedSession> all = sessions();
        final SavedSession hard = all.stream().filter(s -> s.sessionType().orElseThrow().isHard())
                .filter(s -> s.date().isAfter(START.plusDays(7))).findFirst().orElseThrow();
        final SavedSession otherHard = all.stream().filter(s -> s.sessionType().orElseThrow().isHard())
                .filter(s -> s.date().isAfter(hard.date())).findFirst().orElseThrow();
        final LocalDate nextToIt = otherHard.date().minusDays(1);
        // The day before the other hard session must be free for this test to mean anything.
        assertThat(all).noneMatch(s -> s.date().equals(nextToIt));

        assertThatThrownBy(() -> on(START).move(hard.id(), nextToIt))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("two hard days in a row")
                .hasMessageStartingWith(app.stride.text.TrackingText.describe(hard) + " cannot go on "
                        + app.stride.format.Dates.day(nextToIt) + ": it would sit next to "
                        + app.stride.text.TrackingText.describe(otherHard));
    }

    @Test
    void raceDayDoesNotMove() {
        final SavedSession race = sessions().get(sessions().size() - 1);
        assertThat(race.type()).isEqualTo("race");
        assertThatThrownBy(() -> on(START).move(race.id(), race.date().minusDays(1)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Race day is fixed");
    }

    @Test
    void reportsRefuseImpossibleValuesNamingTheField() {
        assertThatThrownBy(() -> new RunReport(Optional.of(-1.0), Optional.empty(), Optional.empty(), Optional.empty(), ""))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("Distance");
        assertThatThrownBy(() -> new RunReport(Optional.empty(), Optional.empty(), Optional.of(11), Optional.empty(), ""))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("Effort");
        assertThat(new RunReport(Optional.of(5000.0), Optional.of(Duration.ofMinutes(30)), Optional.empty(), Optional.empty(), " ")
                .paceSecPerKm()).contains(360.0);
    }

    @Test
    void describesSessionsInTheRunnersWords() {
        assertThat(app.stride.text.TrackingText.describe(session(START.plusDays(1)))).matches("Tuesday's [a-z].*");
    }
}
