package app.stride.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The checker itself catches broken plans (so the property tests can fail). */
class PlanRulesTest {

    private static Plan withWeek(final Plan p, final int number, final UnaryOperator<List<Session>> change) {
        final List<PlanWeek> weeks = new ArrayList<>(p.weeks());
        final PlanWeek w = weeks.get(number - 1);
        weeks.set(number - 1, new PlanWeek(w.number(), w.start(), w.phase(), w.cutback(), change.apply(new ArrayList<>(w.sessions()))));
        return new Plan(p.request(), p.startDate(), p.endDate(), p.raceDate(), p.fitness(), p.paces(), p.racePace(),
                p.raceTime(), p.predicted(), p.warnings(), weeks);
    }

    private static Session scaled(final Session s, final double f) {
        return new Session(s.date(), s.type(), s.distanceM().map(d -> d * f), s.duration(), s.pace(), s.effort(), s.runWalk(),
                s.steps(), s.description(), new Session.Load(s.load().totalM() * f, s.load().thresholdM() * f,
                s.load().intervalM() * f, s.load().repetitionM() * f));
    }

    @Test
    void goldenPlanIsClean() {
        assertThat(PlanRules.check(Golden.fiveKRunner())).isEmpty();
    }

    @Test
    void catchesTooMuchGrowth() {
        final Plan p = withWeek(Golden.fiveKRunner(), 2, ss -> ss.stream().map(s -> scaled(s, 1.5)).toList());
        assertThat(PlanRules.check(p)).anyMatch(v -> v.contains("week 2 grows"));
    }

    @Test
    void catchesAMissingCutbackAndAHeavyRaceWeek() {
        Plan p = withWeek(Golden.fiveKRunner(), 4, ss -> Golden.fiveKRunner().weeks().get(2).sessions().stream()
                .map(s -> new Session(s.date().plusDays(7), s.type(), s.distanceM(), s.duration(), s.pace(), s.effort(),
                        s.runWalk(), s.steps(), s.description(), s.load())).toList());
        assertThat(PlanRules.check(p)).anyMatch(v -> v.startsWith("no cutback"));
        p = withWeek(Golden.fiveKRunner(), 8, ss -> ss.stream().map(s -> s.type() == SessionType.RACE ? s : scaled(s, 2)).toList());
        assertThat(PlanRules.check(p)).anyMatch(v -> v.startsWith("race week"));
    }

    @Test
    void catchesHardDaysInARowAcrossWeeks() {
        final Plan base = Golden.fiveKRunner();
        final Session longRun = base.weeks().get(0).sessions().stream().filter(s -> s.type() == SessionType.LONG).findFirst().orElseThrow();
        assertThat(longRun.date().getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        final Plan p = withWeek(base, 2, ss -> {
            final Session tempo = base.weeks().get(2).sessions().stream().filter(s -> s.type() == SessionType.TEMPO).findFirst().orElseThrow();
            ss.add(0, new Session(longRun.date().plusDays(1), tempo.type(), tempo.distanceM(), tempo.duration(), tempo.pace(),
                    tempo.effort(), tempo.runWalk(), tempo.steps(), tempo.description(), tempo.load()));
            return ss;
        });
        assertThat(PlanRules.check(p)).anyMatch(v -> v.startsWith("hard days in a row")).anyMatch(v -> v.contains("unavailable day"));
    }

    @Test
    void catchesOversizedWorkoutsAndLongRuns() {
        final Plan p = withWeek(Golden.fiveKRunner(), 6, ss -> ss.stream()
                .map(s -> s.type() == SessionType.INTERVALS || s.type() == SessionType.LONG ? scaled(s, 1.8) : s).toList());
        assertThat(PlanRules.check(p)).anyMatch(v -> v.startsWith("intervals over 8%")).anyMatch(v -> v.startsWith("long run"));
    }

    @Test
    void catchesPacesNotFromCurrentFitnessAndLostWalkBreaks() {
        final Plan p = withWeek(Golden.fiveKRunner(), 1, ss -> ss.stream()
                .map(s -> new Session(s.date(), s.type(), s.distanceM(), s.duration(), s.pace().map(x -> new PaceRange(x.minSecPerKm() - 20,
                        x.maxSecPerKm() - 20)), s.effort(), s.runWalk(), s.steps(), s.description(), s.load())).toList());
        assertThat(PlanRules.check(p)).anyMatch(v -> v.contains("not from week 1"));
        final Plan rw = withWeek(Golden.runWalkHalf(), 3, ss -> ss.stream()
                .map(s -> new Session(s.date(), s.type(), s.distanceM(), s.duration(), s.pace(), s.effort(), java.util.Optional.empty(),
                        s.steps(), s.description(), s.load())).toList());
        assertThat(PlanRules.check(rw)).anyMatch(v -> v.startsWith("no walk breaks"));
    }

    @Test
    void catchesWorkoutsForWalkers() {
        final Plan couch = Golden.couchTo5k();
        final Session tempo = Golden.fiveKRunner().sessions().stream().filter(s -> s.type() == SessionType.TEMPO).findFirst().orElseThrow();
        final Plan p = withWeek(couch, 1, ss -> {
            final Session first = ss.remove(0);
            ss.add(0, new Session(first.date(), tempo.type(), tempo.distanceM(), tempo.duration(), tempo.pace(), tempo.effort(),
                    tempo.runWalk(), tempo.steps(), tempo.description(), tempo.load()));
            return ss;
        });
        assertThat(PlanRules.check(p)).anyMatch(v -> v.startsWith("quality session in a run/walk week"))
                .anyMatch(v -> v.startsWith("week 1 is not run/walk"));
    }
}
