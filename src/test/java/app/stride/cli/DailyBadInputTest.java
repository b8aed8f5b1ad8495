package app.stride.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.store.DataFolder;
import app.stride.store.Database;
import app.stride.store.SqliteShoeRack;
import app.stride.store.Tables;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad input to today, log, progress and why: exit 2, one line on stderr naming the option, nothing stored. */
class DailyBadInputTest {

    @TempDir
    Path dir;

    private Database db;

    @BeforeEach
    void setUp() {
        db = Database.open(new DataFolder(dir));
        DailyCommandsTest.savePlan(db);
        new SqliteShoeRack(db).add("Pegasus", 0, 700_000, DailyCommandsTest.START);
        // One entry to edit and delete around.
        assertThat(CliRun.of("log", "--date", "2027-01-12", "done", "--as-of", "2027-01-14", "--data-dir", dir.toString()).exitCode())
                .isZero();
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                bad("--as-of", "today", "--as-of", "yesterday"),
                bad("--as-of", "progress", "--as-of", "2027-13-01"),
                bad("--as-of", "log", "--list", "--as-of", "1 Jan"),
                bad("--date", "log", "--date", "2027-02-30", "done"),
                bad("--date", "log", "--date", "12/01/2027", "done"),
                bad("--date", "log", "--date", "2027-01-20", "done", "--as-of", "2027-01-14"),
                bad("done, partial or skipped", "log", "--date", "2027-01-13"),
                bad("done, partial or skipped", "log", "--date", "2027-01-13", "finished"),
                bad("skipped", "log", "--date", "2027-01-13", "skipped", "--as-of", "2027-01-14"),
                bad("--distance-km", "log", "done", "--distance-km", "0", "--as-of", "2027-01-14"),
                bad("--distance-km", "log", "done", "--distance-km", "-3", "--as-of", "2027-01-14"),
                bad("--distance-km", "log", "done", "--distance-km", "101", "--as-of", "2027-01-14"),
                bad("--distance-km", "log", "done", "--distance-km", "five", "--as-of", "2027-01-14"),
                bad("--distance-km", "log", "done", "--distance-km", "NaN", "--as-of", "2027-01-14"),
                bad("--distance-mi", "log", "done", "--distance-mi", "63", "--as-of", "2027-01-14"),
                bad("--distance-mi", "log", "done", "--distance-km", "5", "--distance-mi", "3", "--as-of", "2027-01-14"),
                bad("--distance-km", "log", "--date", "2027-01-14", "skipped", "--distance-km", "5", "--as-of", "2027-01-14"),
                bad("--time", "log", "done", "--time", "30", "--as-of", "2027-01-14"),
                bad("--time", "log", "done", "--time", "0:00", "--as-of", "2027-01-14"),
                bad("--time", "log", "done", "--time", "25:00:00", "--as-of", "2027-01-14"),
                bad("--time", "log", "done", "--time", "1:75:00", "--as-of", "2027-01-14"),
                bad("--rpe", "log", "done", "--rpe", "0", "--as-of", "2027-01-14"),
                bad("--rpe", "log", "done", "--rpe", "11", "--as-of", "2027-01-14"),
                bad("--rpe", "log", "done", "--rpe", "4.5", "--as-of", "2027-01-14"),
                bad("--feel", "log", "done", "--feel", "meh", "--as-of", "2027-01-14"),
                bad("--note", "log", "done", "--note", "x".repeat(2001), "--as-of", "2027-01-14"),
                bad("--shoe", "log", "done", "--shoe", "Clifton", "--as-of", "2027-01-14"),
                bad("--rpe", "log", "--list", "--rpe", "4"),
                bad("--plan", "log", "--list", "--plan", "last"),
                bad("--json", "log", "done", "--json", "--as-of", "2027-01-14"),
                bad("--delete", "log", "--delete", "abc"),
                bad("--delete", "log", "--delete", "0"),
                bad("--delete", "log", "--delete", "99"),
                bad("--date", "log", "--delete", "1", "--date", "2027-01-12"),
                bad("--edit", "log", "--edit", "99", "done", "--as-of", "2027-01-14"),
                bad("--date", "log", "--edit", "1", "--date", "2027-01-13", "--as-of", "2027-01-14"),
                bad("--rpe", "log", "--rpe"),
                bad("--colour", "progress", "--colour", "red"),
                bad("TEXT", "why", "one\ntwo"),
                bad("TEXT", "why", "y".repeat(141)),
                bad("--clear", "why", "Health", "--clear"));
    }

    private static Arguments bad(final String option, final String... args) {
        return Arguments.of(option, args);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("badInput")
    void isRefusedInOneLineNamingTheOptionWithNothingStored(final String option, final String[] args) {
        final Map<String, List<Map<String, Object>>> before = Tables.log(db);
        final List<String> all = new ArrayList<>(List.of(args));
        all.add("--data-dir");
        all.add(dir.toString());

        final CliRun run = CliRun.of(all.toArray(String[]::new));

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString().startsWith("stride: ").contains(option)
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(Tables.log(db)).isEqualTo(before);
    }
}
