package app.stride.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.settings.DistanceUnit;
import app.stride.settings.Settings;
import app.stride.settings.TemperatureUnit;
import app.stride.settings.Theme;
import app.stride.settings.WindowPlacement;
import java.nio.file.Path;
import java.time.DayOfWeek;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteSettingsRepositoryTest {

    @TempDir
    Path dir;

    @Test
    void aNewDataFolderHasTheDefaults() {
        final var repo = new SqliteSettingsRepository(Database.open(new DataFolder(dir)));
        assertThat(repo.load()).isEqualTo(Settings.DEFAULTS);
        assertThat(repo.loadWindowPlacement()).isEqualTo(WindowPlacement.DEFAULT);
    }

    @Test
    void savedSettingsSurviveReopening() {
        final Settings mine = new Settings(DistanceUnit.MI, TemperatureUnit.F, DayOfWeek.SUNDAY, Theme.DARK);
        new SqliteSettingsRepository(Database.open(new DataFolder(dir))).save(mine);

        assertThat(new SqliteSettingsRepository(Database.open(new DataFolder(dir))).load()).isEqualTo(mine);
    }

    @Test
    void damagedValuesFallBackToDefaultsOneByOne() {
        final var repo = new SqliteSettingsRepository(Database.open(new DataFolder(dir)));
        repo.put("units.distance", "furlongs");
        repo.put("ui.theme", "dark");
        repo.put("calendar.firstDayOfWeek", "someday");

        assertThat(repo.load()).isEqualTo(Settings.DEFAULTS.withTheme(Theme.DARK));
    }

    @Test
    void windowPlacementRoundTrips() {
        final var repo = new SqliteSettingsRepository(Database.open(new DataFolder(dir)));
        final WindowPlacement p = new WindowPlacement(40, 60, 1300, 820, true);
        repo.saveWindowPlacement(p);
        assertThat(repo.loadWindowPlacement()).isEqualTo(p);
    }

    @Test
    void rawValuesAreStoredAndOverwritten() {
        final var repo = new SqliteSettingsRepository(Database.open(new DataFolder(dir)));
        assertThat(repo.get("weather.enabled")).isEmpty();
        repo.put("weather.enabled", "true");
        repo.put("weather.enabled", "false");
        assertThat(repo.get("weather.enabled")).contains("false");
    }
}
