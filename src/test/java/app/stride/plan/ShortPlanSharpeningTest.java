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
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Coach review p33: a short 5K/10K plan with a target time whose one sharpening week before the taper got a hill
 * session (no threshold or hills done yet, so "hills before fast intervals" turned its intervals into hills). The last
 * workout week before the taper is race-specific: intervals, repetitions or race pace (threshold when the plan has no
 * race-pace work; a race run with walk breaks is left out). The grid failed before the fix.
 */
class ShortPlanSharpeningTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate START = LocalDate.of(2026, 12, 7);

    private static List<PlanRequest> grid() {
        final List<PlanRequest> out = new ArrayList<>();
        final List<Set<DayOfWeek>> daySets = List.of(
                EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SUNDAY),
                EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
                EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
        for (RaceDistance d : List.of(RaceDistance.FIVE_K, RaceDistance.TEN_K)) {
            for (int raceMin : d == RaceDistance.FIVE_K ? new int[] {21, 26, 32} : new int[] {44, 55, 66}) {
                for (double weeklyKm : new double[] {12, 20, 30, 45}) {
                    for (int daysOff : new int[] {0, 35, 70}) {
                        for (Set<DayOfWeek> days : daySets) {
                            for (int weeks : new int[] {4, 5, 6}) {
                                for (boolean target : new boolean[] {true, false}) {
                                    final Duration race = Duration.ofMinutes(raceMin);
                                    final Optional<Duration> t = target ? Optional.of(race.multipliedBy(97).dividedBy(100))
                                            : Optional.empty();
                                    final LocalDate start = weeks < 6 ? CLOCK.instant().atZone(ZoneOffset.UTC).toLocalDate() : START;
                                    out.add(new PlanRequest(Goal.TIME, Optional.of(d), t, Optional.empty(),
                                            Optional.of(start.plusWeeks(weeks - 1).plusDays(6)), Optional.empty(), days,
                                            Optional.empty(), new FitnessInput(Optional.of(new RaceResult(d, race)),
                                                    Optional.of(weeklyKm * 1000), Optional.of(days.size()),
                                                    Optional.of(weeklyKm * 1000 / 3), Optional.empty(), Optional.empty(),
                                                    daysOff, false)));
                                }
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    @Test
    void theLastWorkoutWeekBeforeTheTaperIsRaceSpecific() {
        int checked = 0;
        for (PlanRequest r : grid()) {
            final Optional<Plan> made = Runners.made(CLOCK, r);
            if (made.isEmpty()) {
                continue;
            }
            final Plan p = made.get();
            final List<SessionType> last = p.weeks().stream().filter(w -> w.phase() != Phase.TAPER)
                    .map(w -> w.sessions().stream().map(Session::type).filter(SessionType::isQuality).toList())
                    .filter(k -> !k.isEmpty()).reduce((a, b) -> b).orElse(List.of());
            final boolean raceWalks = p.sessions().get(p.sessions().size() - 1).runWalk().isPresent();
            if (last.isEmpty() || raceWalks) {
                // A race run with walk breaks (not ready for it) is not raced at a pace: no race-pace work to sharpen with.
                continue;
            }
            checked++;
            final boolean racePaceWork = p.sessions().stream().anyMatch(s -> s.type() == SessionType.RACE_PACE);
            final String phases = p.weeks().stream().map(w -> w.phase() + ":" + w.sessions().stream().map(Session::type)
                    .filter(SessionType::isQuality).toList()).toList().toString();
            Runners.named(Runners.describe(r), () -> {
                assertThat(last).as("last workout week before the taper %s", phases).doesNotContain(SessionType.HILLS);
                assertThat(last).as("race-specific %s", phases).containsAnyOf(SessionType.INTERVALS,
                        SessionType.REPETITIONS, SessionType.RACE_PACE, racePaceWork ? SessionType.INTERVALS : SessionType.TEMPO);
            });
        }
        assertThat(checked).as("plans with a workout week before the taper").isGreaterThan(300);
    }

    @Test
    void beforeAnyThresholdWorkFastWorkIsHillsExceptRacePaceInTheLastWeekBeforeTheTaper() {
        final List<SessionType> kinds = List.of(SessionType.INTERVALS, SessionType.TEMPO);
        assertThat(WorkoutProgression.beforeFoundation(kinds, false, true)).containsExactly(SessionType.HILLS, SessionType.TEMPO);
        assertThat(WorkoutProgression.beforeFoundation(kinds, true, true)).containsExactly(SessionType.RACE_PACE, SessionType.TEMPO);
        // A race run with walk breaks has no race-pace work: its hills stay.
        assertThat(WorkoutProgression.beforeFoundation(kinds, true, false)).containsExactly(SessionType.HILLS, SessionType.TEMPO);
    }

    @Test
    void sharpeningPutsRacePaceFirstInPlaceOfHillsAndFastWork() {
        assertThat(WorkoutProgression.sharpening(List.of(SessionType.HILLS, SessionType.TEMPO)))
                .containsExactly(SessionType.RACE_PACE, SessionType.TEMPO);
        assertThat(WorkoutProgression.sharpening(List.of(SessionType.INTERVALS, SessionType.RACE_PACE)))
                .containsExactly(SessionType.RACE_PACE);
    }

    @Test
    void onlyAFiveKOrATenKSharpens() {
        assertThat(WorkoutProgression.sharpens(RaceDistance.FIVE_K)).isTrue();
        assertThat(WorkoutProgression.sharpens(RaceDistance.TEN_K)).isTrue();
        assertThat(WorkoutProgression.sharpens(RaceDistance.HALF)).isFalse();
        assertThat(WorkoutProgression.sharpens(RaceDistance.MARATHON)).isFalse();
        assertThat(WorkoutProgression.sharpens(RaceDistance.MILE)).isFalse();
    }
}
