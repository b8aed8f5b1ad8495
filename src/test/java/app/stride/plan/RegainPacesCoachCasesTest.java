package app.stride.plan;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.settings.DistanceUnit;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The returners of coach review 5, defect 1 (commands in /work/team/coach*, all from 2026-12-07): each had a race pace
 * quicker than its own threshold or intervals (r02 4:38–4:42 against repetitions 4:36–4:42, p27 5:30 against threshold
 * 6:05...), then a race pace held back to today's work paces (PlanGenerator.returnerCap) while the race was run at the
 * prediction. Now every week's paces come from the regain curve: the race pace is the race time's, it leads none of
 * the race-pace weeks' work, the paces quicken week by week, and the plan keeps every pace rule (PaceRules). Failed
 * before the fix (race pace not the race time's; race week's threshold the same as week 1's).
 */
class RegainPacesCoachCasesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate START = LocalDate.of(2026, 12, 7);
    private static final double MI = 1609.344;

    static Stream<Arguments> cases() {
        return Stream.of(
                // name, distance, weekly km, longest km, runs, days off, race told, target, weeks, miles
                Arguments.of("r02", RaceDistance.TEN_K, 35.0, 12.0, 4, 90, race(RaceDistance.TEN_K, 45, 0), Duration.ofMinutes(45), 10, false),
                Arguments.of("p27", RaceDistance.HALF, 45.0, 18.0, 4, 60, race(RaceDistance.HALF, 115, 0), Duration.ofMinutes(115), 12, false),
                Arguments.of("r01", RaceDistance.HALF, 45.0, 18.0, 4, 60, race(RaceDistance.HALF, 105, 0), null, 12, false),
                Arguments.of("p08", RaceDistance.HALF, 50.0, 20.0, 5, 150, race(RaceDistance.HALF, 100, 0), null, 12, false),
                Arguments.of("r07", RaceDistance.TEN_K, 30.0, 10.0, 4, 30, race(RaceDistance.TEN_K, 50, 0), null, 10, false),
                Arguments.of("p11", RaceDistance.FIVE_K, 25.0, 8.0, 3, 60, race(RaceDistance.FIVE_K, 25, 0), null, 6, false),
                Arguments.of("n06", RaceDistance.FIVE_K, 15 * MI / 1000, 5 * MI / 1000, 4, 120, race(RaceDistance.FIVE_K, 24, 0), null, 8, true),
                Arguments.of("m03", RaceDistance.HALF, 35.0, 15.0, 4, 42, race(RaceDistance.HALF, 118, 0), null, 10, false),
                Arguments.of("n02", RaceDistance.HALF, 40.0, 16.0, 4, 45, race(RaceDistance.HALF, 110, 0), Duration.ofMinutes(110), 12, false),
                Arguments.of("p06", RaceDistance.HALF, 40.0, 18.0, 4, 30, race(RaceDistance.HALF, 115, 0), null, 12, false));
    }

    private static RaceResult race(final RaceDistance d, final int minutes, final int seconds) {
        return new RaceResult(d, Duration.ofMinutes(minutes).plusSeconds(seconds));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void paceFollowTheRegainCurve(final String name, final RaceDistance d, final double weeklyKm, final double longestKm,
                                  final int runs, final int daysOff, final RaceResult told, final Duration target,
                                  final int weeks, final boolean miles) {
        final EnumSet<DayOfWeek> days = runs >= 5 ? EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.SATURDAY, DayOfWeek.SUNDAY) : runs == 4 ? EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.SATURDAY, DayOfWeek.SUNDAY) : EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SUNDAY);
        final Plan p = new PlanGenerator(CLOCK, miles ? DistanceUnit.MI : DistanceUnit.KM).generate(new PlanRequest(Goal.TIME,
                Optional.of(d), Optional.ofNullable(target), Optional.of(START), Optional.empty(), Optional.of(weeks), days,
                Optional.empty(), Runners.fitness(Optional.of(told), weeklyKm * 1000, runs, longestKm * 1000, null, null, daysOff,
                        false), false));
        assertThat(ReturnerRacePaceTest.assertRacePaceNotFasterThanWork(p)).as(name).isPositive();
        assertThat(PlanRules.check(p)).as(name).noneMatch(v -> v.contains("pace"));
    }
}
