package app.stride.plan;

import static app.stride.plan.Golden.days;
import static app.stride.plan.Golden.fitness;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The findings of the third coach review (helper shape3: session shapes), one test each. */
class CoachReview3ShapesTest {

    private static Optional<RaceResult> result(final RaceDistance d, final int min) {
        return Optional.of(new RaceResult(d, Duration.ofMinutes(min)));
    }

    @Test
    void threeBackToBackDaysKeepTheLongRunWithinHalfTheWeek() {
        // Reported (D8): mon,tue,wed week 2 "long 11 km of 20.3 km" (54%) when hills replace the easy run; the rule
        // check counted the short Tuesday as a normal easy run that the week does not have.
        final Plan p = Golden.plan(Goal.TIME, RaceDistance.TEN_K, null, 10,
                days(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY),
                fitness(result(RaceDistance.TEN_K, 58), 20.0, 3, 8.0, null, null, 0, false));
        assertThat(PlanRules.check(p)).isEmpty();
        for (PlanWeek w : p.weeks()) {
            for (Session s : w.sessions()) {
                if (s.type() == SessionType.LONG) {
                    assertThat(s.load().totalM()).as("long run of week %d (%.1f km)", w.number(), w.trainingM() / 1000)
                            .satisfiesAnyOf(m -> assertThat(m).isLessThanOrEqualTo(0.5 * w.trainingM() + 1),
                                    m -> assertThat(m).isLessThanOrEqualTo(8000 + 1));
                }
            }
        }
    }

    /** The race-pace sessions' repeat lengths, in metres. */
    private static java.util.List<Double> racePaceReps(final Plan p) {
        return p.weeks().stream().flatMap(w -> w.sessions().stream()).filter(s -> s.type() == SessionType.RACE_PACE)
                .flatMap(s -> s.steps().stream()).filter(x -> x.kind() == Step.Kind.REPEAT)
                .flatMap(x -> x.steps().stream()).filter(x -> x.kind() == Step.Kind.WORK)
                .map(x -> x.distanceM().orElse(0.0)).toList();
    }

    @Test
    void tenKAndHalfRacePaceWorkIsLongerThanFourHundreds() {
        // Reported (D6): a 10K at 30 km a week, weeks 9-10 "4 × 400 m at race pace"; a half's week 12 the same.
        final Plan tenK = Golden.plan(Goal.TIME, RaceDistance.TEN_K, Duration.ofMinutes(52), 10,
                days(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
                fitness(result(RaceDistance.TEN_K, 55), 30.0, 4, 10.0, null, null, 0, false));
        assertThat(PlanRules.check(tenK)).isEmpty();
        // Week 9 rehearses 10K pace in kilometres; a race week under 16 km keeps its short 400 m touches.
        assertThat(racePaceReps(tenK)).isNotEmpty().first().satisfies(m -> assertThat(m).isGreaterThanOrEqualTo(1000));
        final Plan half = Golden.plan(Goal.TIME, RaceDistance.HALF, Duration.ofMinutes(92), 12,
                days(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
                fitness(result(RaceDistance.TEN_K, 42), 60.0, 5, 18.0, null, null, 0, false));
        assertThat(PlanRules.check(half)).isEmpty();
        assertThat(racePaceReps(half)).isNotEmpty().allSatisfy(m -> assertThat(m).isGreaterThanOrEqualTo(800));
    }
}
