package app.stride.ui.log;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.app.StrideServices;
import app.stride.store.DataFolder;
import app.stride.store.StoredPlanRows;
import app.stride.tracking.RunImport;
import app.stride.ui.task.ImmediateTaskRunner;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunImportViewModelTest {

    @TempDir
    Path dir;

    private StrideServices services;
    private final AtomicInteger reloads = new AtomicInteger();

    static Path sample(final String name) throws URISyntaxException {
        return Path.of(RunImportViewModelTest.class.getResource("/app/stride/export/" + name).toURI());
    }

    @BeforeEach
    void aPlanWithAnEasyRunOnTheSamplesDay() {
        services = StrideServices.open(new DataFolder(dir.resolve("d")), Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC));
        services.database().inTransaction(c -> {
            c.createStatement().execute("INSERT INTO plan (id, status, goal, start_date, weeks, created_at) "
                    + "VALUES (1, 'current', 'finish', '2026-11-23', 6, '2026-11-01T00:00:00Z')");
            c.createStatement().execute("INSERT INTO plan_week (id, plan_id, number, phase, planned_m) VALUES (1, 1, 1, 'base', 20000)");
            c.createStatement().execute("INSERT INTO planned_session (id, week_id, date, original_date, type, distance_m) "
                    + "VALUES (7, 1, '2026-11-24', '2026-11-24', 'easy', 5000)");
            StoredPlanRows.complete(c, 1);
            return null;
        });
    }

    private RunImportViewModel vm() {
        return new RunImportViewModel(services.imports(), new ImmediateTaskRunner(), reloads::incrementAndGet);
    }

    @Test
    void theRunnerIsAskedAndAYesTicksTheSessionOff() throws Exception {
        final List<RunImport.Match> asked = new ArrayList<>();
        final RunImportViewModel vm = vm();

        vm.importFiles(List.of(sample("garmin-forerunner.tcx")), m -> asked.add(m));

        assertThat(asked).singleElement().satisfies(m -> assertThat(m.session().orElseThrow().id()).isEqualTo(7));
        assertThat(services.tickOff().today().today().orElseThrow().status()).isEqualTo(app.stride.plan.SessionStatus.DONE);
        assertThat(vm.statusProperty().get()).contains("ticked off");
        assertThat(reloads).hasValue(1);
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void aNoLogsAnExtraRunAndLeavesTheSessionOpen() throws Exception {
        final RunImportViewModel vm = vm();

        vm.importFiles(List.of(sample("garmin-forerunner.tcx")), m -> false);

        assertThat(services.tickOff().today().today().orElseThrow().status()).isEqualTo(app.stride.plan.SessionStatus.PLANNED);
        assertThat(services.tickOff().recentRuns(5)).hasSize(1);
        assertThat(vm.statusProperty().get()).contains("extra run");
    }

    @Test
    void aBrokenFileInTheBatchStoresNothingAndSaysWhich() throws Exception {
        final Path broken = Files.writeString(dir.resolve("cut.gpx"), "<?xml version=\"1.0\"?><gpx version=\"1.1\"><trk><trkseg><trkpt lat=\"1\"");
        final RunImportViewModel vm = vm();

        vm.importFiles(List.of(sample("phone-runwalk.gpx"), broken), m -> true);

        assertThat(vm.problemProperty().get()).startsWith("FILE cut.gpx:");
        assertThat(services.tickOff().recentRuns(5)).isEmpty();
        assertThat(reloads).hasValue(0);
    }
}
