package app.stride.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Coach review 4, defect 1 ("would not sign"): capable half-marathon runners were refused, or sent to run/walk the
 * race. Each case failed before the fix.
 */
class CapableHalfTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC);
    static final Set<DayOfWeek> DEFAULT_DAYS = EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SATURDAY,
            DayOfWeek.SUNDAY);

    static Plan half(final Goal goal, final Optional<RaceResult> race, final double weeklyKm, final double longestKm,
                     final int runs, final int daysOff, final int weeks, final Set<DayOfWeek> days) {
        return new PlanGenerator(CLOCK).generate(new PlanRequest(goal, Optional.of(RaceDistance.HALF), Optional.empty(),
                Optional.of(LocalDate.of(2026, 12, 7)), Optional.empty(), Optional.of(weeks), days, Optional.empty(),
                new FitnessInput(race, Optional.of(weeklyKm * 1000), Optional.of(runs), Optional.of(longestKm * 1000),
                        Optional.empty(), Optional.empty(), daysOff, false)));
    }

    static double longest(final Plan p) {
        return p.sessions().stream().filter(s -> s.type().isRun() && s.type() != SessionType.RACE)
                .mapToDouble(s -> s.load().totalM()).max().orElse(0);
    }

    static Session race(final Plan p) {
        return p.sessions().stream().filter(s -> s.type() == SessionType.RACE).findFirst().orElseThrow();
    }

    /** m03: 15 km long runs in weeks 7–8 and a 1:58 half: the race is run non-stop, not 4 min / 1 min in 2:51. */
    @Test
    void m03AFifteenKmLongRunRacesTheHalfNonStop() {
        final Plan p = half(Goal.TIME, Optional.of(new RaceResult(RaceDistance.HALF, Duration.parse("PT1H58M"))),
                35, 15, 4, 42, 10, DEFAULT_DAYS);
        assertThat(longest(p)).isGreaterThanOrEqualTo(14_750);
        assertThat(race(p).runWalk()).isEmpty();
        assertThat(p.warnings()).noneMatch(PlanNote::saysNotReady);
        assertThat(p.warnings()).extracting(PlanMessage::code).doesNotContain("raceWalkBreaks");
        // Short of a time goal's usual 16 km it is said softly; since the returner's ramp reaches its shares (merged with
        // coach review 4's ramp) m03's long run gets to 16 km and nothing needs saying.
        if (longest(p) < 15_750) {
            assertThat(p.warnings()).extracting(PlanMessage::code).contains("longRunSoft");
        } else {
            assertThat(p.warnings()).extracting(PlanMessage::code).doesNotContain("longRunSoft");
        }
        assertThat(PlanRules.check(p)).isEmpty();
    }

    /** m15: 30 km a week, 16 km long runs two months ago, 4 runs, 12 weeks: refused at 12 km before. */
    @Test
    void m15AReturnerWithSixteenKmLongRunsIsNotRefused() {
        final Plan p = half(Goal.FINISH, Optional.empty(), 30, 16, 4, 60, 12, DEFAULT_DAYS);
        assertThat(longest(p)).isGreaterThanOrEqualTo(13_750);
        assertThat(PlanRules.check(p)).isEmpty();
    }

    /** p26: m15 on three runs a week. */
    @Test
    void p26TheSameReturnerOnThreeRunsIsNotRefused() {
        final Plan p = half(Goal.FINISH, Optional.empty(), 30, 16, 3, 60, 12, DEFAULT_DAYS);
        assertThat(longest(p)).isGreaterThanOrEqualTo(13_750);
        assertThat(PlanRules.check(p)).isEmpty();
    }

    /**
     * m13: fri,sat,sun, 30 km a week, 12 km long runs: refused at 13.3 km, while tue,thu,sat,sun reached 14.6 km. The
     * long run comes last, the middle day stays short, and the days do not lower the long run.
     */
    @Test
    void m13ThreeDaysInARowDoNotLowerTheLongRun() {
        final Plan p = half(Goal.FINISH, Optional.empty(), 30, 12, 3, 0, 12,
                EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
        final Plan anyDays = half(Goal.FINISH, Optional.empty(), 30, 12, 3, 0, 12, DEFAULT_DAYS);
        // Up to the distance's minimum (14 km) the middle day does not hold the long run down (past it the week as run
        // decides: coach review 3, D8), less the rounding of a plan by time (13.95 km is 1:45 at easy pace).
        assertThat(longest(p)).isGreaterThanOrEqualTo(Math.min(longest(anyDays), 14_000) - LongRunRule.READY_MARGIN_M);
        assertThat(PlanRules.check(p)).isEmpty();
        for (PlanWeek w : p.weeks()) {
            for (Session s : w.sessions()) {
                if (s.date().getDayOfWeek() == DayOfWeek.SATURDAY && s.type().isRun()) {
                    final double lng = w.sessions().stream().filter(x -> x.type() == SessionType.LONG)
                            .mapToDouble(x -> x.load().totalM()).max().orElse(Double.MAX_VALUE);
                    assertThat(s.load().totalM()).as("week %d: the middle day short", w.number())
                            .isLessThanOrEqualTo(0.6 * lng + 1);
                }
            }
        }
    }
}
