package app.stride.store;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The long crash run: {@code CrashBenchmark [rounds] [seed]} (default 100 rounds), documented in README "How we measure".
 * Run: {@code bench/crash.sh [rounds]}.
 */
public final class CrashBenchmark {

    private CrashBenchmark() {
    }

    public static void main(final String[] args) throws Exception {
        final int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        final long seed = args.length > 1 ? Long.parseLong(args[1]) : System.nanoTime();
        final Path dir = Files.createTempDirectory("stride-crash");
        final CrashHarness harness = new CrashHarness(dir, seed, 200_000);
        harness.prepare();
        final long t0 = System.nanoTime();
        final CrashHarness.Outcome o = harness.run(rounds, 1500);
        System.out.printf("rounds=%d seed=%d acknowledged=%d lost=%d integrity=%s seconds=%.1f%n", o.rounds(), seed,
                o.acknowledged(), o.lost().size(), o.integrity().isEmpty() ? "ok" : o.integrity(), (System.nanoTime() - t0) / 1e9);
        System.exit(o.lost().isEmpty() && o.integrity().isEmpty() ? 0 : 1);
    }
}
