package app.stride.plan;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;

/**
 * Time to generate a 12-week half-marathon plan (a runner with a race result, a target and five days: the most
 * work the generator does). Run from the project folder after {@code mvn -q test-compile}:
 * {@code java -cp "target/classes:target/test-classes:target/lib/*" app.stride.plan.PlanBenchmark}
 * (run {@code mvn -q package -DskipTests} once first so target/lib holds the dependencies).
 */
public final class PlanBenchmark {

    private PlanBenchmark() {
    }

    public static void main(final String[] args) {
        final PlanGenerator gen = new PlanGenerator(Clock.fixed(Instant.parse("2027-01-06T10:00:00Z"), ZoneOffset.UTC));
        final PlanRequest req = new PlanRequest(Goal.TIME, Optional.of(RaceDistance.HALF), Optional.of(Duration.ofMinutes(115)),
                Optional.of(LocalDate.of(2027, 1, 11)), Optional.empty(), Optional.of(12),
                EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
                Optional.empty(), new FitnessInput(Optional.of(new RaceResult(RaceDistance.TEN_K, Duration.ofMinutes(52))),
                        Optional.of(30_000.0), Optional.of(4), Optional.of(12_000.0), Optional.empty(), Optional.empty(), 0, false));
        int sink = 0;
        for (int i = 0; i < 3000; i++) {
            sink += gen.generate(req).weeks().size();
        }
        final int rounds = 30;
        final int perRound = 200;
        final double[] micros = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            final long t0 = System.nanoTime();
            for (int i = 0; i < perRound; i++) {
                sink += gen.generate(req).weeks().size();
            }
            micros[r] = (System.nanoTime() - t0) / 1000.0 / perRound;
        }
        Arrays.sort(micros);
        System.out.printf(Locale.ROOT, "12-week plan: median %.0f µs (min %.0f, max %.0f) over %d rounds of %d [%d]%n",
                micros[rounds / 2], micros[0], micros[rounds - 1], rounds, perRound, sink % 10);
    }
}
