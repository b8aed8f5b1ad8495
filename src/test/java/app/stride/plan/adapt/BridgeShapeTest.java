package app.stride.plan.adapt;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.plan.FitnessInput;
import app.stride.plan.Goal;
import app.stride.plan.Phase;
import app.stride.plan.Plan;
import app.stride.plan.PlanGenerator;
import app.stride.plan.PlanRepository.PlanVersion;
import app.stride.plan.PlanRepository.SavedSession;
import app.stride.plan.PlanRequest;
import app.stride.plan.PlanWeek;
import app.stride.plan.RaceDistance;
import app.stride.plan.RaceResult;
import app.stride.plan.Session;
import app.stride.plan.SessionStatus;
import app.stride.plan.SessionType;
import app.stride.tracking.LoggedRun;
import app.stride.tracking.RunReport;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Coach review 7: after a bridge the cutback and taper weeks keep their place below the new build; they are not only
 * capped by growth, so they never become the biggest weeks of the plan.
 */
class BridgeShapeTest {

    private static final LocalDate START = LocalDate.of(2026, 12, 7);

    /** Set-up B: half, 35 km a week, long run 14 km, 4 runs, 10K in 52:00, 12 weeks from Mon 7 Dec 2026. */
    static Plan half() {
        return new PlanGenerator(Clock.fixed(START.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC))
                .generate(new PlanRequest(Goal.TIME, Optional.of(RaceDistance.HALF), Optional.empty(), Optional.of(START),
                        Optional.empty(), Optional.of(12),
                        EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
                        Optional.empty(), new FitnessInput(Optional.of(new RaceResult(RaceDistance.TEN_K, Duration.ofMinutes(52))),
                                Optional.of(35_000.0), Optional.of(4), Optional.of(14_000.0), Optional.empty(), Optional.empty(),
                                0, false)));
    }

    /** {@code plan} stored with the sessions on the days of {@code ran} done, and those runs logged at those km. */
    static ReplannerTest.Followed followed(final Plan plan, final Map<LocalDate, Double> ran) {
        final List<SavedSession> saved = new ArrayList<>();
        final List<LoggedRun> log = new ArrayList<>();
        long id = 1;
        for (Session s : plan.sessions()) {
            final Double km = ran.get(s.date());
            saved.add(new SavedSession(id, s.date(), s.date(), s.type().code(), s.distanceM(),
                    s.duration().map(d -> (int) d.toSeconds()), s.pace(), s.effort(), s.runWalk(), s.steps(), s.description(),
                    km != null ? SessionStatus.DONE : SessionStatus.PLANNED));
            if (km != null) {
                log.add(new LoggedRun(100 + id, s.date(), s.type().code(), new RunReport(Optional.of(km * 1000),
                        Optional.empty(), Optional.empty(), Optional.empty(), ""), Optional.empty()));
            }
            id++;
        }
        return new ReplannerTest.Followed(new PlanVersion(7, plan, saved, Optional.empty(), Optional.empty(), true), log);
    }

    private static double longest(final PlanWeek w) {
        return w.sessions().stream().filter(s -> s.type() == SessionType.LONG).mapToDouble(s -> s.load().totalM())
                .max().orElse(0);
    }

    /** Cutbacks stay below the week before them, taper weeks below the peak, week and long run alike. */
    static void assertShaped(final Plan next) {
        double peak = 0;
        double peakLong = 0;
        final List<PlanWeek> weeks = next.weeks();
        for (int k = 0; k < weeks.size(); k++) {
            final PlanWeek w = weeks.get(k);
            final boolean race = w.sessions().stream().anyMatch(s -> s.type() == SessionType.RACE);
            if (w.phase() == Phase.TAPER && !race) {
                assertThat(w.trainingM()).as("taper week %d under the peak %.0f", w.number(), peak).isLessThan(0.9 * peak);
                assertThat(longest(w)).as("taper week %d's long run", w.number()).isLessThan(peakLong);
            } else if (w.cutback() && k > 0) {
                assertThat(w.trainingM()).as("cutback week %d under week %d", w.number(), w.number() - 1)
                        .isLessThan(0.9 * weeks.get(k - 1).trainingM());
            }
            if (w.phase() != Phase.TAPER) {
                peak = Math.max(peak, w.trainingM());
                peakLong = Math.max(peakLong, longest(w));
            }
        }
    }

    @Test
    void afterABridgeTheCutbackAndTaperWeeksStayBelowTheNewBuild() {
        final Plan plan = half();
        // About 65% of weeks 1–2 logged, then nothing: as of Monday 28 Dec, a bridge.
        final ReplannerTest.Followed f = followed(plan, Map.of(LocalDate.of(2026, 12, 8), 6.0,
                LocalDate.of(2026, 12, 10), 6.0, LocalDate.of(2026, 12, 12), 4.0, LocalDate.of(2026, 12, 13), 10.0,
                LocalDate.of(2026, 12, 15), 5.0, LocalDate.of(2026, 12, 17), 7.0, LocalDate.of(2026, 12, 19), 4.0,
                LocalDate.of(2026, 12, 20), 11.0, LocalDate.of(2026, 12, 22), 5.0));

        final Proposal p = new Replanner().propose(f.version(), f.log(), LocalDate.of(2026, 12, 28), PlanChange.none());

        assertThat(p.kind()).isEqualTo(ProposalKind.BRIDGE);
        final Plan next = p.next().orElseThrow().plan();
        assertShaped(next);
        // The race week stays as planned.
        assertThat(next.weeks().get(11)).isEqualTo(plan.weeks().get(11));
        // The summary is true: later weeks changed, and the proposal says so.
        assertThat(p.warnings()).contains(AdaptWarning.BRIDGE_REGROWS);
    }
}
