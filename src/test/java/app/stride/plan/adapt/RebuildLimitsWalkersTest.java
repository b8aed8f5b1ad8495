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
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A rebuild never asks more than the original plan did (coach review: walkers): not a bigger week (in minutes, for
 * plans that go by time) and not a longer session, for walkers, walker-runners and consistency plans too.
 */
class RebuildLimitsWalkersTest {

    static final LocalDate START = LocalDate.of(2027, 1, 4);
    static final EnumSet<DayOfWeek> DAYS = EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SUNDAY);

    private static Plan plan(final Goal g, final Optional<RaceDistance> d, final int weeks, final FitnessInput f) {
        return new PlanGenerator(Clock.fixed(START.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC))
                .generate(new PlanRequest(g, d, Optional.empty(), Optional.of(START), Optional.empty(), Optional.of(weeks),
                        DAYS, Optional.empty(), f));
    }

    private static FitnessInput fit(final Optional<RaceResult> race, final Double weeklyM, final Integer runs, final Integer cont) {
        return new FitnessInput(race, Optional.ofNullable(weeklyM), Optional.ofNullable(runs), Optional.empty(),
                Optional.ofNullable(cont), Optional.empty(), 0, false);
    }

    static Stream<Arguments> plans() {
        final Optional<RaceResult> walker45 = Optional.of(new RaceResult(RaceDistance.FIVE_K, Duration.ofMinutes(45)));
        return Stream.of(
                Arguments.of("couch to 5K", plan(Goal.FINISH, Optional.of(RaceDistance.FIVE_K), 9, fit(Optional.empty(), null, null, 0))),
                Arguments.of("walker-runner 45:00 5K", plan(Goal.FINISH, Optional.of(RaceDistance.FIVE_K), 8, fit(walker45, 10_000.0, 3, null))),
                Arguments.of("consistency, 12 km", plan(Goal.CONSISTENCY, Optional.empty(), 8, fit(Optional.empty(), 12_000.0, 3, null))),
                Arguments.of("consistency, walker", plan(Goal.CONSISTENCY, Optional.empty(), 8, fit(walker45, 10_000.0, 3, null))),
                Arguments.of("consistency, 6 km", plan(Goal.CONSISTENCY, Optional.empty(), 8, fit(Optional.empty(), 6_000.0, 2, null))),
                Arguments.of("consistency from walking", plan(Goal.CONSISTENCY, Optional.empty(), 10, fit(Optional.empty(), null, null, 0))));
    }

    static double minutes(final Session s) {
        return s.duration().map(d -> d.toSeconds() / 60.0).orElse(0.0);
    }

    static double weekMinutes(final PlanWeek w) {
        return w.sessions().stream().filter(s -> s.type().isRun() && s.type() != SessionType.RACE).mapToDouble(RebuildLimitsWalkersTest::minutes).sum();
    }

    static List<Session> runs(final List<PlanWeek> weeks) {
        return weeks.stream().flatMap(w -> w.sessions().stream()).filter(s -> s.type().isRun() && s.type() != SessionType.RACE).toList();
    }

    private static void assertWithin(final Plan original, final Plan next, final LocalDate asOf) {
        final List<PlanWeek> future = next.weeks().stream().filter(w -> !w.start().isBefore(asOf)).toList();
        assertThat(future).isNotEmpty();
        final double peakMin = original.weeks().stream().mapToDouble(RebuildLimitsWalkersTest::weekMinutes).max().orElseThrow();
        final double peakM = original.weeks().stream().mapToDouble(PlanWeek::trainingM).max().orElseThrow();
        final double longestMin = runs(original.weeks()).stream().mapToDouble(RebuildLimitsWalkersTest::minutes).max().orElseThrow();
        final double longestM = runs(original.weeks()).stream().mapToDouble(s -> s.load().totalM()).max().orElseThrow();
        for (PlanWeek w : future) {
            assertThat(weekMinutes(w)).as("minutes of week from %s", w.start()).isLessThanOrEqualTo(peakMin + 0.5);
            assertThat(w.trainingM()).as("metres of week from %s", w.start()).isLessThanOrEqualTo(peakM + 1);
        }
        for (Session s : runs(future)) {
            assertThat(minutes(s)).as("minutes of %s %s", s.date(), s.type()).isLessThanOrEqualTo(longestMin + 0.5);
            assertThat(s.load().totalM()).as("metres of %s %s", s.date(), s.type()).isLessThanOrEqualTo(longestM + 1);
        }
    }

    @ParameterizedTest(name = "{0}: a later race or end")
    @MethodSource("plans")
    void aLaterRaceDateNeverBuildsAboveTheOriginalPeak(final String name, final Plan plan) {
        final LocalDate asOf = START.plusWeeks(3);
        final ReplannerTest.Followed f = ReplannerTest.followed(plan, asOf.minusDays(1), d -> false);
        final Optional<LocalDate> later = plan.raceDate().map(r -> r.plusWeeks(3));
        final Proposal p = new Replanner().propose(f.version(), f.log(), asOf, later.isPresent()
                ? new PlanChange(later, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty())
                : new PlanChange(Optional.empty(), Optional.of(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY,
                        DayOfWeek.SUNDAY)), Optional.empty(), Optional.empty(), Optional.empty()));
        assertThat(p.kind()).isEqualTo(ProposalKind.REBUILD);
        assertWithin(plan, p.next().orElseThrow().plan(), asOf);
    }

    @ParameterizedTest(name = "{0}: five days a week instead of three")
    @MethodSource("plans")
    void moreDaysNeverBuildAboveTheOriginalPeak(final String name, final Plan plan) {
        final LocalDate asOf = START.plusWeeks(2);
        final ReplannerTest.Followed f = ReplannerTest.followed(plan, asOf.minusDays(1), d -> false);
        final Proposal p = new Replanner().propose(f.version(), f.log(), asOf, new PlanChange(Optional.empty(),
                Optional.of(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SUNDAY)),
                Optional.empty(), Optional.empty(), Optional.empty()));
        assertThat(p.kind()).isEqualTo(ProposalKind.REBUILD);
        assertWithin(plan, p.next().orElseThrow().plan(), asOf);
    }

    @ParameterizedTest(name = "{0}: ten days off")
    @MethodSource("plans")
    void tenDaysOffNeverRebuildAboveTheOriginalPeak(final String name, final Plan plan) {
        // Ten days without running in week 2, six weeks or more before the race: a rebuild, not a bridge.
        final LocalDate asOf = START.plusDays(13);
        final ReplannerTest.Followed f = ReplannerTest.followed(plan, START.plusDays(2), d -> false);
        final Proposal p = new Replanner().propose(f.version(), f.log(), asOf, PlanChange.none());
        assertThat(p.kind()).isEqualTo(ProposalKind.REBUILD);
        assertWithin(plan, p.next().orElseThrow().plan(), asOf);
    }
}
