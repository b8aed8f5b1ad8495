package app.stride.plan.adapt;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.plan.FitnessInput;
import app.stride.plan.Goal;
import app.stride.plan.Plan;
import app.stride.plan.PlanGenerator;
import app.stride.plan.PlanRequest;
import app.stride.plan.PlanWeek;
import app.stride.plan.RaceDistance;
import app.stride.plan.RaceResult;
import app.stride.plan.Session;
import app.stride.plan.SessionType;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Coach review B40: a 30 km-a-week 10K runner who ran the first week, then 39 days nothing, three weeks before the
 * race. Before the fix the late-break bridge came back at 96% of the old week (28.7 km, an 11.7 km long run) and kept
 * the taper with race pace at the pre-break 5:30/km.
 */
class LateLongBreakTest {

    private static final LocalDate START = LocalDate.of(2026, 12, 7);
    private static final LocalDate RACE = LocalDate.of(2027, 2, 14);
    private static final LocalDate AS_OF = LocalDate.of(2027, 1, 22);

    static Plan plan() {
        return new PlanGenerator(Clock.fixed(START.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC))
                .generate(new PlanRequest(Goal.TIME, Optional.of(RaceDistance.TEN_K), Optional.empty(), Optional.of(START),
                        Optional.of(RACE), Optional.empty(),
                        EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
                        Optional.empty(), new FitnessInput(Optional.of(new RaceResult(RaceDistance.TEN_K, Duration.ofMinutes(55))),
                                Optional.of(30_000.0), Optional.of(4), Optional.of(10_000.0), Optional.empty(), Optional.empty(), 0, false)));
    }

    private static Proposal proposal(final Plan plan) {
        final ReplannerTest.Followed f = ReplannerTest.followed(plan, LocalDate.of(2026, 12, 13), d -> false);
        return new Replanner().propose(f.version(), f.log(), AS_OF, PlanChange.none());
    }

    @Test
    void fiveWeeksOffThreeWeeksBeforeTheRaceIsRebuiltThroughTheTimeOffTable() {
        final Plan plan = plan();
        final Proposal p = proposal(plan);

        assertThat(p.daysWithoutRunning()).isEqualTo(39);
        // Before: BRIDGE with too-close-to-rebuild.
        assertThat(p.kind()).isEqualTo(ProposalKind.REBUILD);
        assertThat(p.warnings()).contains(AdaptWarning.TIME_OFF).doesNotContain(AdaptWarning.TOO_CLOSE_TO_REBUILD);
        final Plan next = p.next().orElseThrow().plan();
        assertThat(next.raceDate()).contains(RACE);
        final double oldWeek = plan.weeks().get(0).sessions().stream().mapToDouble(s -> s.distanceM().orElse(0.0)).sum();
        assertThat(oldWeek).isEqualTo(30_000.0);
        // Every week from the as-of day on, taper and race week included, at most the ramp's three quarters of the
        // week before the break; the first full week back near half of it (before: 28.7 km).
        for (PlanWeek w : next.weeks()) {
            if (w.start().isBefore(AS_OF)) {
                continue; // the week under way holds the sessions missed before the as-of day, as planned
            }
            assertThat(running(w)).as("week of " + w.start()).isLessThanOrEqualTo(0.75 * oldWeek);
        }
        final PlanWeek firstFull = next.weeks().stream().filter(w -> !w.start().isBefore(AS_OF)).findFirst().orElseThrow();
        // (The first full week is the ramp's second, three quarters: coach review 4 p18, the ramp reaches its shares.)
        assertThat(running(firstFull)).as("first full week back").isLessThanOrEqualTo(0.75 * oldWeek);
        // No run back longer than the long run before the break (before: 11.7 km after 11.5 km).
        assertThat(next.sessions().stream().filter(s -> !s.date().isBefore(AS_OF) && s.type() != SessionType.RACE)
                .mapToDouble(LateLongBreakTest::metres).max().orElseThrow()).isLessThan(10_000.0);
    }

    @Test
    void thePacesAreTheDetrainedOnesAndTheLongRunGapIsSaid() {
        final Plan plan = plan();
        final Proposal p = proposal(plan);
        final Plan next = p.next().orElseThrow().plan();

        assertThat(next.paces().orElseThrow().easy().minSecPerKm()).isGreaterThan(plan.paces().orElseThrow().easy().minSecPerKm());
        // Before: race pace 2 x 1 km at the pre-break 5:30/km in the taper.
        final int oldRacePace = plan.racePace().orElseThrow().minSecPerKm();
        for (Session s : next.sessions()) {
            if (s.date().isBefore(AS_OF)) {
                continue;
            }
            s.pace().ifPresent(pace -> assertThat(pace.minSecPerKm()).as(s.date() + " " + s.type()).isGreaterThan(oldRacePace));
        }
        // The long runs cannot get to a 10K's usual length in three weeks: the runner is told.
        assertThat(p.warnings()).contains(AdaptWarning.NOT_READY);
    }

    @Test
    void aShortBreakCloseToTheRaceStillGetsTheBridge() {
        assertThat(Replanner.bridgeTooBig(10)).isFalse();
        assertThat(Replanner.bridgeTooBig(11)).isFalse();
        assertThat(Replanner.bridgeTooBig(12)).isTrue();
        assertThat(Replanner.bridgeTooBig(39)).isTrue();
    }

    private static double running(final PlanWeek w) {
        return w.sessions().stream().filter(s -> s.type().isRun() && s.type() != SessionType.RACE)
                .mapToDouble(LateLongBreakTest::metres).sum();
    }

    /** A session's metres: its distance, or its minutes at the middle of its pace (walk breaks counted as running). */
    private static double metres(final Session s) {
        return s.distanceM().orElseGet(() -> s.duration().flatMap(d -> s.pace().map(p -> d.toSeconds() / p.midSecPerKm() * 1000))
                .orElse(0.0));
    }
}
