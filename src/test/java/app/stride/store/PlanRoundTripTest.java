package app.stride.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.plan.FitnessInput;
import app.stride.plan.Goal;
import app.stride.plan.Plan;
import app.stride.plan.PlanGenerator;
import app.stride.plan.PlanRequest;
import app.stride.plan.RaceDistance;
import app.stride.plan.RaceResult;
import app.stride.plan.RunWalk;
import app.stride.plan.Runners;
import app.stride.plan.Step;
import java.nio.file.Path;
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
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every plan the engine makes comes back from the store equal, record for record (issue 7, ADR 0008). */
public class PlanRoundTripTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-01-06T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void aMileTimeTrialComesBackAsAMileNotAsOnePointSixKilometres(@TempDir final Path dir) {
        // Effort-only 5K plans hold a mile time trial; the export JSON rounded it to 1.6 km.
        final Plan plan = new PlanGenerator(CLOCK).generate(new PlanRequest(Goal.FINISH, Optional.of(RaceDistance.FIVE_K),
                Optional.empty(), Optional.of(LocalDate.of(2027, 1, 4)), Optional.empty(), Optional.of(8),
                EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), Optional.empty(),
                new FitnessInput(Optional.empty(), Optional.of(15000.0), Optional.of(4), Optional.empty(), Optional.of(45),
                        Optional.empty(), 0, false)));
        final SqlitePlanRepository repo = new SqlitePlanRepository(Database.open(new DataFolder(dir)), CLOCK);
        repo.saveAsCurrent(plan);

        final List<Double> workM = repo.currentVersion().orElseThrow().plan().sessions().stream()
                .filter(s -> s.type() == app.stride.plan.SessionType.TIME_TRIAL)
                .flatMap(s -> s.steps().stream()).filter(st -> st.kind() == Step.Kind.WORK)
                .map(st -> st.distanceM().orElseThrow()).toList();

        assertThat(workM).isNotEmpty().allSatisfy(m -> assertThat(m).isEqualTo(RaceDistance.MILE.metres()));
    }

    @Test
    void everyGeneratedPlanReadsBackEqual(@TempDir final Path dir) {
        final SqlitePlanRepository repo = new SqlitePlanRepository(Database.open(new DataFolder(dir)), CLOCK);
        int saved = 0;
        for (PlanRequest r : requests(120)) {
            final Optional<Plan> made = Runners.made(CLOCK, r);
            if (made.isEmpty()) {
                continue; // the engine refuses some mixes of goal and fitness: nothing to store
            }
            final Plan plan = made.get();
            final long id = repo.saveAsCurrent(plan);
            final var back = repo.version(id).orElseThrow();

            assertThat(back.plan()).as("plan %d from %s", id, r).isEqualTo(plan);
            assertThat(back.exact()).isTrue();
            assertThat(back.previousId()).isEmpty();
            assertThat(back.sessions()).extracting(s -> s.date()).isEqualTo(plan.sessions().stream().map(s -> s.date()).toList());
            saved++;
        }
        assertThat(saved).isGreaterThan(80);
        assertThat(repo.historyCount()).isEqualTo(saved - 1);
    }

    /** A fixed-seed spread of runners: every goal and distance, odd calendars, races, volumes, run/walk, time off. */
    public static List<PlanRequest> requests(final int n) {
        final Random rnd = new Random(7);
        final List<PlanRequest> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            final Goal goal = Goal.values()[i % 3];
            final Optional<RaceDistance> distance = goal == Goal.CONSISTENCY ? Optional.empty()
                    : Optional.of(List.of(RaceDistance.FIVE_K, RaceDistance.TEN_K, RaceDistance.HALF).get(rnd.nextInt(3)));
            final Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            final int count = 2 + rnd.nextInt(6);
            while (days.size() < count) {
                days.add(DayOfWeek.of(1 + rnd.nextInt(7)));
            }
            final Optional<RaceResult> race = rnd.nextInt(10) < 6 ? Optional.of(new RaceResult(
                    List.of(RaceDistance.MILE, RaceDistance.FIVE_K, RaceDistance.TEN_K, RaceDistance.HALF).get(rnd.nextInt(4)),
                    Duration.ofSeconds(0))) : Optional.empty();
            final Optional<RaceResult> recent = race.map(rr -> new RaceResult(rr.distance(),
                    new app.stride.plan.Vdot(30 + rnd.nextInt(3000) / 100.0).raceTime(rr.distance().metres())
                            .withNanos(0)));
            final Optional<Duration> target = goal == Goal.TIME && recent.isPresent() && rnd.nextBoolean()
                    ? Optional.of(Duration.ofSeconds(1200 + rnd.nextInt(6000))) : Optional.empty();
            final FitnessInput f = new FitnessInput(recent,
                    rnd.nextBoolean() ? Optional.of(rnd.nextInt(9_000_000) / 100.0) : Optional.empty(),
                    rnd.nextBoolean() ? Optional.of(1 + rnd.nextInt(7)) : Optional.empty(),
                    rnd.nextInt(10) < 4 ? Optional.of(rnd.nextInt(25_000) * 1.0 + 0.25) : Optional.empty(),
                    rnd.nextInt(10) < 4 ? Optional.of(rnd.nextInt(120)) : Optional.empty(),
                    rnd.nextInt(10) < 2 ? Optional.of(new RunWalk(15 + rnd.nextInt(300), 15 + rnd.nextInt(100))) : Optional.empty(),
                    rnd.nextBoolean() ? 0 : rnd.nextInt(150), rnd.nextBoolean());
            final LocalDate start = LocalDate.of(2027, 1, 1).plusDays(rnd.nextInt(365));
            final int weeks = 6 + rnd.nextInt(7);
            final Optional<DayOfWeek> longDay = rnd.nextBoolean() ? Optional.of(days.iterator().next()) : Optional.empty();
            out.add(new PlanRequest(goal, distance, target.filter(t -> goal == Goal.TIME), Optional.of(start),
                    Optional.empty(), Optional.of(weeks), days, longDay, f));
        }
        return out;
    }
}
