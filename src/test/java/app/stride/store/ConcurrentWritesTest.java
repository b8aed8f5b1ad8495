package app.stride.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.app.OutfitServices;
import app.stride.outfit.FeedbackAnswer;
import app.stride.outfit.LearnedBand;
import app.stride.outfit.OutfitService;
import app.stride.settings.DistanceUnit;
import app.stride.settings.Settings;
import app.stride.settings.TemperatureUnit;
import app.stride.settings.Theme;
import app.stride.ui.settings.SettingsViewModel;
import app.stride.ui.task.ImmediateTaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two windows, or a window and the command line, writing at the same moment: no write undoes another. */
class ConcurrentWritesTest {

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-20T07:00:00Z"), ZoneOffset.UTC);

    @Test
    void eightyAnswersGivenAtOnceAreEightyAnswersLearned() throws Exception {
        final Database db = Database.open(new DataFolder(dir));
        final int answers = 80;
        final ExecutorService pool = Executors.newFixedThreadPool(16);
        final CountDownLatch start = new CountDownLatch(1);
        try {
            final List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < answers; i++) {
                final LocalDate day = LocalDate.parse("2026-01-01").plusDays(i);
                // every writer has its own service, as separate windows and commands do
                final OutfitService service = OutfitServices.outfit(db, clock);
                done.add(pool.submit(() -> {
                    start.await();
                    return service.recordFeedback(day, FeedbackAnswer.TOO_COLD, 7.0);
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }

        final List<LearnedBand> bands = OutfitServices.outfit(db, clock).learned().stream().map(l -> l.band()).toList();
        assertThat(bands).singleElement().satisfies(b -> {
            assertThat(b.bandC()).isEqualTo(5);
            assertThat(b.tooCold()).isEqualTo(answers);
        });
        final long kept = db.read(c -> db.count(c, "outfit_feedback"));
        assertThat(kept).isEqualTo(answers);
    }

    @Test
    void twoSettingsWindowsChangingDifferentSettingsKeepBothChanges() {
        final Database db = Database.open(new DataFolder(dir));
        final SqliteSettingsRepository repo = new SqliteSettingsRepository(db);
        final SettingsViewModel first = new SettingsViewModel(repo, new ImmediateTaskRunner(), new SimpleObjectProperty<>(repo.load()));
        final SettingsViewModel second = new SettingsViewModel(repo, new ImmediateTaskRunner(), new SimpleObjectProperty<>(repo.load()));

        first.distanceUnitProperty().set(DistanceUnit.MI);
        second.themeProperty().set(Theme.DARK);

        assertThat(repo.load()).isEqualTo(new Settings(DistanceUnit.MI, TemperatureUnit.C, Settings.DEFAULTS.firstDayOfWeek(), Theme.DARK));
    }
}
