package app.stride.plan;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generated runners and requests for the property tests: every kind of goal, calendar and fitness. */
final class Runners {

    private Runners() {
    }

    static Arbitrary<FitnessInput> fitness() {
        final Arbitrary<Optional<RaceResult>> race = Combinators.combine(
                Arbitraries.of(RaceDistance.values()), Arbitraries.doubles().between(30, 62))
                .as((d, v) -> new RaceResult(d, new Vdot(v).raceTime(d.metres()).withNanos(0)))
                .optional(0.6);
        final Arbitrary<Optional<Double>> weekly = Arbitraries.doubles().between(0, 90_000).optional(0.6);
        final Arbitrary<Optional<Integer>> runs = Arbitraries.integers().between(1, 7).optional(0.5);
        final Arbitrary<Optional<Double>> longest = Arbitraries.doubles().between(0, 25_000).optional(0.4);
        final Arbitrary<Optional<Integer>> continuous = Arbitraries.integers().between(0, 120).optional(0.4);
        final Arbitrary<Optional<RunWalk>> runWalk = Combinators.combine(Arbitraries.integers().between(15, 360),
                Arbitraries.integers().between(15, 120)).as(RunWalk::new).optional(0.15);
        final Arbitrary<Integer> daysOff = Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(0, 150));
        return Combinators.combine(race, weekly, runs, longest, continuous, runWalk, daysOff, Arbitraries.of(true, false))
                .as(FitnessInput::new);
    }

    static Arbitrary<Set<DayOfWeek>> days() {
        return Arbitraries.of(DayOfWeek.values()).set().ofMinSize(2).ofMaxSize(7)
                .map(s -> s.isEmpty() ? EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.SATURDAY) : EnumSet.copyOf(s));
    }

    static Arbitrary<PlanRequest> requests() {
        final Arbitrary<Goal> goal = Arbitraries.of(Goal.values());
        final Arbitrary<RaceDistance> dist = Arbitraries.of(RaceDistance.FIVE_K, RaceDistance.TEN_K, RaceDistance.HALF);
        final Arbitrary<LocalDate> start = Arbitraries.integers().between(0, 365).map(i -> LocalDate.of(2027, 1, 1).plusDays(i));
        final Arbitrary<Integer> weeks = Arbitraries.integers().between(6, 12);
        final Arbitrary<Integer> extraDays = Arbitraries.integers().between(0, 6);
        final Arbitrary<Double> targetFactor = Arbitraries.doubles().between(0.85, 1.15).optional(0.5).map(o -> o.orElse(0.0));
        final Arbitrary<Boolean> useLongDay = Arbitraries.of(true, false);
        final Arbitrary<Boolean> byRaceDate = Arbitraries.of(true, false);
        return Combinators.combine(goal, dist, start, weeks, days(), fitness(), targetFactor, useLongDay)
                .flatAs((g, d, s, w, ds, f, tf, ld) -> Combinators.combine(extraDays, byRaceDate).as((extra, br) -> {
                    final boolean race = g != Goal.CONSISTENCY;
                    Optional<Duration> target = Optional.empty();
                    if (g == Goal.TIME && tf > 0) {
                        final double v = f.recentRace().map(r -> Vdot.fromRace(r.distance().metres(), r.time()).value()).orElse(40.0);
                        target = Optional.of(new Vdot(v).raceTime(d.metres()).multipliedBy((long) (tf * 1000)).dividedBy(1000).withNanos(0));
                    }
                    final List<DayOfWeek> list = List.copyOf(ds);
                    final Optional<DayOfWeek> longDay = ld ? Optional.of(list.get(extra % list.size())) : Optional.empty();
                    // The race falls anywhere in the last week, sometimes on a day the runner doesn't train.
                    final LocalDate raceDate = s.plusDays(7L * (w - 1) + extra);
                    if (!race) {
                        return new PlanRequest(g, Optional.empty(), Optional.empty(), Optional.of(s), Optional.empty(),
                                Optional.of(w), ds, longDay, f);
                    }
                    return br
                            ? new PlanRequest(g, Optional.of(d), target, Optional.of(s), Optional.of(raceDate), Optional.empty(), ds, longDay, f)
                            : new PlanRequest(g, Optional.of(d), target, Optional.empty(), Optional.of(raceDate), Optional.of(w), ds, longDay, f);
                }));
    }
}
