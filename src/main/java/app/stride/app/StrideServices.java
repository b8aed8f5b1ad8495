package app.stride.app;

import app.stride.gear.Shoes;
import app.stride.outfit.OutfitService;
import app.stride.plan.PlanGenerator;
import app.stride.plan.PlanRepository;
import app.stride.plan.adapt.AdaptService;
import app.stride.profile.Why;
import app.stride.progress.ProgressService;
import app.stride.settings.SettingsRepository;
import app.stride.store.Backups;
import app.stride.store.DataFolder;
import app.stride.store.Database;
import app.stride.store.SqliteImportedRuns;
import app.stride.store.SqliteLogHistory;
import app.stride.store.SqlitePlanExtras;
import app.stride.store.SqlitePlanRepository;
import app.stride.store.SqliteRunnerProfile;
import app.stride.store.SqliteShoeRack;
import app.stride.store.SqliteSettingsRepository;
import app.stride.store.SqliteTrainingLog;
import app.stride.tracking.RunLog;
import app.stride.tracking.RunImport;
import app.stride.tracking.TickOff;
import app.stride.weather.WeatherService;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

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
    private final AdaptService adapt;
    private final BackupService backups;
    private final ExportService exports;
    private final ImportService imports;
    private final RunLog runLog;
    private final ProgressService progress;
    private final Why why;
    private final app.stride.plan.adapt.LifeHappensService lifeHappens;
    private final app.stride.tracking.PlanPeriods planPeriods;

    private StrideServices(final DataFolder folder, final Database database, final Clock clock) {
        this.folder = folder;
        this.database = database;
        this.clock = clock;
        this.settings = new SqliteSettingsRepository(database);
        this.outfit = OutfitServices.outfit(database, clock);
        this.weather = OutfitServices.weather(database, clock);
        this.plans = new SqlitePlanRepository(database, clock);
        this.shoes = new Shoes(new SqliteShoeRack(database), clock);
        final SqliteTrainingLog log = new SqliteTrainingLog(database);
        this.tickOff = new TickOff(plans, log, clock);
        this.adapt = new AdaptService(plans, log, clock, () -> settings.load().distanceUnit());
        this.backups = new BackupService(new Backups(folder, clock), folder);
        this.exports = new ExportService(new SqliteLogHistory(database), settings, plans, new SqlitePlanExtras(database), clock);
        this.imports = new ImportService(new RunImport(plans, new SqliteImportedRuns(database), clock), shoes);
        final SqliteRunnerProfile profile = new SqliteRunnerProfile(database, clock);
        this.runLog = new RunLog(plans, log, clock);
        this.progress = new ProgressService(plans, log, settings, profile, clock);
        this.why = new Why(profile);
        this.lifeHappens = new app.stride.plan.adapt.LifeHappensService(plans, clock);
        this.planPeriods = new app.stride.store.SqlitePlanPeriods(database);
    }

    /** A consistent copy of {@code folder}'s database, safe while the app has it open; the database is not opened here. */
    public static Path exportBackup(final DataFolder folder, final Clock clock, final Path out) {
        return new Backups(folder, clock).export(out);
    }

    /**
     * Puts {@code copy} back as {@code folder}'s database (over existing data only with {@code replace}, which keeps
     * that data aside first, returned), then brings it up to this version's schema.
     */
    public static Optional<Path> restoreBackup(final DataFolder folder, final Clock clock, final Path copy, final boolean replace) {
        final Optional<Path> aside = new Backups(folder, clock).restore(copy, replace);
        Database.open(folder); // an older copy is brought up to this version's schema
        return aside;
    }

    /** Opens (and migrates) the database in {@code folder}; slow enough to keep off the UI thread. */
    public static StrideServices open(final DataFolder folder, final Clock clock) {
        return new StrideServices(folder, Database.open(folder), clock);
    }

    /** As {@link #open(DataFolder, Clock)} with connections tuned (tests: a busy wait, a full disk). */
    public static StrideServices open(final DataFolder folder, final Clock clock, final Database.Tuning tuning) {
        return new StrideServices(folder, Database.open(folder, tuning), clock);
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

    /** A cheap stamp of the stored data: equal to an earlier one when nothing was written since (screens skip redraws). */
    public app.stride.common.DataStamp dataStamp() {
        return database.stamp();
    }

    public Clock clock() {
        return clock;
    }

    public SettingsRepository settings() {
        return settings;
    }

    /** A raw setting a feature keeps under its own key (e.g. the day the re-plan offer was kept as is). */
    public java.util.Optional<String> setting(final String key) {
        return settings.get(key);
    }

    /** Stores a raw setting under {@code key}. */
    public void putSetting(final String key, final String value) {
        settings.put(key, value);
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

    /** Re-planning after missed sessions, time off or a changed race date: preview, then apply. */
    public AdaptService adapt() {
        return adapt;
    }

    /**
     * "Check my data": SQLite's integrity check of every page (slow on a big file: off the UI thread). Damage is
     * reported, never repaired here; the runner restores a backup.
     */
    public DataHealth checkData() {
        final app.stride.store.DataCheck check = database.check();
        return check.ok()
                ? new DataHealth(true, app.stride.common.Messages.get("check.ok", check.file()))
                : new DataHealth(false, app.stride.common.Messages.get("check.problems", check.problems().size(), check.file(),
                        check.problems().get(0)));
    }

    /** Makes plans; its clock decides "today" for default start dates; a mile runner (settings) gets workouts in miles. */
    public PlanGenerator planGenerator() {
        return new PlanGenerator(clock, settings.load().distanceUnit());
    }

    /** Backups of the database: automatic copies, backing up now, restoring (issue 10). */
    public BackupService backups() {
        return backups;
    }

    /** CSV, calendar, PDF and partner-note exports (issue 10). */
    public ExportService exports() {
        return exports;
    }

    /** Runs from a watch or phone (issue 10). */
    public ImportService imports() {
        return imports;
    }

    /** The training log: log a day or an extra run, edit, delete with undo, by plan. */
    public RunLog runLog() {
        return runLog;
    }

    /** Planned against done, streak, adherence, and Today's week N of M, days to race and why. */
    public ProgressService progress() {
        return progress;
    }

    /** The plans the runner has had, current and earlier, for the log's filter. */
    public app.stride.tracking.PlanPeriods planPeriods() {
        return planPeriods;
    }

    /** The runner's one-sentence reason to run. */
    public Why why() {
        return why;
    }

    /** "Life happens" on Today: only N minutes, not feeling 100%, too cold or hot; previewed, applied, undone. */
    public app.stride.plan.adapt.LifeHappensService lifeHappens() {
        return lifeHappens;
    }
}
