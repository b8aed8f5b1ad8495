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
import app.stride.settings.DistanceUnit;
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
 * Coach review: a rebuild after 11–13 days without running went straight back to full load (28.5 km, 95% of the last
 * full week, with an 11.5 km long run where the plan had a 10 km cutback). Daniels' time off of 6–28 days: the return
 * is at half then three quarters of the load, so the first week back is 50–75% of the last full week, its long run
 * below the one before the break, then the growth rule.
 */
class TimeOffRestartTest {

    private static final LocalDate START = LocalDate.of(2026, 12, 7);
    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 29);

    @Test
    void elevenToThirteenDaysOffRestartBetweenHalfAndThreeQuartersOfTheLastFullWeek() {
        // Week 1 run in full (7.5, 7.5, 3.5, 11.5 km = 30 km), then one 5 km run on Tue 15 Dec and 13 days off.
        check(DistanceUnit.KM, Map.of(8, 7_500.0, 10, 7_500.0, 12, 3_500.0, 13, 11_500.0, 15, 5_000.0));
    }

    @Test
    void aMileRunnerRestartsTheSameWay() {
        // 5, 5, 2, 7 miles (19 mi, about 30.6 km), then one 3-mile run and 13 days off.
        final double mi = 1_609.344;
        check(DistanceUnit.MI, Map.of(8, 5 * mi, 10, 5 * mi, 12, 2 * mi, 13, 7 * mi, 15, 3 * mi));
    }

    private static void check(final DistanceUnit unit, final Map<Integer, Double> ranOnDecember) {
        final Plan plan = new PlanGenerator(Clock.fixed(START.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC), unit)
                .generate(new PlanRequest(Goal.TIME, Optional.of(RaceDistance.TEN_K), Optional.empty(), Optional.of(START),
                        Optional.empty(), Optional.of(10),
                        EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
                        Optional.empty(), new FitnessInput(Optional.of(new RaceResult(RaceDistance.TEN_K, Duration.ofMinutes(55))),
                                Optional.of(30_000.0), Optional.of(4), Optional.of(10_000.0), Optional.empty(), Optional.empty(), 0, false)));
        final List<SavedSession> saved = new ArrayList<>();
        final List<LoggedRun> log = new ArrayList<>();
        long id = 1;
        for (Session s : plan.sessions()) {
            final Double ran = s.date().getMonthValue() == 12 && s.date().getYear() == 2026
                    ? ranOnDecember.get(s.date().getDayOfMonth()) : null;
            saved.add(new SavedSession(id, s.date(), s.date(), s.type().code(), s.distanceM(),
                    s.duration().map(d -> (int) d.toSeconds()), s.pace(), s.effort(), s.runWalk(), s.steps(), s.description(),
                    ran != null ? SessionStatus.DONE : SessionStatus.PLANNED));
            if (ran != null) {
                log.add(new LoggedRun(100 + id, s.date(), s.type().code(), new RunReport(Optional.of(ran), Optional.empty(),
                        Optional.empty(), Optional.empty(), ""), Optional.empty()));
            }
            id++;
        }
        assertThat(log).hasSize(5);
        final PlanVersion v = new PlanVersion(7, plan, saved, Optional.empty(), Optional.empty(), true);
        final double lastFull = ranOnDecember.entrySet().stream().filter(e -> e.getKey() <= 13)
                .mapToDouble(Map.Entry::getValue).sum();
        final double longestBefore = ranOnDecember.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();

        final Proposal p = new Replanner(unit).propose(v, log, AS_OF, PlanChange.none());

        assertThat(p.kind()).isEqualTo(ProposalKind.REBUILD);
        assertThat(p.daysWithoutRunning()).isEqualTo(13);
        final Plan next = p.next().orElseThrow().plan();
        final LocalDate weekBack = LocalDate.of(2026, 12, 28);
        final List<Session> first = week(next, weekBack);
        final double firstM = running(first);
        assertThat(firstM / lastFull).as("first week back / last full week").isBetween(0.5, 0.75);
        assertThat(first.stream().filter(s -> s.type() == SessionType.LONG).mapToDouble(s -> s.distanceM().orElse(0.0)).max()
                .orElse(0)).as("long run back").isLessThan(longestBefore);
        // Then the growth rule: more, but about 10% (or one step of up to ~1.6 km per run day at low volume).
        final List<Session> second = week(next, weekBack.plusDays(7));
        final double secondM = running(second);
        assertThat(secondM).isGreaterThan(firstM).isLessThanOrEqualTo(Math.max(firstM * 1.1, firstM + 1_650.0 * second.size()));
        // Only the first week is held down: with 7 weeks to the race the plan climbs back toward the pre-break volume
        // (Daniels: half, three quarters, then all of it), not to a whole plan scaled to the week back.
        final List<PlanWeek> rebuilt = next.weeks().stream().filter(w -> !w.start().isBefore(weekBack))
                .filter(w -> w.phase() != Phase.TAPER).toList();
        final double biggest = rebuilt.stream().mapToDouble(PlanWeek::trainingM).max().orElse(0);
        final double original = plan.weeks().stream().filter(w -> w.phase() != Phase.TAPER)
                .filter(w -> rebuilt.stream().anyMatch(r -> r.start().equals(w.start()))).mapToDouble(PlanWeek::trainingM)
                .max().orElse(0);
        assertThat(biggest / Math.min(original, lastFull)).as("rebuilt peak / min(original week, last full week)")
                .isGreaterThanOrEqualTo(0.85);
        assertThat(biggest).as("never above the original plan").isLessThanOrEqualTo(
                plan.weeks().stream().filter(w -> w.phase() != Phase.TAPER).mapToDouble(PlanWeek::trainingM).max().orElse(0) + 1);
    }

    private static List<Session> week(final Plan plan, final LocalDate start) {
        return plan.sessions().stream().filter(s -> !s.date().isBefore(start) && s.date().isBefore(start.plusDays(7))).toList();
    }

    private static double running(final List<Session> sessions) {
        return sessions.stream().mapToDouble(s -> s.distanceM().orElse(0.0)).sum();
    }
}
