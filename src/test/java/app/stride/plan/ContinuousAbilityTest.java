package app.stride.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The walk-break bridge of {@link ContinuousAbility} on its own, at an easy pace of exactly 6:00/km (10 km an hour), so
 * minutes and kilometres read off each other: the 60% edge, a long run past the old longest run (commit 07a2ec0), and
 * who is on the bridge.
 */
class ContinuousAbilityTest {

    private static final PaceRange EASY = new PaceRange(350, 370);
    private static final PaceRange THRESHOLD = new PaceRange(290, 300);
    private static final PlanContext CONTEXT = new PlanContext(null, null, null,
            new TrainingPaces(EASY, EASY, THRESHOLD, THRESHOLD, THRESHOLD), false, Optional.empty(), Optional.empty(),
            false, false);
    private static final LocalDate DAY = LocalDate.of(2026, 12, 13);

    /** A returner back from {@code daysOff} whose longest run before the break was {@code longestKm}. */
    private static FitnessInput returner(final double longestKm, final int daysOff, final Optional<RunWalk> runWalk) {
        return new FitnessInput(Optional.empty(), Optional.of(30_000.0), Optional.of(4), Optional.of(longestKm * 1000),
                Optional.empty(), runWalk, daysOff, false);
    }

    /** A non-stop run of {@code minutes} at easy pace (6:00/km). */
    private static Session run(final SessionType type, final int minutes) {
        final double m = minutes / 6.0 * 1000;
        return new Session(DAY, type, Optional.of(m), Optional.of(Duration.ofMinutes(minutes)), Optional.of(EASY),
                Optional.empty(), Optional.empty(), List.of(), SessionBrief.of("easy"), Session.Load.easy(m));
    }

    @Test
    void aRunGoesNonStopOnceTheReachCoversSixtyPercentOfItsTime() {
        // 12 km before 60 days off (72 minutes today); a 30-minute run done non-stop: reach 30 + 15 = 45 minutes.
        final ContinuousAbility a = new ContinuousAbility(CONTEXT, returner(12, 60, Optional.empty()));
        a.record(List.of(run(SessionType.EASY, 30)));
        assertThat(a.reach()).isEqualTo(45.0);
        // 45 is 60% of 75 minutes: non-stop; a minute more and the reach no longer covers 60% of it.
        assertThat(a.continuous(75, 30)).isTrue();
        assertThat(a.continuous(76, 30)).isFalse();
    }

    @Test
    void theReachGrowsByAQuarterOnceThatIsMoreThanFifteenMinutesUpToTheOldLongestRun() {
        final ContinuousAbility a = new ContinuousAbility(CONTEXT, returner(18, 60, Optional.empty()));
        a.record(List.of(run(SessionType.LONG, 80)));
        // 80 * 1.25 = 100 (more than 80 + 15), under the old 18 km's 108 minutes.
        assertThat(a.reach()).isEqualTo(100.0);
        a.record(List.of(run(SessionType.LONG, 99)));
        // 99 + 25 would be 124: capped by the old longest run's 108 minutes.
        assertThat(a.reach()).isEqualTo(108.0);
    }

    @Test
    void pastTheBridgeALongRunBeyondTheOldLongestRunStaysNonStop() {
        // Commit 07a2ec0 (golden returner-30-days-half): rebuilt to 16.5 km non-stop, a 19.5 km long run past the old
        // 18 km got 4/1 walk breaks again. The reach (108 minutes) caps how far the bridge goes, not the run: 60% of
        // 117 minutes is 70.2. Failed before that commit (the run past the old longest run was never non-stop).
        final ContinuousAbility a = new ContinuousAbility(CONTEXT, returner(18, 30, Optional.empty()));
        a.record(List.of(run(SessionType.EASY, 50), run(SessionType.LONG, 99)));
        assertThat(a.continuous(117, 45)).isTrue();
    }

    @Test
    void offTheBridgeALongRunBeyondTheOldLongestRunKeepsItsWalkBreaks() {
        // A run/walk runner by choice is not on the bridge: the rule before it holds (no further than the old run).
        final ContinuousAbility a = new ContinuousAbility(CONTEXT, returner(18, 30, Optional.of(new RunWalk(240, 60))));
        a.record(List.of(run(SessionType.EASY, 80)));
        assertThat(a.continuous(105, 45)).isTrue();
        assertThat(a.continuous(117, 45)).isFalse();
    }

    @Test
    void onlyAReturnerWhoToldTheirOldLongestRunAndNotARatioOrMinutesIsOnTheBridge() {
        assertThat(ContinuousAbility.bridges(returner(12, 60, Optional.empty()))).isTrue();
        assertThat(ContinuousAbility.bridges(returner(12, 28, Optional.empty()))).isTrue();
        assertThat(ContinuousAbility.bridges(returner(12, 27, Optional.empty()))).isFalse();
        // Run/walk by choice: their walk breaks are how they run, not a bridge to grow out of.
        assertThat(ContinuousAbility.bridges(returner(12, 60, Optional.of(new RunWalk(60, 30))))).isFalse();
        assertThat(ContinuousAbility.bridges(new FitnessInput(Optional.empty(), Optional.of(30_000.0), Optional.of(4),
                Optional.of(12_000.0), Optional.of(20), Optional.empty(), 60, false))).isFalse();
    }
}
