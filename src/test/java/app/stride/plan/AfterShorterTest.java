package app.stride.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * Feasibility.afterShorter (engineer review #4): the earliest safe date for a refused half after the shorter race's
 * plan, searching up to {@link Feasibility#MORE_BUILDS} more 12-week builds; empty when none is safe.
 */
class AfterShorterTest {

    private static final LocalDate START = LocalDate.of(2027, 1, 4);
    private static final EnumSet<DayOfWeek> DAYS = EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SATURDAY);
    /** Someone who can run 5 minutes non-stop. */
    private static final FitnessInput COUCH = new FitnessInput(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.of(5), Optional.empty(), 0, false);

    private static final BiFunction<PlanRequest, PlanDates, PlanGenerator.Generation> REAL =
            (r, d) -> PlanGenerator.build(r, d, Fitness.assess(r.fitness()), new ArrayList<>(), false, true);

    private static PlanRequest half(final FitnessInput f) {
        return new PlanRequest(Goal.FINISH, Optional.of(RaceDistance.HALF), Optional.empty(), Optional.of(START),
                Optional.of(START.plusWeeks(11).plusDays(6)), Optional.empty(), DAYS, Optional.empty(), f);
    }

    private static WeekPlanner.Draft fiveK(final PlanRequest half, final PlanDates dates) {
        final PlanRequest r = new PlanRequest(Goal.FINISH, Optional.of(RaceDistance.FIVE_K), Optional.empty(),
                half.startDate(), half.raceDate(), Optional.empty(), DAYS, Optional.empty(), half.fitness());
        return REAL.apply(r, dates).draft();
    }

    @Test
    void theDateFoundIsSafeAndComesAfterTheShorterRace() {
        final PlanRequest req = half(COUCH);
        final PlanDates dates = new PlanDates(START, 12, req.raceDate());
        final Map<LocalDate, PlanGenerator.Generation> built = new HashMap<>();
        final BiFunction<PlanRequest, PlanDates, PlanGenerator.Generation> recording = (r, d) -> {
            final PlanGenerator.Generation g = REAL.apply(r, d);
            built.put(d.race().orElseThrow(), g);
            return g;
        };

        final Optional<LocalDate> date = Feasibility.afterShorter(req, dates, fiveK(req, dates), 6, recording);

        assertThat(date).isPresent();
        // From five minutes non-stop, the date comes from exactly one full 12-week build after the 5K: pinned, so any
        // drift is seen. The minimum dose's weeks may be fuller up to what growth allows (MinimumDose.keepsTheWeek), so
        // the date is a week earlier than without it (13 weeks after the 5K before the dose).
        assertThat(date.get()).isEqualTo(req.raceDate().orElseThrow().plusWeeks(PlanDates.MAX_WEEKS));
        assertThat(date.get().getDayOfWeek()).isEqualTo(req.raceDate().orElseThrow().getDayOfWeek());
        // The plan that gave the date is safe for the half, and no earlier one searched was.
        assertThat(Feasibility.safe(built.get(date.get()), RaceDistance.HALF)).isTrue();
        built.forEach((race, gen) -> {
            if (race.isBefore(date.get())) {
                assertThat(Feasibility.safe(gen, RaceDistance.HALF)).as("earlier date %s", race).isFalse();
            }
        });
    }

    @Test
    void noDateWhenNoBuildIsSafe() {
        final PlanRequest req = half(COUCH);
        final PlanDates dates = new PlanDates(START, 12, req.raceDate());
        // Every build planned for a runner back at five minutes, whatever the build before made: none is ever safe.
        final int[] calls = {0};
        final BiFunction<PlanRequest, PlanDates, PlanGenerator.Generation> neverBuilds = (r, d) -> {
            calls[0]++;
            return REAL.apply(new PlanRequest(r.goal(), r.distance(), r.targetTime(), r.startDate(), r.raceDate(),
                    r.weeks(), r.days(), r.longRunDay(), COUCH), d);
        };

        assertThat(Feasibility.afterShorter(req, dates, fiveK(req, dates), 6, neverBuilds)).isEmpty();
        // Every plan length of the first build and of each more build was tried.
        assertThat(calls[0]).isEqualTo((Feasibility.MORE_BUILDS + 1) * (PlanDates.MAX_WEEKS - PlanDates.MIN_WEEKS + 1));
    }
}
