package app.stride.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.plan.PlanRepository.PlanVersion;
import app.stride.store.DataFolder;
import app.stride.store.Database;
import app.stride.store.SqlitePlanRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code stride today --only-minutes N | --not-feeling-100 | --indoor [--apply]} over the 10K plan of DailyCommandsTest. */
class TodayLifeHappensCommandTest {

    @TempDir
    Path dir;

    private Database db;

    @BeforeEach
    void savePlan() {
        db = Database.open(new DataFolder(dir));
        DailyCommandsTest.savePlan(db);
    }

    private CliRun run(final String... args) {
        final List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--as-of", "2027-01-12", "--data-dir", dir.toString()));
        return CliRun.of(all.toArray(String[]::new));
    }

    private PlanVersion stored() {
        return new SqlitePlanRepository(db, Clock.systemUTC()).currentVersion().orElseThrow();
    }

    @Test
    void onlyMinutesPreviewsAndStoresOnlyWithApply() {
        final PlanVersion before = stored();

        final CliRun preview = run("today", "--only-minutes", "20");
        assertThat(preview.exitCode()).as(preview.err()).isZero();
        // The minutes said are the new session's own (19 min here), never the minutes asked for (coach's review).
        assertThat(preview.out()).contains("Tue 12 Jan").contains("→").contains("· 19:").doesNotContain("· 19 min").contains("Shortened to 19 min.")
                .contains("add --apply");
        assertThat(stored()).isEqualTo(before);

        final CliRun applied = run("today", "--only-minutes", "20", "--apply");
        assertThat(applied.exitCode()).as(applied.err()).isZero();
        assertThat(applied.out()).contains("Stored");
        assertThat(stored()).isNotEqualTo(before);
        assertThat(stored().sessions()).filteredOn(x -> x.date().equals(java.time.LocalDate.of(2027, 1, 12))).singleElement()
                .satisfies(x -> assertThat(x.durationS().orElseThrow()).isLessThanOrEqualTo(20 * 60));
    }

    @Test
    void badInputNamesTheOptionAndStoresNothing() {
        final PlanVersion before = stored();

        final CliRun tooShort = run("today", "--only-minutes", "3", "--apply");
        assertThat(tooShort.exitCode()).isEqualTo(2);
        assertThat(tooShort.err().strip()).contains("--only-minutes: Minutes must be a whole number, at least 10.").doesNotContain("Exception").doesNotContain("\n");

        final CliRun both = run("today", "--indoor", "--not-feeling-100");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("one at a time");

        assertThat(run("today", "--apply").exitCode()).isEqualTo(2);
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void notFeeling100EasesTheNextDays() {
        final CliRun applied = run("today", "--not-feeling-100", "--apply");
        assertThat(applied.exitCode()).as(applied.err()).isZero();
        assertThat(applied.out()).contains("Eased:");
    }

    @Test
    void jsonIsJsonForALifeHappensChange() throws Exception {
        final PlanVersion before = stored();
        final CliRun preview = run("today", "--only-minutes", "20", "--json");
        assertThat(preview.exitCode()).as(preview.err()).isZero();
        final com.fasterxml.jackson.databind.JsonNode tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(preview.out());
        assertThat(tree.path("kind").asText()).isEqualTo("shorten");
        assertThat(tree.path("stored").isBoolean()).isTrue();
        assertThat(tree.path("stored").asBoolean()).isFalse();
        assertThat(tree.path("changes")).singleElement().satisfies(c -> {
            assertThat(c.path("date").asText()).isEqualTo("2027-01-12");
            assertThat(c.path("from").isObject()).isTrue();
            assertThat(c.path("to").isObject()).isTrue();
        });
        assertThat(tree.path("notes").isArray()).isTrue();
        assertThat(stored()).isEqualTo(before);

        final CliRun applied = run("today", "--only-minutes", "20", "--apply", "--json");
        assertThat(applied.exitCode()).as(applied.err()).isZero();
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(applied.out()).path("stored").asBoolean()).isTrue();
        assertThat(stored()).isNotEqualTo(before);
    }
}
