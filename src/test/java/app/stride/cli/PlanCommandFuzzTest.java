package app.stride.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any mix of options, sensible or not: a plan on stdout (exit 0) or one line on stderr (exit 2), never a crash. */
class PlanCommandFuzzTest {

    @Provide
    Arbitrary<List<String>> argv() {
        final Arbitrary<List<String>> option = Arbitraries.oneOf(
                Arbitraries.of("5k", "10k", "half", "3k", "", "marathon").map(v -> List.of("--distance", v)),
                Arbitraries.of("time", "finish", "consistency", "fast").map(v -> List.of("--goal", v)),
                Arbitraries.of("25:00", "1:55:00", "99:99", "0:00", "5:00", "abc", "3:59:59").map(v -> List.of("--target-time", v)),
                Arbitraries.integers().between(-3, 60).map(d -> List.of("--start-date", java.time.LocalDate.of(2027, 1, 1).plusDays(d).toString())),
                Arbitraries.integers().between(-10, 120).map(d -> List.of("--race-date", java.time.LocalDate.of(2027, 1, 1).plusDays(d).toString())),
                Arbitraries.of("+999999999-12-31", "2027-02-30", "x").map(v -> List.of("--race-date", v)),
                Arbitraries.integers().between(-1, 14).map(w -> List.of("--weeks", Integer.toString(w))),
                Arbitraries.of("mon,wed,fri", "tue,thu,sat,sun", "sat", "", "xyz", "mon,tue,wed,thu,fri,sat,sun").map(v -> List.of("--days", v)),
                Arbitraries.of("sat", "sun", "mon", "funday").map(v -> List.of("--long-run-day", v)),
                Arbitraries.of("5k=27:30", "1mi=7:00", "half=2:10:00", "marathon=1:00:00", "10k", "5k=").map(v -> List.of("--recent-race", v)),
                Arbitraries.of("0", "5", "30", "-5", "1e400", "NaN", "300").map(v -> List.of("--weekly-km", v)),
                Arbitraries.of("0", "3", "7", "-1", "x").map(v -> List.of("--runs-per-week", v)),
                Arbitraries.of("0", "6", "25", "-1").map(v -> List.of("--longest-run-km", v)),
                Arbitraries.of("0", "10", "30", "90", "-2").map(v -> List.of("--continuous-min", v)),
                Arbitraries.of("60/60", "60/30", "0/30", "60").map(v -> List.of("--run-walk", v)),
                Arbitraries.of("0", "14", "42", "200", "-3").map(v -> List.of("--days-off", v)),
                Arbitraries.of(List.of("--cross-trained"), List.of("--units", "mi"), List.of("--units", "km"), List.of("--json")));
        return option.list().ofMaxSize(8).map(opts -> {
            final List<String> a = new ArrayList<>();
            a.add("plan");
            opts.forEach(a::addAll);
            return a;
        });
    }

    @Property(tries = 200)
    void eitherAPlanOrOneLineNamingTheOption(@ForAll("argv") final List<String> args) {
        final PlanCommandTest.Result r = PlanCommandTest.run(args.toArray(String[]::new));
        assertThat(r.code()).as("%s -> %s", args, r.err()).isIn(0, 2);
        if (r.code() == 0) {
            assertThat(r.out()).isNotBlank();
        } else {
            assertThat(r.out()).isEmpty();
            assertThat(r.err().strip()).doesNotContain("\n").startsWith("stride: ").doesNotContain("Exception");
        }
    }
}
