package app.stride.export;

import app.stride.app.StrideServices;
import app.stride.plan.FitnessInput;
import app.stride.plan.Goal;
import app.stride.plan.PlanGenerator;
import app.stride.plan.PlanRequest;
import app.stride.plan.RaceDistance;
import app.stride.plan.RaceResult;
import app.stride.store.DataFolder;
import app.stride.store.SqlitePlanRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Optional;

/** A data folder with an 8-week 5K plan from Monday 13 July 2026 (Mon/Wed/Sat), opened on Monday 20 July. */
final class ExportFixtures {

    static final LocalDate TODAY = LocalDate.of(2026, 7, 20);

    private ExportFixtures() {
    }

    static Clock clockOn(final LocalDate d) {
        return Clock.fixed(d.atTime(5, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    static StrideServices withPlan(final Path dir) {
        final StrideServices services = StrideServices.open(new DataFolder(dir), clockOn(TODAY));
        final Clock made = clockOn(LocalDate.of(2026, 7, 13));
        new SqlitePlanRepository(services.database(), made).saveAsCurrent(new PlanGenerator(made).generate(
                new PlanRequest(Goal.TIME, Optional.of(RaceDistance.FIVE_K), Optional.empty(),
                        Optional.of(LocalDate.of(2026, 7, 13)), Optional.of(LocalDate.of(2026, 9, 5)), Optional.empty(),
                        EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.SATURDAY),
                        Optional.empty(), new FitnessInput(Optional.of(new RaceResult(RaceDistance.FIVE_K, Duration.ofMinutes(27))),
                        Optional.of(15_000.0), Optional.of(3), Optional.empty(), Optional.empty(), Optional.empty(), 0, false))));
        services.database().inTransaction(c -> c.createStatement().execute("INSERT INTO runner_profile (id, why, usual_run_time, updated_at) "
                + "VALUES (1, 'To run the Parkrun with my daughter; and to sleep better', '18:30', '2026-07-13T05:00:00Z') "
                + "ON CONFLICT (id) DO UPDATE SET why = excluded.why, usual_run_time = excluded.usual_run_time"));
        return services;
    }
}
