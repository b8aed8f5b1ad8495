package app.stride.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The coach's leftovers after the second edition (issue 7): each failed before its fix. */
class CoachLeftoversTest {

    private static Plan plan(final RaceDistance d, final int weeks, final FitnessInput f) {
        return new PlanGenerator(Golden.CLOCK).generate(new PlanRequest(Goal.FINISH, Optional.of(d), Optional.empty(),
                Optional.of(Golden.MONDAY), Optional.empty(), Optional.of(weeks),
                EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SATURDAY), Optional.empty(), f));
    }

    /** The ratio of the last run before the race. */
    private static Optional<RunWalk> lastTrained(final Plan p) {
        final List<Session> before = p.sessions().stream().filter(s -> s.type() != SessionType.RACE && s.type().isRun()).toList();
        return before.get(before.size() - 1).runWalk();
    }

    private static Session race(final Plan p) {
        return p.sessions().stream().filter(s -> s.type() == SessionType.RACE).findFirst().orElseThrow();
    }

    /** Race day walks with the ratio the runner trained last (5 min / 3 min in Couch to 5K week 6), not 4 min / 1 min. */
    @Test
    void raceDayUsesTheRatioTrainedLast() {
        final Plan sixWeek5k = GoldenCases.all().stream().filter(c -> c.name().equals("beginner-nothing-told-5k-6-weeks"))
                .findFirst().map(c -> new PlanGenerator(Golden.CLOCK).generate(c.request())).orElseThrow();
        assertThat(lastTrained(sixWeek5k)).isPresent();
        assertThat(race(sixWeek5k).runWalk()).isEqualTo(lastTrained(sixWeek5k));
    }

    /** A runner whose last runs are continuous keeps the race's own ratio (Couch to 5K finished: 10 min / 1 min). */
    @Test
    void continuousRunnersKeepShortWalkBreaks() {
        final Plan c25k = plan(RaceDistance.FIVE_K, 9, Golden.fitness(Optional.empty(), null, null, null, 0, null, 0, false));
        assertThat(lastTrained(c25k)).isEmpty();
        assertThat(race(c25k).runWalk()).contains(new RunWalk(600, 60));
    }

    /**
     * A mile runner's workouts are set as a coach sets them for a mile runner: every distance in a workout is whole
     * miles or metres on a track (a multiple of 100 m up to 2,000 m), never "1.9 mi" or "0.6 mi" (issue 7, item 2).
     */
    @Test
    void aMileRunnersWorkoutsComeInMilesOrTrackMetres() {
        for (GoldenCases.Case c : GoldenCases.all()) {
            if (c.unit() != app.stride.settings.DistanceUnit.MI) {
                continue;
            }
            final Optional<Plan> made = Runners.made(Golden.CLOCK, c.unit(), c.request());
            if (made.isEmpty()) {
                continue;
            }
            final Plan p = made.get();
            for (Session s : p.sessions()) {
                for (Object a : s.description().args()) {
                    if (a instanceof Length l) {
                        final double mi = l.metres() / 1609.344;
                        final boolean wholeMiles = Math.abs(mi - Math.rint(mi)) < 0.005;
                        final boolean track = l.metres() <= 2000 && Math.abs(l.metres() % 100) < 1e-6;
                        assertThat(wholeMiles || track).as("%s %s: %s", c.name(), s.date(), s.description()).isTrue();
                    }
                }
            }
        }
        final Plan half = GoldenCases.all().stream().filter(c -> c.name().equals("miles-25-mi-half-time")).findFirst()
                .map(c -> new PlanGenerator(Golden.CLOCK, c.unit()).generate(c.request())).orElseThrow();
        assertThat(half.sessions()).anyMatch(s -> s.description().args().contains(new Length(1609.344)));
    }

    /**
     * Decided: Couch to 10K in 12 weeks is planned, not refused. Its longest run passes the feasibility rule (at least
     * half the distance), so the plan warns (notReady, with the 5K as the alternative) and races with walk breaks.
     */
    @Test
    void couchToTenKInTwelveWeeksIsWarnedAndRunWalked() {
        final Plan p = plan(RaceDistance.TEN_K, 12, Golden.fitness(Optional.empty(), null, null, null, 0, null, 0, false));
        assertThat(p.warnings()).anyMatch(w -> w.code().equals("notReady"));
        assertThat(race(p).runWalk()).isPresent();
        assertThat(p.sessions().stream().filter(s -> s.type() == SessionType.LONG).mapToDouble(s -> s.load().totalM()).max()
                .orElse(0)).isGreaterThanOrEqualTo(RaceDistance.TEN_K.metres() / 2);
    }
}
