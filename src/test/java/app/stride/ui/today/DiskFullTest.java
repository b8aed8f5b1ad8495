package app.stride.ui.today;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.app.StrideServices;
import app.stride.settings.Settings;
import app.stride.store.DataFolder;
import app.stride.store.Database;
import app.stride.ui.task.ImmediateTaskRunner;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.OptionalLong;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tick-off on a full disk: the runner reads "the disk is full", and what they typed is still in the form. */
class DiskFullTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 7, 15); // a Wednesday of the saved plan

    @TempDir
    Path dir;

    @Test
    void aFullDiskSaysSoAndKeepsWhatWasTyped() {
        final StrideServices roomy = StrideServices.open(new DataFolder(dir), TodayViewModelTest.clockOn(TODAY));
        TodayViewModelTest.savePlan(roomy);
        // An earlier run with a long note fills the log's page, so the next run needs a page the disk does not have.
        roomy.database().inTransaction(c -> c.createStatement().execute("INSERT INTO logged_session (date, type, notes, created_at) "
                + "VALUES ('2020-01-01', 'easy', '" + "x".repeat(3500) + "', '2020-01-01T08:00:00Z')"));
        final long pages = roomy.database().read(c -> {
            try (var rs = c.createStatement().executeQuery("PRAGMA page_count")) {
                rs.next();
                return rs.getLong(1);
            }
        });
        final StrideServices full = StrideServices.open(new DataFolder(dir), TodayViewModelTest.clockOn(TODAY),
                new Database.Tuning(Duration.ofSeconds(5), OptionalLong.of(pages)));
        // As the app builds it: the tick-off and its outfit answer in one unit of work.
        final TodayViewModel vm = new TodayViewModel(full.tickOff(), full.outfit(), full.weather(), full.shoes(),
                full.unitOfWork(), new ImmediateTaskRunner(), new SimpleObjectProperty<>(Settings.DEFAULTS));
        vm.load();
        final String notes = "Long note. ".repeat(180); // near the 2,000-character limit: more than the room left
        vm.distanceProperty().set("5.2");
        vm.durationProperty().set("31:40");
        vm.notesProperty().set(notes);

        vm.done();

        assertThat(vm.errorProperty().get()).contains("disk is full").doesNotContain("rollback").doesNotContain("SQLITE");
        assertThat(vm.distanceProperty().get()).isEqualTo("5.2");
        assertThat(vm.durationProperty().get()).isEqualTo("31:40");
        assertThat(vm.notesProperty().get()).isEqualTo(notes);
        assertThat(roomy.tickOff().recentRuns(10)).extracting(r -> r.date().getYear()).containsOnly(2020);
    }
}
