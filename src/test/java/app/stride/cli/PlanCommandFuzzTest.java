package app.stride.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Any mix of options, sensible or not: a plan on stdout (exit 0) or one line on stderr (exit 2), never a crash.
 *
 * <p>The {@value #CASES} command lines are generated deterministically: {@code plan} alone, then a grid of one case per
 * grid value of every option (every listed value; for the number ranges the ends and a few inside), each joined by 0 to
 * 7 other options cycled through, then a fixed-seed random sample: 0 to {@value #MAX_OPTIONS} options, each any option
 * with any of its values (number ranges uniform over the whole range), repeats and contradictions allowed.
 */
class PlanCommandFuzzTest {

    static final int CASES = 300;
    static final int MAX_OPTIONS = 8;
    static final long SEED = 20_270_101L;
    static final LocalDate BASE = LocalDate.of(2027, 1, 1);

    /** One option: every value it is drawn from at random, and the values the grid uses. */
    record Option(List<List<String>> all, List<List<String>> grid) {

        static Option of(final String name, final String... values) {
            final List<List<String>> all = Stream.of(values).map(v -> List.of(name, v)).toList();
            return new Option(all, all);
        }

        static Option range(final String name, final int min, final int max, final java.util.function.IntFunction<String> value,
                            final int... inside) {
            final List<List<String>> all = IntStream.rangeClosed(min, max).mapToObj(i -> List.of(name, value.apply(i))).toList();
            final List<List<String>> grid = IntStream.concat(IntStream.of(min, max), IntStream.of(inside))
                    .mapToObj(i -> List.of(name, value.apply(i))).toList();
            return new Option(all, grid);
        }

        @SafeVarargs
        static Option flags(final List<String>... flags) {
            return new Option(List.of(flags), List.of(flags));
        }
    }

    static final List<Option> OPTIONS = List.of(
            Option.of("--distance", "5k", "10k", "half", "3k", "", "marathon"),
            Option.of("--goal", "time", "finish", "consistency", "fast"),
            Option.of("--target-time", "25:00", "1:55:00", "99:99", "0:00", "5:00", "abc", "3:59:59"),
            Option.range("--start-date", -3, 60, d -> BASE.plusDays(d).toString(), -1, 0, 4, 31),
            Option.range("--race-date", -10, 120, d -> BASE.plusDays(d).toString(), 0, 5, 45, 66, 90),
            Option.of("--race-date", "+999999999-12-31", "2027-02-30", "x"),
            Option.range("--weeks", -1, 14, Integer::toString, 0, 5, 6, 8, 12, 13),
            Option.of("--days", "mon,wed,fri", "tue,thu,sat,sun", "sat", "", "xyz", "mon,tue,wed,thu,fri,sat,sun"),
            Option.of("--long-run-day", "sat", "sun", "mon", "funday"),
            Option.of("--recent-race", "5k=27:30", "1mi=7:00", "half=2:10:00", "marathon=1:00:00", "10k", "5k="),
            Option.of("--weekly-km", "0", "5", "30", "-5", "1e400", "NaN", "300"),
            Option.of("--runs-per-week", "0", "3", "7", "-1", "x"),
            Option.of("--longest-run-km", "0", "6", "25", "-1"),
            Option.of("--continuous-min", "0", "10", "30", "90", "-2"),
            Option.of("--run-walk", "60/60", "60/30", "0/30", "60"),
            Option.of("--days-off", "0", "14", "42", "200", "-3"),
            Option.flags(List.of("--cross-trained"), List.of("--units", "mi"), List.of("--units", "km"), List.of("--json")));

    // ---- case generation ------------------------------------------------------------------------------------

    /** The option lists every run checks: {@code plan} alone, the grid, then the fixed-seed random sample. */
    static List<List<List<String>>> sample() {
        final List<List<String>> values = OPTIONS.stream().flatMap(o -> o.grid().stream()).toList();
        final List<List<List<String>>> out = new ArrayList<>(CASES);
        out.add(List.of());
        for (int k = 0; k < values.size(); k++) {
            final List<List<String>> opts = new ArrayList<>();
            opts.add(values.get(k));
            for (int j = 1; j <= k % MAX_OPTIONS; j++) {
                opts.add(values.get((k * 7 + j * 13) % values.size()));
            }
            out.add(opts);
        }
        final Random rnd = new Random(SEED);
        while (out.size() < CASES) {
            final List<List<String>> opts = new ArrayList<>();
            final int n = rnd.nextInt(MAX_OPTIONS + 1);
            for (int j = 0; j < n; j++) {
                final List<List<String>> all = OPTIONS.get(rnd.nextInt(OPTIONS.size())).all();
                opts.add(all.get(rnd.nextInt(all.size())));
            }
            out.add(opts);
        }
        return out;
    }

    /** Each command line runs once: the property and the plans-and-refusals count share these results. */
    private static final java.util.Map<List<String>, PlanCommandTest.Result> RUNS = new java.util.concurrent.ConcurrentHashMap<>();

    static PlanCommandTest.Result runOnce(final List<String> args) {
        return RUNS.computeIfAbsent(List.copyOf(args), a -> PlanCommandTest.run(a.toArray(String[]::new)));
    }

    static List<String> argv(final List<List<String>> options) {
        final List<String> a = new ArrayList<>();
        a.add("plan");
        options.forEach(a::addAll);
        return a;
    }

    static Stream<Named<List<String>>> commandLines() {
        return sample().stream().map(PlanCommandFuzzTest::argv).map(a -> Named.of(describe(a), a));
    }

    /** The command line as typed, empty arguments quoted: {@code plan --distance "" --weeks 14}. */
    static String describe(final List<String> args) {
        return args.stream().map(s -> s.isEmpty() ? "\"\"" : s).collect(Collectors.joining(" "));
    }

    @Test
    void theSampleIsDeterministicAndCoversEveryOption() {
        final List<List<List<String>>> s = sample();
        assertThat(s).hasSize(CASES).isEqualTo(sample());
        assertThat(s).extracting(List::size).containsOnly(IntStream.rangeClosed(0, MAX_OPTIONS).boxed().toArray(Integer[]::new));
        final List<List<String>> used = s.stream().flatMap(List::stream).toList();
        for (Option o : OPTIONS) {
            assertThat(used).containsAll(o.grid());
            assertThat(o.all()).containsAll(o.grid());
        }
        // The random part also draws the values inside the number ranges that the grid doesn't list.
        for (Option o : OPTIONS) {
            if (o.all().size() > o.grid().size()) {
                assertThat(used).anyMatch(v -> o.all().contains(v) && !o.grid().contains(v));
            }
        }
    }

    /** Both sides of the property are exercised: many command lines get a plan, the others a refusal. */
    @Test
    void theSampleGetsPlansAsWellAsRefusals() {
        final long plans = sample().stream().map(PlanCommandFuzzTest::argv)
                .filter(a -> runOnce(a).code() == 0).count();
        assertThat(plans).as("plans printed").isBetween((long) CASES / 10, CASES - 1L);
    }

    // ---- the property ---------------------------------------------------------------------------------------

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("commandLines")
    void eitherAPlanOrOneLineNamingTheOption(final List<String> args) {
        try {
            final PlanCommandTest.Result r = runOnce(args);
            assertThat(r.code()).as("%s -> %s", args, r.err()).isIn(0, 2);
            if (r.code() == 0) {
                assertThat(r.out()).isNotBlank();
            } else {
                assertThat(r.out()).isEmpty();
                assertThat(r.err().strip()).doesNotContain("\n").startsWith("stride: ").doesNotContain("Exception");
            }
        } catch (AssertionError e) {
            throw new AssertionError(describe(args) + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new AssertionError(describe(args) + ": " + e, e);
        }
    }
}
