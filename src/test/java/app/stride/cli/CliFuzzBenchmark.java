package app.stride.cli;

import app.stride.store.DataFolder;
import app.stride.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The long fuzz run: {@code CliFuzzBenchmark [cases] [seed]} (default 5,000 cases, a random seed). Prints every case
 * that was not refused in one short line, or that changed the database or made a folder; exit 1 if any.
 */
public final class CliFuzzBenchmark {

    private CliFuzzBenchmark() {
    }

    public static void main(final String[] args) throws Exception {
        final int cases = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        final long seed = args.length > 1 ? Long.parseLong(args[1]) : System.nanoTime();
        final Path dir = Files.createTempDirectory("stride-fuzz");
        final Path existing = dir.resolve("existing");
        Database.open(new DataFolder(existing));
        final String before = CliFuzzTest.digest(existing.resolve("stride.db"));
        final HostileInput input = new HostileInput(seed, LocalDate.now());
        int bad = 0;
        final long t0 = System.nanoTime();
        for (int i = 0; i < cases; i++) {
            final Path folder = i % 2 == 0 ? dir.resolve("never-" + i) : existing;
            final HostileInput.Case c = input.next(folder.toString());
            final HostileInput.Outcome o = HostileInput.run(c);
            final boolean ok = o.code() == Cli.EXIT_BAD_INPUT && o.errLines().size() == 1 && !o.err().contains("Exception")
                    && o.err().length() < 600 && !(i % 2 == 0 && Files.exists(folder));
            if (!ok) {
                bad++;
                System.out.println("NOT REFUSED PROPERLY: " + CliFuzzTest.abbreviate(c.args() + " stdin=" + c.stdin()) + " -> exit "
                        + o.code() + " " + CliFuzzTest.abbreviate(o.err()));
            }
        }
        final boolean unchanged = before.equals(CliFuzzTest.digest(existing.resolve("stride.db")));
        System.out.printf("cases=%d seed=%d wrong=%d databaseUnchanged=%s seconds=%.1f%n", cases, seed, bad, unchanged,
                (System.nanoTime() - t0) / 1e9);
        System.exit(bad == 0 && unchanged ? 0 : 1);
    }
}
