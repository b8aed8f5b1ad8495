package app.stride.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * No filler runs (coach review D7): a run under 20 minutes is not worth lacing up for, so a week too small for all the
 * runner's days gets fewer, meaningful runs. The rule, over the same generated runners as {@link PlanRulePropertiesTest}:
 * every running session of a continuous runner lasts at least {@value RunCount#FLOOR_MINUTES} minutes (coach review 4: 15 where keeping the runs asked for needs it), except
 * <ul>
 *   <li>race week: the taper's last touches (a shake-out, a few minutes of pace) are short on purpose;</li>
 *   <li>plans of three running days or fewer, and weeks of three runs (three a week is the least a plan keeps: the
 *   habit matters more than the length);</li>
 *   <li>runners with their own session rules: Couch to 5K weeks, run/walk by choice, walker-runners.</li>
 * </ul>
 */
class ShortRunPropertiesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-30T10:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate MONDAY = LocalDate.of(2027, 1, 4);
    private static final EnumSet<DayOfWeek> DEFAULT_DAYS = EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY,
            DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

    @Test
    void noContinuousRunnerGetsARunUnderTwentyMinutes() {
        final Runners.Findings f = Runners.findings(new Random(PlanRulePropertiesTest.SEED), PlanRulePropertiesTest.RUNNERS,
                CLOCK, p -> shortRuns(p.request(), p));
        assertThat(f.checked()).isGreaterThan(PlanRulePropertiesTest.RUNNERS * 8 / 10);
        assertThat(f.found()).as("%d short runs", f.found().size()).isEmpty();
    }

    /** The returner of the issue: 4 months off a 40 km week, back on four days. */
    @Test
    void aReturnerRampHasNoFillerRunsAndGetsItsDaysBack() {
        final PlanRequest r = new PlanRequest(Goal.TIME, Optional.of(RaceDistance.FIVE_K), Optional.empty(), Optional.of(MONDAY),
                Optional.empty(), Optional.of(10), DEFAULT_DAYS, Optional.empty(),
                Runners.fitness(Optional.of(new RaceResult(RaceDistance.FIVE_K, Duration.ofMinutes(22))), 40_000.0, 5, null,
                        null, null, 120, false), false);
        final Plan p = new PlanGenerator(CLOCK).generate(r);
        assertThat(shortRuns(r, p)).isEmpty();
        assertThat(PlanRules.check(p)).isEmpty();
        // Coach review 4 (RunsKept): the ramp's first week keeps its four days with runs of 15 minutes or more (was 3).
        assertThat(p.weeks().get(0).runs()).as("week 1 of the ramp: every day, runs of 15 minutes or more").isEqualTo(4);
        assertThat(p.weeks().get(7).runs()).as("the build: every day back").isEqualTo(4);
    }

    /** A 12 km week on five days: five runs of 2.4 km would be filler. */
    @Test
    void aSmallWeekOnFiveDaysGetsFewerRealRuns() {
        final PlanRequest r = new PlanRequest(Goal.FINISH, Optional.of(RaceDistance.TEN_K), Optional.empty(), Optional.of(MONDAY),
                Optional.empty(), Optional.of(8), EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY,
                        DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), Optional.empty(),
                Runners.fitness(Optional.empty(), 12_000.0, 5, null, null, null, 0, false), false);
        final Plan p = new PlanGenerator(CLOCK).generate(r);
        assertThat(shortRuns(r, p)).isEmpty();
        assertThat(PlanRules.check(p)).isEmpty();
        // Four runs of 20 minutes: runs by time are whole five minutes, so 20 minutes is no longer rounded up to 3 km
        // (coach review D7b); it was three.
        // Coach review 4 (RunsKept): five runs of 15 minutes or more fit 12 km, so every day is kept (was four).
        assertThat(p.weeks().get(0).runs()).isEqualTo(5);
    }

    /** The sessions that break the rule, named by week and day. */
    static List<String> shortRuns(final PlanRequest r, final Plan p) {
        final List<String> out = new ArrayList<>();
        final double easy = p.paces().map(x -> x.easy().midSecPerKm()).orElseGet(() -> Vdot.fromRace(5000,
                Duration.ofSeconds(Math.round(5 * EffortPace.racePace(r.fitness())))).paces().easy().midSecPerKm());
        if (p.fitness().level() != Fitness.Level.RUNNER || WalkerRunWalk.applies(p.fitness(), easy)
                || p.weeks().stream().mapToInt(PlanWeek::runs).max().orElse(0) <= RunCount.LEAST_RUNS) {
            return out;
        }
        for (PlanWeek w : p.weeks()) {
            if (w.phase() == Phase.RUN_WALK || w.runs() <= RunCount.LEAST_RUNS
                    || w.sessions().stream().anyMatch(s -> s.type() == SessionType.RACE)) {
                continue;
            }
            for (Session s : w.sessions()) {
                if (!s.type().isRun()) {
                    continue;
                }
                final double min = s.duration().orElseThrow().toSeconds() / 60.0;
                if (min < RunCount.FLOOR_MINUTES - 1e-9) {
                    out.add(String.format("week %d %s %s %.1f min", w.number(), s.date().getDayOfWeek(), s.type().code(), min));
                }
            }
        }
        return out;
    }
}
