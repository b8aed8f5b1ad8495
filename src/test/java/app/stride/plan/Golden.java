package app.stride.plan;

import app.stride.text.PlanText;
import app.stride.text.StepText;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** The typical runners the golden tests read as a coach would. */
final class Golden {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2027-01-06T10:00:00Z"), ZoneOffset.UTC);
    static final LocalDate MONDAY = LocalDate.of(2027, 1, 11);

    private Golden() {
    }

    /** The plan's warnings as the command line prints them (km). */
    static java.util.List<String> notes(final Plan p) {
        return p.warnings().stream().map(w -> PlanText.note(w, app.stride.settings.DistanceUnit.KM, PlanText.Surface.CLI)).toList();
    }

    static Set<DayOfWeek> days(final DayOfWeek... d) {
        return EnumSet.of(d[0], d);
    }

    static FitnessInput fitness(final Optional<RaceResult> race, final Double weeklyKm, final Integer runs,
                                final Double longestKm, final Integer continuousMin, final RunWalk runWalk,
                                final int daysOff, final boolean crossTrained) {
        return new FitnessInput(race, Optional.ofNullable(weeklyKm).map(k -> k * 1000), Optional.ofNullable(runs),
                Optional.ofNullable(longestKm).map(k -> k * 1000), Optional.ofNullable(continuousMin),
                Optional.ofNullable(runWalk), daysOff, crossTrained);
    }

    static Optional<RaceResult> race(final RaceDistance d, final int min, final int sec) {
        return Optional.of(new RaceResult(d, Duration.ofSeconds(min * 60L + sec)));
    }

    static Plan plan(final Goal goal, final RaceDistance distance, final Duration target, final int weeks,
                     final Set<DayOfWeek> days, final FitnessInput f) {
        return new PlanGenerator(CLOCK).generate(new PlanRequest(goal, Optional.ofNullable(distance),
                Optional.ofNullable(target), Optional.of(MONDAY), Optional.empty(), Optional.of(weeks), days,
                Optional.empty(), f));
    }

    /** Couch to 5K: can't run yet, three days, nine weeks. */
    static Plan couchTo5k() {
        return plan(Goal.FINISH, RaceDistance.FIVE_K, null, 9,
                days(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.SATURDAY),
                fitness(Optional.empty(), null, null, null, 0, null, 0, false));
    }

    /** A 25-minute 5K runner aiming to race a 5K in 8 weeks, 25 km a week on 4 days. */
    static Plan fiveKRunner() {
        return plan(Goal.TIME, RaceDistance.FIVE_K, null, 8,
                days(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
                fitness(race(RaceDistance.FIVE_K, 25, 0), 25.0, 4, 9.0, null, null, 0, false));
    }

    /** A 10K runner at 30 km a week, 52:00 10K, wanting 50:00 in 10 weeks. */
    static Plan tenKRunner() {
        return plan(Goal.TIME, RaceDistance.TEN_K, Duration.ofMinutes(50), 10,
                days(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY, DayOfWeek.SUNDAY),
                fitness(race(RaceDistance.TEN_K, 52, 0), 30.0, 4, 12.0, null, null, 0, false));
    }

    /** First half marathon from 20 km a week, 6 km long run, 12 weeks, no race result. */
    static Plan firstHalf() {
        return plan(Goal.FINISH, RaceDistance.HALF, null, 12,
                days(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SUNDAY),
                fitness(Optional.empty(), 20.0, 3, 6.0, 60, null, 0, false));
    }

    /** Back after six weeks off with cross-training; used to run 35 km a week and a 50-minute 10K. */
    static Plan returner() {
        return plan(Goal.FINISH, RaceDistance.TEN_K, null, 10,
                days(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
                fitness(race(RaceDistance.TEN_K, 50, 0), 35.0, 4, 14.0, null, null, 42, true));
    }

    /** A run/walk runner by choice (60 s / 30 s) going for a half in 12 weeks. */
    static Plan runWalkHalf() {
        return plan(Goal.FINISH, RaceDistance.HALF, null, 12,
                days(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SATURDAY),
                fitness(race(RaceDistance.FIVE_K, 36, 0), 18.0, 3, 8.0, null, new RunWalk(60, 30), 0, false));
    }

    /** No race: run three times a week for eight weeks, can run 30 minutes. */
    static Plan consistency() {
        return plan(Goal.CONSISTENCY, null, null, 8,
                days(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY),
                fitness(Optional.empty(), null, null, null, 30, null, 0, false));
    }

    /** Unsafe: a half marathon in six weeks from the couch. */
    static Plan unsafeHalf() {
        return plan(Goal.FINISH, RaceDistance.HALF, null, 6,
                days(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SATURDAY),
                fitness(Optional.empty(), null, null, null, 0, null, 0, false));
    }

    /** A stretch target: 27:30 5K runner wanting 22:00 in 8 weeks. */
    static Plan stretch() {
        return plan(Goal.TIME, RaceDistance.FIVE_K, Duration.ofMinutes(22), 8,
                days(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SATURDAY),
                fitness(race(RaceDistance.FIVE_K, 27, 30), 20.0, 3, 7.0, null, null, 0, false));
    }

    public static void main(final String[] args) {
        System.out.println(PlanPrinter.print(couchTo5k()));
        System.out.println(PlanPrinter.print(fiveKRunner()));
        System.out.println(PlanPrinter.print(tenKRunner()));
        System.out.println(PlanPrinter.print(firstHalf()));
        System.out.println(PlanPrinter.print(returner()));
        System.out.println(PlanPrinter.print(runWalkHalf()));
        System.out.println(PlanPrinter.print(consistency()));
        System.out.println(PlanPrinter.print(unsafeHalf()));
        System.out.println(PlanPrinter.print(stretch()));
    }
}
