package app.stride.app;

import app.stride.gear.Shoes;
import app.stride.outfit.OutfitService;
import app.stride.plan.PlanGenerator;
import app.stride.plan.PlanRepository;
import app.stride.settings.SettingsRepository;
import app.stride.store.DataFolder;
import app.stride.store.Database;
import app.stride.store.SqlitePlanRepository;
import app.stride.store.SqliteShoeRack;
import app.stride.store.SqliteSettingsRepository;
import app.stride.store.SqliteTrainingLog;
import app.stride.tracking.TickOff;
import app.stride.weather.WeatherService;
import java.time.Clock;

/** Everything the app window and the command line share, wired over one data folder. */
public final class StrideServices {

    private final DataFolder folder;
    private final Database database;
    private final Clock clock;
    private final SqliteSettingsRepository settings;
    private final OutfitService outfit;
    private final WeatherService weather;
    private final TickOff tickOff;
    private final Shoes shoes;
    private final SqlitePlanRepository plans;

    private StrideServices(final DataFolder folder, final Database database, final Clock clock) {
        this.folder = folder;
        this.database = database;
        this.clock = clock;
        this.settings = new SqliteSettingsRepository(database);
        this.outfit = OutfitServices.outfit(database, clock);
        this.weather = OutfitServices.weather(database, clock);
        this.plans = new SqlitePlanRepository(database, clock);
        this.shoes = new Shoes(new SqliteShoeRack(database), clock);
        this.tickOff = new TickOff(plans, new SqliteTrainingLog(database), clock);
    }

    /** Opens (and migrates) the database in {@code folder}; slow enough to keep off the UI thread. */
    public static StrideServices open(final DataFolder folder, final Clock clock) {
        return new StrideServices(folder, Database.open(folder), clock);
    }

    /** Opens the data folder named by {@code --data-dir}, else STRIDE_HOME, else the per-user one (no log file). */
    public static StrideServices open(final java.util.Optional<java.nio.file.Path> dataDir, final Clock clock) {
        return open(DataFolder.forThisMachine(dataDir), clock);
    }

    /** Where the data is, its schema version and how many rows each table holds ({@code stride info}). */
    public app.stride.store.StoreSummary summary() {
        return app.stride.store.StoreSummary.of(folder, database);
    }

    /** The schema version this build of Stride writes. */
    public int latestSchemaVersion() {
        return database.latestSchemaVersion();
    }

    public DataFolder folder() {
        return folder;
    }

    /** Where the runner's data lives, to show them. */
    public java.nio.file.Path dataFolderPath() {
        return folder.path();
    }

    public Database database() {
        return database;
    }

    /** Runs reads and writes across repositories as one transaction on one connection (e.g. a tick-off and its outfit answer). */
    public app.stride.common.UnitOfWork unitOfWork() {
        return database.unitOfWork();
    }

    public Clock clock() {
        return clock;
    }

    public SettingsRepository settings() {
        return settings;
    }

    /** What to wear, tuned to this runner. */
    public OutfitService outfit() {
        return outfit;
    }

    /** Following the plan: today's session, done, skipped, moved. */
    public TickOff tickOff() {
        return tickOff;
    }

    /** The runner's shoes and their mileage. */
    public Shoes shoes() {
        return shoes;
    }

    /** Forecasts (opt-in; no network call while off). */
    public WeatherService weather() {
        return weather;
    }

    /** The current plan and the plans before it. */
    public PlanRepository plans() {
        return plans;
    }

    /** Makes plans; its clock decides "today" for default start dates. */
    public PlanGenerator planGenerator() {
        return new PlanGenerator(clock);
    }
}
