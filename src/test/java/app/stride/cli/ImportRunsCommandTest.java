package app.stride.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.app.StrideServices;
import app.stride.gear.Shoe;
import app.stride.store.DataFolder;
import app.stride.store.StoredPlanRows;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportRunsCommandTest {

    @TempDir
    Path dir;

    /** The samples' day where the tests run (the CLI uses the machine's time zone). */
    private static final java.time.LocalDate DAY = java.time.LocalDate.ofInstant(
            java.time.Instant.parse("2026-11-24T07:02:11Z"), java.time.ZoneId.systemDefault());

    private Path data;
    private StrideServices services;

    static String sample(final String name) {
        try {
            return Path.of(ImportRunsCommandTest.class.getResource("/app/stride/export/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeEach
    void planWithAnEasyRunOnTheDayOfTheSamples() {
        data = dir.resolve("data");
        services = StrideServices.open(new DataFolder(data), Clock.systemDefaultZone());
        services.database().inTransaction(c -> {
            c.createStatement().execute("INSERT INTO plan (id, status, goal, start_date, weeks, created_at) "
                    + "VALUES (1, 'current', 'finish', '2026-11-23', 6, '2026-11-01T00:00:00Z')");
            c.createStatement().execute("INSERT INTO plan_week (id, plan_id, number, phase, planned_m) VALUES (1, 1, 1, 'base', 20000)");
            c.createStatement().execute("INSERT INTO planned_session (id, week_id, date, original_date, type, distance_m) "
                    + "VALUES (7, 1, '" + DAY + "', '" + DAY + "', 'easy', 5000)");
            StoredPlanRows.complete(c, 1);
            return null;
        });
        services.shoes().add("Pegasus", 100_000, 700_000);
    }

    private int count(final String sql) {
        return services.database().read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    @Test
    void aWatchRunTicksOffThatDaysSessionAndCountsOnTheShoes() {
        final CliRun run = CliRun.of("import", "tcx", sample("garmin-forerunner.tcx"), "--data-dir", data.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("garmin-forerunner.tcx: 5.00 km in 30:00 (6:00 /km), ").contains("ticked off " + DAY.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.getDefault()) + "'s easy run");
        assertThat(count("SELECT COUNT(*) FROM planned_session WHERE id = 7 AND status = 'done'")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM logged_session WHERE planned_session_id = 7 AND duration_s = 1800 AND shoe_id IS NOT NULL "
                + "AND notes LIKE '% m climbed · from garmin-forerunner.tcx'")).isEqualTo(1);
        assertThat(services.shoes().all()).singleElement().extracting(Shoe::totalM).isEqualTo(105_000.0);
    }

    @Test
    void theSameFileTwiceOrTheSameRunInAnotherFormatIsNotLoggedTwice() {
        CliRun.of("import", "tcx", sample("garmin-forerunner.tcx"), "--data-dir", data.toString());

        final CliRun again = CliRun.of("import", "tcx", sample("garmin-forerunner.tcx"), "--data-dir", data.toString());
        final CliRun asGpx = CliRun.of("import", "gpx", sample("garmin-forerunner.gpx"), "--data-dir", data.toString());

        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("already in your log (the run of " + DAY + "); skipped");
        assertThat(asGpx.out()).contains("already in your log");
        assertThat(count("SELECT COUNT(*) FROM logged_session")).isEqualTo(1);
    }

    @Test
    void aSecondRunThatDayIsAnExtraRun() {
        final CliRun run = CliRun.of("import", "tcx", sample("garmin-forerunner.tcx"), "--data-dir", data.toString());
        final CliRun phone = CliRun.of("import", "gpx", sample("phone-runwalk.gpx"), "--data-dir", data.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(phone.out()).contains("logged as an extra run");
        assertThat(count("SELECT COUNT(*) FROM logged_session WHERE planned_session_id IS NULL")).isEqualTo(1);
    }

    @Test
    void twoRunsOnOneDayInOneBatchTickOffTheSessionOnceAndKeepBoth() {
        final CliRun run = CliRun.of("import", "gpx", sample("garmin-forerunner.gpx"), sample("phone-runwalk.gpx"),
                "--data-dir", data.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines().toList()).hasSize(2);
        assertThat(run.out().lines().toList().get(0)).contains("garmin-forerunner.gpx").contains("ticked off");
        assertThat(run.out().lines().toList().get(1)).contains("phone-runwalk.gpx").doesNotContain("— ticked off")
                .contains("logged as an extra run").contains("already ticked off");
        assertThat(count("SELECT COUNT(*) FROM logged_session")).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM logged_session WHERE planned_session_id = 7")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM logged_session WHERE planned_session_id IS NULL")).isEqualTo(1);
    }

    @Test
    void aRunOnADayAlreadyTickedOffInAnEarlierImportIsAnExtraRunAndSaysWhy() {
        CliRun.of("import", "gpx", sample("garmin-forerunner.gpx"), "--data-dir", data.toString());
        final CliRun phone = CliRun.of("import", "gpx", sample("phone-runwalk.gpx"), "--data-dir", data.toString());

        assertThat(phone.out()).contains("logged as an extra run").contains("already ticked off");
        assertThat(count("SELECT COUNT(*) FROM logged_session")).isEqualTo(2);
    }

    @Test
    void oneHostileFileAmongGoodOnesStoresNothingAndSaysWhichInOneLine() throws Exception {
        final Path evil = Files.writeString(dir.resolve("evil.gpx"), "<?xml version=\"1.0\"?><!DOCTYPE gpx [<!ENTITY x SYSTEM "
                + "\"file:///etc/passwd\">]><gpx>&x;</gpx>");

        final CliRun run = CliRun.of("import", "gpx", sample("phone-runwalk.gpx"), evil.toString(), "--data-dir", data.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString().startsWith("stride: FILE evil.gpx: refused");
        assertThat(count("SELECT COUNT(*) FROM logged_session")).isZero();
        assertThat(count("SELECT COUNT(*) FROM imported_run")).isZero();
    }

    @Test
    void noFileIsBadInput() {
        final CliRun run = CliRun.of("import", "gpx", "--data-dir", data.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().contains("FILE");
    }
}
