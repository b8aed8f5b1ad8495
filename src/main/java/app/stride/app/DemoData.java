package app.stride.app;

import app.stride.common.InvalidInputException;
import app.stride.plan.FitnessInput;
import app.stride.plan.Goal;
import app.stride.plan.Plan;
import app.stride.plan.PlanGenerator;
import app.stride.plan.PlanRequest;
import app.stride.plan.RaceDistance;
import app.stride.plan.RaceResult;
import app.stride.store.DataFolder;
import app.stride.store.Database;
import app.stride.store.DemoLog;
import app.stride.store.SqlitePlanRepository;
import java.nio.file.Files;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Random;

/**
 * A realistic data folder for benchmarks and screenshots: {@code years} of back-to-back plans made by the real plan
 * generator (the last one running now), about 220 runs a year (the plan's sessions and an extra easy run now and then) with notes, shoes, outfit answers. Deterministic from
 * the seed and the end date.
 */
public final class DemoData {

    private DemoData() {
    }

    /** What was written. */
    public record Summary(int plans, int runs, int shoes, int answers) {
    }

    /** Writes into {@code folder}, which must not hold a database yet (demo data never goes over real data). */
    public static Summary write(final DataFolder folder, final int years, final long seed, final LocalDate end) {
        if (years < 1 || years > 30) {
            throw InvalidInputException.coded("--years", "cli.demo.years", years);
        }
        if (Files.exists(folder.databaseFile())) {
            throw InvalidInputException.coded("--out", "cli.demo.notEmpty", folder.path());
        }
        final Database db = Database.open(folder);
        final Random r = new Random(seed);
        final LocalDate start = end.minusYears(years).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        LocalDate cursor = start;
        LocalDate planEnd = start;
        int plans = 0;
        while (cursor.isBefore(end)) {
            final int weeks = 8 + r.nextInt(5);
            if (plan(db, r, cursor, weeks)) {
                plans++;
                planEnd = cursor.plusWeeks(weeks);
                cursor = cursor.plusWeeks(weeks + 1);
            } else {
                cursor = cursor.plusWeeks(1); // a request the rules refuse: try the next week
            }
        }
        // The last plan runs through the end date, so the demo opens on a plan with sessions to come: with the end in
        // the week off between two plans, Today said "Plan complete" and the demo never showed a session.
        for (LocalDate from = planEnd; !planEnd.isAfter(end) && !from.isAfter(end); from = from.plusWeeks(1)) {
            if (plan(db, r, from, 8)) {
                plans++;
                planEnd = from.plusWeeks(8);
            }
        }
        final DemoLog.Summary log = DemoLog.fill(db, seed, start, end, 220);
        return new Summary(plans, log.runs(), log.shoes(), log.answers());
    }

    /** Saves a plan of {@code weeks} from {@code cursor} as the current one; false when the rules refuse the request. */
    private static boolean plan(final Database db, final Random r, final LocalDate cursor, final int weeks) {
        final Clock clock = Clock.fixed(cursor.minusDays(1).atTime(7, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        final RaceDistance[] distances = {RaceDistance.FIVE_K, RaceDistance.TEN_K, RaceDistance.HALF};
        final RaceDistance d = distances[r.nextInt(distances.length)];
        final int fiveKSeconds = 1500 + r.nextInt(600);
        final Goal goal = r.nextInt(4) == 0 ? Goal.FINISH : Goal.TIME;
        // A target time belongs to a time goal only (the engine refuses it with a finish goal).
        final Optional<Duration> target = goal == Goal.TIME
                ? Optional.of(Duration.ofSeconds((long) (fiveKSeconds * Math.pow(d.metres() / 5000, 1.06) * 0.97)))
                : Optional.empty();
        final PlanRequest request = new PlanRequest(goal, Optional.of(d), target,
                Optional.of(cursor), Optional.empty(), Optional.of(weeks),
                EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), Optional.of(DayOfWeek.SUNDAY),
                new FitnessInput(Optional.of(new RaceResult(RaceDistance.FIVE_K, Duration.ofSeconds(fiveKSeconds))),
                        Optional.of(20_000.0 + r.nextInt(15_000)), Optional.of(4), Optional.of(10_000.0), Optional.empty(),
                        Optional.empty(), 0, false));
        try {
            final Plan plan = new PlanGenerator(clock).generate(request);
            new SqlitePlanRepository(db, clock).saveAsCurrent(plan);
            return true;
        } catch (InvalidInputException | app.stride.plan.PlanInputException refused) {
            return false;
        }
    }
}
