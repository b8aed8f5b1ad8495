package app.stride.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import picocli.CommandLine;

/**
 * Hostile command lines and {@code --batch} lines for every command: each is a valid command with one value replaced
 * by something that must be refused. Shared by {@link CliFuzzTest} (seeded, a few hundred) and {@code CliFuzzBenchmark}.
 */
final class HostileInput {

    /** Values no option of Stride accepts. */
    static final List<String> VALUES = List.of("", " ", "１２", "٣", "10d", "10f", "10L", "0x1p3", "0x10", "NaN", "-NaN", "Infinity",
            "-Infinity", "1e999", "-1e999", "1_000", "1,5", "12abc", "\u0000", "\u202e12", "12\u0000", "--", "-", "'; DROP TABLE plan;--",
            "+999999999-12-31", "-999999999-01-01", "1899-12-31", "2026-02-30", "2026-13-01", "0000-00-00", "☃", "\uD83C\uDFC3",
            "%s%n%x", "${jndi:ldap://x}", "a".repeat(100_000), "9".repeat(5_000));

    /** A command line: the arguments and (for --batch) its stdin. */
    record Case(String name, List<String> args, String stdin) {
    }

    private final Random random;
    private final LocalDate today;

    HostileInput(final long seed, final LocalDate today) {
        this.random = new Random(seed);
        this.today = today;
    }

    private String value() {
        return VALUES.get(random.nextInt(VALUES.size()));
    }

    /** One hostile case for a random command, writing (if it were accepted) into {@code dataDir}. */
    Case next(final String dataDir) {
        final String race = today.plusWeeks(10).toString();
        final String yesterday = today.minusDays(1).toString();
        final String v = value();
        switch (random.nextInt(6)) {
            case 0: {
                final String[] opts = {"--weeks", "--weekly-km", "--weekly-mi", "--runs-per-week", "--longest-run-km", "--continuous-min",
                    "--days-off", "--distance", "--race-date", "--start-date", "--target-time", "--days", "--long-run-day", "--recent-race",
                    "--run-walk", "--units", "--goal"};
                final String opt = opts[random.nextInt(opts.length)];
                final List<String> args = new ArrayList<>(List.of("plan", "--distance", "5k", "--race-date", race, "--weeks", "8",
                        "--recent-race", "5k=27:30", "--save", "--data-dir", dataDir));
                replaceOrAdd(args, opt, "--recent-race".equals(opt) && random.nextBoolean() ? "5k=" + v : v);
                return new Case("plan " + opt, args, "");
            }
            case 1: {
                final String[] opts = {"--temp", "--wind", "--humidity", "--dew-point", "--temp-unit", "--wind-unit", "--precip", "--light",
                    "--sky", "--effort", "--runs", "--date"};
                final String opt = opts[random.nextInt(opts.length)];
                final List<String> args = new ArrayList<>(List.of("outfit", "--temp", "5", "--wear", "--date", today.toString(),
                        "--data-dir", dataDir));
                replaceOrAdd(args, opt, v);
                return new Case("outfit " + opt, args, "");
            }
            case 2: {
                final String[] opts = {"--date", "--dress-for", "--temp-unit", "answer", "--reset"};
                final String opt = opts[random.nextInt(opts.length)];
                final List<String> args = new ArrayList<>(List.of("feedback", "ok", "--date", yesterday, "--dress-for", "5",
                        "--data-dir", dataDir));
                if ("answer".equals(opt)) {
                    args.set(1, v.isEmpty() || v.startsWith("-") ? "x" + v : v);
                } else if ("--reset".equals(opt)) {
                    args.clear();
                    args.addAll(List.of("feedback", "--reset", v.equalsIgnoreCase("all") ? "al" : v, "--data-dir", dataDir));
                } else {
                    replaceOrAdd(args, opt, v);
                }
                return new Case("feedback " + opt, args, "");
            }
            case 3: {
                final String[] keys = {"temp", "wind", "humidity", "dewPoint", "tempUnit", "precip", "effort"};
                final String key = keys[random.nextInt(keys.length)];
                final String[] lines = {
                    "{\"temp\":5}{\"temp\":6}", "{\"temp\":5} trailing", "{\"temp\":5},", "[{\"temp\":5}]", "null", "\"temp\"", "{\"temp\":5,\"bogus\":1}",
                    "{\"temp\":5,\"temp\":6}", "{\"temp\":1e999}", "{\"" + key + "\":" + quote(v) + (key.equals("temp") ? "}" : ",\"temp\":5}"),
                    "{\"temp\":" + quote(v) + "}", "{" + "\"temp\":[".repeat(3000), "{\"temp\":5", ""};
                final StringBuilder in = new StringBuilder();
                final int n = 1 + random.nextInt(3);
                for (int i = 0; i < n; i++) {
                    in.append(lines[random.nextInt(lines.length)]).append('\n');
                }
                return new Case("outfit --batch", List.of("outfit", "--batch", "--data-dir", dataDir), in.toString());
            }
            case 4: {
                final String[] cmds = {"info", "check", "plan", "outfit", "feedback"};
                final String cmd = cmds[random.nextInt(cmds.length)];
                return new Case(cmd + " unknown option", List.of(cmd, "--" + (v.isBlank() ? "x" : v.replace("-", "")), "--data-dir", dataDir), "");
            }
            default: {
                final String[] cmds = {"info", "check"};
                return new Case("extra argument", List.of(cmds[random.nextInt(cmds.length)], "x" + v, "--data-dir", dataDir), "");
            }
        }
    }

    private static String quote(final String v) {
        return "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"").replace("\u0000", "\\u0000") + "\"";
    }

    private static void replaceOrAdd(final List<String> args, final String opt, final String value) {
        final int i = args.indexOf(opt);
        if (i >= 0) {
            args.set(i + 1, value);
        } else {
            args.add(opt);
            args.add(value);
        }
    }

    /** What a run printed. */
    record Outcome(int code, String out, String err) {
        List<String> errLines() {
            return err.lines().filter(l -> !l.isBlank()).toList();
        }
    }

    static Outcome run(final Case c) {
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        final CommandLine cl = Cli.create(d -> { }).setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
        ((OutfitCommand) cl.getSubcommands().get("outfit").getCommand()).setIn(new ByteArrayInputStream(c.stdin().getBytes(StandardCharsets.UTF_8)));
        final int code = cl.execute(c.args().toArray(String[]::new));
        return new Outcome(code, out.toString(), err.toString());
    }
}
