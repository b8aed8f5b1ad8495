package app.stride.plan;

import static app.stride.plan.Golden.days;
import static app.stride.plan.Golden.fitness;
import static app.stride.plan.Golden.race;
import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;

import app.stride.settings.DistanceUnit;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The runners a coach reads plans for, one golden text file each (src/test/resources/app/stride/plan/golden): beginners,
 * returners, improvers, experienced runners, miles, odd days, and the 6- and 12-week edges.
 */
final class GoldenCases {

    /** One runner: a file name, the unit they read in, and their request. */
    record Case(String name, DistanceUnit unit, PlanRequest request) {
    }

    private static final double MI = 1.609344;

    private GoldenCases() {
    }

    private static PlanRequest req(final Goal g, final RaceDistance d, final Duration target, final int weeks,
                                   final Set<DayOfWeek> days, final FitnessInput f) {
        return new PlanRequest(g, Optional.ofNullable(d), Optional.ofNullable(target), Optional.of(Golden.MONDAY),
                Optional.empty(), Optional.of(weeks), days, Optional.empty(), f);
    }

    private static Case km(final String name, final PlanRequest r) {
        return new Case(name, DistanceUnit.KM, r);
    }

    static List<Case> all() {
        return List.of(
                // Beginners
                km("beginner-c25k-3-days-9-weeks", req(Goal.FINISH, RaceDistance.FIVE_K, null, 9, days(MONDAY, WEDNESDAY, SATURDAY),
                        fitness(Optional.empty(), null, null, null, 0, null, 0, false))),
                km("beginner-c25k-2-days-12-weeks", req(Goal.FINISH, RaceDistance.FIVE_K, null, 12, days(TUESDAY, SATURDAY),
                        fitness(Optional.empty(), null, null, null, 0, null, 0, false))),
                km("beginner-nothing-told-5k-6-weeks", req(Goal.FINISH, RaceDistance.FIVE_K, null, 6,
                        days(TUESDAY, THURSDAY, SATURDAY, SUNDAY), FitnessInput.none())),
                km("beginner-couch-to-half-6-weeks-refused", req(Goal.FINISH, RaceDistance.HALF, null, 6,
                        days(TUESDAY, THURSDAY, SATURDAY), fitness(Optional.empty(), null, null, null, 0, null, 0, false))),
                km("beginner-20-min-10k-10-weeks", req(Goal.FINISH, RaceDistance.TEN_K, null, 10, days(TUESDAY, THURSDAY, SUNDAY),
                        fitness(Optional.empty(), null, null, null, 20, null, 0, false))),
                km("beginner-45-min-5k-effort-only", req(Goal.FINISH, RaceDistance.FIVE_K, null, 8, days(TUESDAY, THURSDAY, SUNDAY),
                        fitness(race(RaceDistance.FIVE_K, 45, 0), 10.0, 3, null, null, null, 0, false))),
                km("walker-45-min-5k-time-3-days", req(Goal.TIME, RaceDistance.FIVE_K, null, 8, days(TUESDAY, THURSDAY, SUNDAY),
                        fitness(race(RaceDistance.FIVE_K, 45, 0), 10.0, 3, null, null, null, 0, false))),
                km("walker-40-min-5k-can-run-30-min", req(Goal.FINISH, RaceDistance.FIVE_K, null, 8, days(TUESDAY, THURSDAY, SUNDAY),
                        fitness(race(RaceDistance.FIVE_K, 40, 0), 10.0, 3, null, 30, null, 0, false))),
                // Coach review 3 (walkers): a walking-pace race alone, or with the minutes they can run, is run/walk;
                // a walker's ratio is held in cutbacks and the taper.
                km("walker-45-min-5k-race-only", req(Goal.TIME, RaceDistance.FIVE_K, null, 8, days(TUESDAY, THURSDAY, SATURDAY),
                        fitness(race(RaceDistance.FIVE_K, 45, 0), null, null, null, null, null, 0, false))),
                km("walker-50-min-5k-can-run-10-min", req(Goal.TIME, RaceDistance.FIVE_K, null, 8, days(TUESDAY, THURSDAY, SATURDAY),
                        fitness(race(RaceDistance.FIVE_K, 50, 0), null, null, null, 10, null, 0, false))),
                km("walker-40-min-5k-10k-12-weeks-cutbacks", req(Goal.TIME, RaceDistance.TEN_K, null, 12, days(TUESDAY, THURSDAY, SUNDAY),
                        fitness(race(RaceDistance.FIVE_K, 40, 0), 12.0, 3, 5.0, null, null, 0, false))),
                km("beginner-first-half-20-km-12-weeks", req(Goal.FINISH, RaceDistance.HALF, null, 12, days(TUESDAY, THURSDAY, SUNDAY),
                        fitness(Optional.empty(), 20.0, 3, 6.0, 60, null, 0, false))),
                km("beginner-run-walk-by-choice-half", req(Goal.FINISH, RaceDistance.HALF, null, 12, days(TUESDAY, THURSDAY, SATURDAY),
                        fitness(race(RaceDistance.FIVE_K, 36, 0), 18.0, 3, 8.0, null, new RunWalk(60, 30), 0, false))),
                // Returners
                // Coach review D3: a half needs about 14 km or two hours on the feet first; 120 days off from 40 km a
                // week and 18 km long runs regains a 16 km long run in 12 weeks (it reached 10 km and was refused before
                // the returner's cliff: history counts, LongRunRule.kept, GrowthRule.returnerCap); 30 days off races
                // with walk breaks and rehearses no all-out race pace.
                km("returner-120-days-half-12-weeks-regains-long-run", req(Goal.TIME, RaceDistance.HALF, null, 12,
                        days(TUESDAY, THURSDAY, SATURDAY, SUNDAY), fitness(race(RaceDistance.HALF, 115, 0), 40.0, 4, 18.0, null, null, 120, false))),
                km("returner-30-days-half-walk-breaks-no-race-pace", req(Goal.TIME, RaceDistance.HALF, null, 12,
                        days(TUESDAY, THURSDAY, SATURDAY, SUNDAY), fitness(race(RaceDistance.HALF, 115, 0), 45.0, 4, 18.0, null, null, 30, false))),
                km("improver-15-km-half-6-weeks-refused", req(Goal.FINISH, RaceDistance.HALF, null, 6,
                        days(TUESDAY, THURSDAY, SATURDAY, SUNDAY), fitness(Optional.empty(), 15.0, 3, 6.0, null, null, 0, false))),
                km("returner-120-days-off-40-km-10k", req(Goal.FINISH, RaceDistance.TEN_K, null, 10,
                        days(TUESDAY, THURSDAY, SATURDAY, SUNDAY), fitness(race(RaceDistance.TEN_K, 48, 0), 40.0, 4, 15.0, null, null, 120, false))),
                km("returner-42-days-cross-trained-10k", req(Goal.FINISH, RaceDistance.TEN_K, null, 10,
                        days(TUESDAY, THURSDAY, SATURDAY, SUNDAY), fitness(race(RaceDistance.TEN_K, 50, 0), 35.0, 4, 14.0, null, null, 42, true))),
                km("returner-150-days-10k-6-weeks-races-through", req(Goal.TIME, RaceDistance.TEN_K, null, 6,
                        days(TUESDAY, THURSDAY, SATURDAY, SUNDAY), fitness(race(RaceDistance.TEN_K, 45, 0), 30.0, 4, null, null, null, 150, false))),
                km("returner-120-days-10k-6-weeks-taper-walks", req(Goal.FINISH, RaceDistance.TEN_K, null, 6,
                        days(TUESDAY, THURSDAY, SATURDAY, SUNDAY), fitness(Optional.empty(), 40.0, null, null, null, null, 120, false))),
                km("returner-can-run-20-min-5k", req(Goal.FINISH, RaceDistance.FIVE_K, null, 8, days(MONDAY, WEDNESDAY, FRIDAY, SUNDAY),
                        fitness(Optional.empty(), 30.0, 4, 10.0, 20, null, 60, false))),
                // Improvers
                km("improver-25-min-5k-8-weeks", req(Goal.TIME, RaceDistance.FIVE_K, null, 8, days(TUESDAY, THURSDAY, SATURDAY, SUNDAY),
                        fitness(race(RaceDistance.FIVE_K, 25, 0), 25.0, 4, 9.0, null, null, 0, false))),
                km("improver-52-min-10k-target-50", req(Goal.TIME, RaceDistance.TEN_K, Duration.ofMinutes(50), 10,
                        days(MONDAY, WEDNESDAY, FRIDAY, SUNDAY), fitness(race(RaceDistance.TEN_K, 52, 0), 30.0, 4, 12.0, null, null, 0, false))),
                km("improver-40-km-10k-time-12-weeks", req(Goal.TIME, RaceDistance.TEN_K, null, 12,
                        days(TUESDAY, WEDNESDAY, THURSDAY, SATURDAY, SUNDAY), fitness(race(RaceDistance.TEN_K, 46, 0), 40.0, 5, 14.0, null, null, 0, false))),
                km("improver-stretch-target-22-from-27-30", req(Goal.TIME, RaceDistance.FIVE_K, Duration.ofMinutes(22), 8,
                        days(TUESDAY, THURSDAY, SATURDAY), fitness(race(RaceDistance.FIVE_K, 27, 30), 20.0, 3, 7.0, null, null, 0, false))),
                km("improver-13-km-long-run-half-4-days", req(Goal.FINISH, RaceDistance.HALF, null, 10,
                        days(TUESDAY, THURSDAY, SATURDAY, SUNDAY), fitness(race(RaceDistance.TEN_K, 58, 0), 28.0, 4, 13.0, null, null, 0, false))),
                // Experienced
                km("experienced-55-km-half-22-km-long", req(Goal.TIME, RaceDistance.HALF, null, 12,
                        days(MONDAY, TUESDAY, THURSDAY, SATURDAY, SUNDAY), fitness(race(RaceDistance.HALF, 95, 0), 55.0, 5, 22.0, null, null, 0, false))),
                km("experienced-50-km-finish-10k", req(Goal.FINISH, RaceDistance.TEN_K, null, 8,
                        days(MONDAY, TUESDAY, THURSDAY, SATURDAY, SUNDAY), fitness(race(RaceDistance.TEN_K, 44, 0), 50.0, 5, 18.0, null, null, 0, false))),
                // Miles
                new Case("miles-25-mi-half-time", DistanceUnit.MI, req(Goal.TIME, RaceDistance.HALF, null, 12,
                        days(TUESDAY, THURSDAY, SATURDAY, SUNDAY), fitness(race(RaceDistance.TEN_K, 55, 0), 25 * MI, 4, 8 * MI, null, null, 0, false))),
                new Case("miles-12-mi-5k-returner", DistanceUnit.MI, req(Goal.FINISH, RaceDistance.FIVE_K, null, 8,
                        days(MONDAY, WEDNESDAY, SATURDAY), fitness(Optional.empty(), 12 * MI, 3, 4 * MI, 30, null, 35, false))),
                // Odd days
                km("odd-days-friday-sunday-10k", req(Goal.FINISH, RaceDistance.TEN_K, null, 10, days(FRIDAY, SUNDAY),
                        fitness(race(RaceDistance.FIVE_K, 28, 0), 18.0, 2, 8.0, null, null, 0, false))),
                km("odd-days-mon-tue-wed-5k", req(Goal.TIME, RaceDistance.FIVE_K, null, 8, days(MONDAY, TUESDAY, WEDNESDAY),
                        fitness(race(RaceDistance.FIVE_K, 23, 0), 25.0, 3, 8.0, null, null, 0, false))),
                km("odd-days-every-day-consistency", req(Goal.CONSISTENCY, null, null, 8,
                        Set.copyOf(List.of(DayOfWeek.values())), fitness(Optional.empty(), 15.0, 3, 6.0, null, null, 0, false))),
                // Edges: 6 and 12 weeks
                km("edge-6-weeks-5k-30-km", req(Goal.TIME, RaceDistance.FIVE_K, null, 6, days(TUESDAY, THURSDAY, SATURDAY, SUNDAY),
                        fitness(race(RaceDistance.FIVE_K, 22, 0), 30.0, 4, 10.0, null, null, 0, false))),
                km("edge-6-weeks-half-experienced", req(Goal.FINISH, RaceDistance.HALF, null, 6,
                        days(TUESDAY, THURSDAY, SATURDAY, SUNDAY), fitness(race(RaceDistance.HALF, 110, 0), 35.0, 4, 15.0, null, null, 0, false))),
                km("edge-12-weeks-half-target", req(Goal.TIME, RaceDistance.HALF, Duration.ofMinutes(115), 12,
                        days(MONDAY, TUESDAY, THURSDAY, SATURDAY, SUNDAY), fitness(race(RaceDistance.TEN_K, 52, 0), 30.0, 4, 12.0, null, null, 0, false))),
                // Re-planning from the middle, as adapting calls the engine
                km("replan-three-weeks-to-a-10k", new PlanRequest(Goal.FINISH, Optional.of(RaceDistance.TEN_K), Optional.empty(),
                        Optional.of(LocalDate.of(2027, 3, 1)), Optional.of(LocalDate.of(2027, 3, 21)), Optional.empty(),
                        days(TUESDAY, THURSDAY, SUNDAY), Optional.empty(), fitness(race(RaceDistance.TEN_K, 55, 0), 25.0, 3, 9.0, null, null, 9, false),
                        true)));
    }

    /** The text for one case: the plan, or the refusal. */
    static String text(final Case c) {
        try {
            return PlanPrinter.print(new PlanGenerator(Golden.CLOCK, c.unit()).generate(c.request()), c.unit());
        } catch (PlanInputException e) {
            return PlanPrinter.refusal(e, c.unit());
        }
    }
}
