package app.stride.plan;

import app.stride.text.PlanText;
import app.stride.text.StepText;
import static app.stride.plan.Golden.days;
import static app.stride.plan.Golden.fitness;
import static app.stride.plan.Golden.race;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The findings of an independent coach's review of the second-edition engine, one test each. */
class CoachReviewTest {

    @Test
    void theLastFullWeekBeforeTheTaperIsThePeakNotACutback() {
        // Reported: peak in week 3, then 54.6 (cutback) / 58.2 / 36.3: three reduced weeks before the race.
        final Plan p = Golden.plan(Goal.TIME, RaceDistance.TEN_K, Duration.ofSeconds(36 * 60 + 30), 6,
                days(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.SATURDAY,
                        DayOfWeek.SUNDAY),
                fitness(race(RaceDistance.TEN_K, 38, 0), 60.0, 6, 18.0, null, null, 0, false));
        assertThat(PlanRules.check(p)).isEmpty();
        int firstTaper = 0;
        while (p.weeks().get(firstTaper).phase() != Phase.TAPER) {
            firstTaper++;
        }
        final PlanWeek last = p.weeks().get(firstTaper - 1);
        assertThat(last.cutback()).isFalse();
        final double peak = p.weeks().stream().mapToDouble(PlanWeek::trainingM).max().orElse(0);
        assertThat(last.trainingM()).isEqualTo(peak);
    }

    @Test
    void notReadyNamesAGapTheRunnerCanSee() {
        // Reported: "longest run reaches 4 km and the race usually needs about 4 km" (a gap lost in rounding).
        int seen = 0;
        final java.util.Random rnd = new java.util.Random(7);
        for (int i = 0; i < 4000; i++) {
            final PlanRequest r = Runners.randomRequest(rnd);
            final Optional<Plan> made = Runners.made(Golden.CLOCK, r);
            if (made.isEmpty()) {
                continue;
            }
            final Plan p = made.get();
            for (PlanMessage w : p.warnings()) {
                if (PlanNote.saysNotReady(w)) {
                    seen++;
                    for (app.stride.settings.DistanceUnit u : app.stride.settings.DistanceUnit.values()) {
                        final String reaches = StepText.distance(((Length) w.args().get(2)).metres(), u);
                        final String needs = StepText.distance(((Length) w.args().get(3)).metres(), u);
                        assertThat(reaches).as(Runners.describe(r)).isNotEqualTo(needs);
                    }
                }
            }
        }
        assertThat(seen).isPositive();
    }

    @Test
    void theRaceWeekWorkoutIsTheShortestOfTheTaper() {
        // Reported: race-week Tuesday 9.6 km of race pace against 6.2 km the week before.
        final Plan p = Golden.plan(Goal.TIME, RaceDistance.HALF, Duration.ofMinutes(105), 12,
                days(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SUNDAY),
                fitness(race(RaceDistance.TEN_K, 48, 0), 30.0, 4, 12.0, null, null, 0, false));
        final java.util.List<PlanWeek> taper = p.weeks().stream().filter(w -> w.phase() == Phase.TAPER).toList();
        assertThat(taper).hasSizeGreaterThan(1);
        final double raceWeek = taper.get(taper.size() - 1).sessions().stream().filter(s -> s.type().isQuality())
                .mapToDouble(s -> s.load().totalM()).max().orElse(0);
        final double before = taper.subList(0, taper.size() - 1).stream().flatMap(w -> w.sessions().stream())
                .filter(s -> s.type().isQuality()).mapToDouble(s -> s.load().totalM()).min().orElse(Double.MAX_VALUE);
        assertThat(raceWeek).isPositive().isLessThanOrEqualTo(before);
    }

    private static final java.time.Clock NOV_29 = java.time.Clock.fixed(java.time.Instant.parse("2026-11-29T10:00:00Z"),
            java.time.ZoneOffset.UTC);

    @Test
    void aRunnerWithARaceFiveWeeksAwayGetsAShortPlanWithAWarning() {
        // Reported: refused, with "start between Mon 12 Oct 2026 and Sun 29 Nov 2026" (dates in the past).
        final PlanRequest r = new PlanRequest(Goal.FINISH, java.util.Optional.of(RaceDistance.TEN_K), java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.of(java.time.LocalDate.of(2027, 1, 3)), java.util.Optional.empty(),
                days(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), java.util.Optional.empty(),
                fitness(race(RaceDistance.FIVE_K, 26, 0), 20.0, 3, 8.0, null, null, 0, false), false);
        final Plan p = new PlanGenerator(NOV_29).generate(r);
        assertThat(p.weeks()).hasSize(5);
        assertThat(p.startDate()).isEqualTo(java.time.LocalDate.of(2026, 11, 30));
        assertThat(p.warnings()).anyMatch(w -> w.code().equals("shortPlan"));
        assertThat(PlanRules.check(p)).isEmpty();
        assertThat(p.weeks().get(p.weeks().size() - 1).phase()).isEqualTo(Phase.TAPER);
    }

    @Test
    void aRaceTooCloseNeverSuggestsADateBeforeToday() {
        // A beginner (no short plan): the refusal's dates are today or later.
        final PlanRequest r = new PlanRequest(Goal.FINISH, java.util.Optional.of(RaceDistance.TEN_K), java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.of(java.time.LocalDate.of(2027, 1, 3)), java.util.Optional.empty(),
                days(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SATURDAY), java.util.Optional.empty(),
                fitness(java.util.Optional.empty(), null, null, null, 0, null, 0, false), false);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PlanGenerator(NOV_29).generate(r))
                .isInstanceOfSatisfying(PlanInputException.class, e -> assertThat(e.problem().args())
                        .filteredOn(a -> a instanceof java.time.LocalDate)
                        .allMatch(a -> !((java.time.LocalDate) a).isBefore(java.time.LocalDate.of(2026, 11, 29))));
    }

    @Test
    void theDefaultLongRunDayLeavesRoomForAWorkout() {
        // Reported: sat,sun,mon with the long run on Sunday leaves no day for a workout (both are next to it).
        final Plan p = Golden.plan(Goal.TIME, RaceDistance.TEN_K, Duration.ofMinutes(50), 8,
                days(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY, DayOfWeek.MONDAY),
                fitness(race(RaceDistance.TEN_K, 52, 0), 30.0, 3, 10.0, null, null, 0, false));
        assertThat(PlanRules.check(p)).isEmpty();
        assertThat(p.sessions()).anyMatch(s -> s.type() == SessionType.TEMPO || s.type() == SessionType.INTERVALS
                || s.type() == SessionType.HILLS || s.type() == SessionType.RACE_PACE);
    }
}
