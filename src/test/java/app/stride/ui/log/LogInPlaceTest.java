package app.stride.ui.log;

import static app.stride.ui.log.LogFixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import app.stride.app.StrideServices;
import app.stride.plan.Goal;
import app.stride.settings.DistanceUnit;
import app.stride.store.DataFolder;
import app.stride.store.SqliteTrainingLog;
import app.stride.tracking.LoggedRun;
import app.stride.tracking.RunLog;
import app.stride.tracking.RunReport;
import app.stride.tracking.RunStatus;
import app.stride.tracking.TrainingLog;
import app.stride.ui.common.Freshness;
import app.stride.ui.task.ImmediateTaskRunner;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11: with years of runs, a change made on the Log changes its row, not the list. The store is asked for the run
 * it saved (by id), never for the whole log again; every other row keeps its object, and the selection stays on the run.
 */
class LogInPlaceTest {

    private static final int RUNS = 3_000;

    @TempDir
    Path dir;

    private StrideServices services;
    /** How often each TrainingLog method was called, by name. */
    private final Map<String, Integer> calls = new ConcurrentHashMap<>();
    private LogViewModel vm;

    @BeforeEach
    void setUp() {
        services = StrideServices.open(new DataFolder(dir), LogFixtures.clockOn(TODAY));
        LogFixtures.savePlan(services, Goal.TIME);
        final SqliteTrainingLog real = new SqliteTrainingLog(services.database());
        services.unitOfWork().run(() -> {
            for (int i = 1; i <= RUNS; i++) {
                real.logExtra(TODAY.minusDays(i), LoggedRun.EXTRA_TYPE, RunStatus.DONE, new RunReport(Optional.of(5000.0 + i),
                        Optional.of(Duration.ofMinutes(30)), Optional.empty(), Optional.empty(), "run " + i), Optional.empty(),
                        Instant.EPOCH);
            }
            return null;
        });
        final TrainingLog counted = (TrainingLog) Proxy.newProxyInstance(TrainingLog.class.getClassLoader(),
                new Class<?>[] {TrainingLog.class}, (proxy, method, args) -> {
                    calls.merge(method.getName(), 1, Integer::sum);
                    try {
                        return method.invoke(real, args);
                    } catch (final InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        vm = new LogViewModel(new RunLog(services.plans(), counted, services.clock()), services.planPeriods(), services.shoes(),
                new ImmediateTaskRunner(), services.unitOfWork(), () -> DistanceUnit.KM, services.clock(),
                () -> new Freshness(services.dataStamp(), TODAY));
        vm.load();
        assertThat(vm.runs()).hasSize(RUNS);
        assertThat(calls).containsEntry("allRuns", 1);
    }

    @Test
    void editingRowNChangesThatRowOnlyAndKeepsItSelected() {
        final int n = 1_234;
        final LoggedRun before = vm.runs().get(n);
        vm.selectedProperty().set(before);
        final List<LoggedRun> rows = new ArrayList<>(vm.runs());
        final List<ListChangeListener.Change<? extends LoggedRun>> changes = new ArrayList<>();
        vm.runs().addListener((ListChangeListener<LoggedRun>) changes::add);
        final int findsBefore = calls.getOrDefault("find", 0);

        final RunForm form = vm.edit(before);
        form.noteProperty().set("run " + (n + 1) + "; windy on the canal");
        vm.save(form, () -> { });

        assertThat(vm.runs()).hasSize(RUNS);
        assertThat(vm.runs().get(n).id()).isEqualTo(before.id());
        assertThat(vm.runs().get(n).report().notes()).isEqualTo("run " + (n + 1) + "; windy on the canal");
        for (int i = 0; i < RUNS; i++) {
            if (i != n) {
                assertThat(vm.runs().get(i)).as("row %d keeps its object", i).isSameAs(rows.get(i));
            }
        }
        assertThat(changes).as("one row replaced, not the list").hasSize(1);
        assertThat(vm.selectedProperty().get()).isSameAs(vm.runs().get(n));
        assertThat(calls.get("allRuns")).as("the whole log is not read again").isEqualTo(1);
        assertThat(calls.get("find") - findsBefore).as("one run by id: read, checked, read back").isEqualTo(3);

        vm.undo();

        assertThat(vm.runs().get(n).report().notes()).isEqualTo("run " + (n + 1));
        assertThat(vm.selectedProperty().get()).isSameAs(vm.runs().get(n));
        assertThat(calls.get("allRuns")).isEqualTo(1);

        vm.load(); // the next visit: nothing written since, so nothing is read
        assertThat(calls.get("allRuns")).isEqualTo(1);
    }

    @Test
    void aRunWhoseDateChangesMovesToItsPlaceAndStaysSelected() {
        final LoggedRun before = vm.runs().get(10); // TODAY - 11 days
        vm.selectedProperty().set(before);
        final RunForm form = vm.edit(before);
        form.dateProperty().set(TODAY.minusDays(RUNS + 5)); // older than any other run: the last row

        vm.save(form, () -> { });

        assertThat(vm.runs()).hasSize(RUNS);
        assertThat(vm.runs().get(RUNS - 1).id()).isEqualTo(before.id());
        assertThat(vm.runs()).isSortedAccordingTo(ShownRuns.NEWEST_FIRST);
        assertThat(vm.selectedProperty().get()).isSameAs(vm.runs().get(RUNS - 1));
        assertThat(calls.get("allRuns")).isEqualTo(1);
    }

    @Test
    void anAddedRunGoesInAtItsDateADeletedOneLeavesAndUndoPutsItBack() {
        final List<LoggedRun> rows = new ArrayList<>(vm.runs());
        final RunForm form = vm.newRun();
        form.dateProperty().set(TODAY.minusDays(500)); // a second run that day, logged later: before the first
        form.distanceProperty().set("8");
        form.timeProperty().set("48:00");

        vm.save(form, () -> { });

        assertThat(vm.runs()).hasSize(RUNS + 1);
        final LoggedRun added = vm.runs().get(499);
        assertThat(added.report().distanceM()).contains(8000.0);
        assertThat(vm.runs().get(500)).isSameAs(rows.get(499));
        assertThat(vm.runs()).isSortedAccordingTo(ShownRuns.NEWEST_FIRST);
        assertThat(vm.selectedProperty().get()).isSameAs(added);

        final LoggedRun next = vm.runs().get(700);
        vm.selectedProperty().set(next);
        vm.delete(next);

        assertThat(vm.runs()).hasSize(RUNS).doesNotContain(next);
        assertThat(vm.selectedProperty().get()).as("the row after the deleted one").isSameAs(rows.get(700));

        vm.undo();

        assertThat(vm.runs()).hasSize(RUNS + 1);
        assertThat(vm.runs().get(700)).isEqualTo(next);
        assertThat(vm.selectedProperty().get()).isSameAs(vm.runs().get(700));
        assertThat(vm.runs()).isSortedAccordingTo(ShownRuns.NEWEST_FIRST);
        assertThat(calls.get("allRuns")).as("add, delete and undo read no whole log").isEqualTo(1);
        assertThat(vm.anyRunsProperty().get()).isTrue();
    }

    @Test
    void aWriteMadeElsewhereMeansTheListIsReadAgain() {
        // Another window or the CLI logged a run since the list was read: a patched list would miss it.
        services.runLog().add(TODAY.minusDays(RUNS + 1), RunStatus.DONE, RunReport.justDone(), Optional.empty());
        final RunForm form = vm.edit(vm.runs().get(0));
        form.noteProperty().set("windy");

        vm.save(form, () -> { });

        assertThat(vm.runs()).hasSize(RUNS + 1);
        assertThat(calls.get("allRuns")).isEqualTo(2);
    }
}
