package app.stride.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where a walker starts Couch to 5K from what they can run today (new-user review 12). */
class CouchToFiveKStartTest {

    private static Fitness canRun(final int minutes, final int daysOff) {
        return Fitness.assess(Golden.fitness(Optional.empty(), null, null, null, minutes, null, daysOff, false));
    }

    /** Ten minutes non-stop does week 5's 5- and 8-minute runs; its 20 minutes is the programme's own step up. */
    @Test
    void tenMinutesTodayStartsAtWeekFive() {
        assertThat(canRun(10, 0).level()).isEqualTo(Fitness.Level.WALK_RUN);
        assertThat(canRun(10, 0).c25kStage()).isEqualTo(5);
    }

    /** What they can run today already counts the time off: 140 days off does not send them back to 90-second runs. */
    @Test
    void timeOffIsNotCountedTwiceInWhatTheyCanRunToday() {
        assertThat(canRun(10, 140).c25kStage()).isEqualTo(5);
        assertThat(canRun(3, 140).c25kStage()).isEqualTo(3);
    }

    @Test
    void eachWeekStartsFromTheRunsItAsks() {
        assertThat(canRun(0, 0).c25kStage()).isEqualTo(1);
        assertThat(canRun(1, 0).c25kStage()).isEqualTo(1);
        assertThat(canRun(5, 0).c25kStage()).isEqualTo(4);
        assertThat(canRun(7, 0).c25kStage()).isEqualTo(4);
        assertThat(canRun(8, 0).c25kStage()).isEqualTo(5);
        assertThat(canRun(19, 0).c25kStage()).isEqualTo(5);
        // 20 minutes repeats week 5 (its 20-minute run); week 6 ends with 25 minutes.
        assertThat(canRun(20, 0).c25kStage()).isEqualTo(5);
        assertThat(canRun(25, 0).c25kStage()).isEqualTo(7);
    }

    /** A weekly distance told from before a long break is still marked down: it is not what they run today. */
    @Test
    void aWeekFromBeforeALongBreakStillStartsEarlier() {
        final Fitness f = Fitness.assess(Golden.fitness(Optional.empty(), 4.0, null, null, null, null, 140, false));
        assertThat(f.level()).isEqualTo(Fitness.Level.WALK_RUN);
        assertThat(f.c25kStage()).isEqualTo(2);
    }

    /** The existing rule holds: a base of 5+ km a week and 10+ minutes non-stop is a runner with walk breaks. */
    @Test
    void aRunnerWithABaseWhoCanRunTenMinutesIsNotCouchToFiveK() {
        final Fitness f = Fitness.assess(Golden.fitness(Optional.empty(), 8.0, null, null, 10, null, 0, false));
        assertThat(f.level()).isEqualTo(Fitness.Level.RUNNER);
    }

    /** The plan the reviewer made: 8 weeks, finish a 5K, 10 minutes today, 140 days off, starts at week 5. */
    @Test
    void theReviewersPlanStartsWithFiveMinuteRuns() {
        final Plan p = Golden.plan(Goal.FINISH, RaceDistance.FIVE_K, null, 8,
                Golden.days(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.WEDNESDAY, java.time.DayOfWeek.SATURDAY),
                Golden.fitness(Optional.empty(), null, null, null, 10, null, 140, false));
        final SessionBrief first = p.sessions().stream().map(Session::description)
                .filter(d -> d.code().startsWith("c25k")).findFirst().orElseThrow();
        assertThat(first).isEqualTo(CouchToFiveK.session(Golden.MONDAY, CouchToFiveK.firstOf(5)).description());
    }
}
